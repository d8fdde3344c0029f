// @ts-check

const ITEMS = 'platform_product_feedback_items';
const ANSWERS = 'platform_product_survey_answers';

/**
 * Indexes that end in the lists' tie-breaker, so a page "after this row" (keyset paging) starts
 * with an index seek instead of reading every row before it:
 *
 * - the inbox by +1s or by age within one status, and by age within one tool;
 * - a survey's comments (answers with a reason), best scores first, partial on the reason.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(ITEMS, table => {
    table.dropIndex(['status', 'vote_count'], 'pp_feedback_status_votes_idx');
    table.index(['status', 'vote_count', 'id'], 'pp_feedback_status_votes_idx');
    table.index(['status', 'id'], 'pp_feedback_status_newest_idx');
    table.index(['tool_ref', 'id'], 'pp_feedback_tool_newest_idx');
  });
  await knex.raw(
    `create index pp_survey_comments_idx on ${ANSWERS} (survey_id, score, respondent_key) where reason is not null`,
  );
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable(ANSWERS, table => {
    table.dropIndex([], 'pp_survey_comments_idx');
  });
  await knex.schema.alterTable(ITEMS, table => {
    table.dropIndex(['tool_ref', 'id'], 'pp_feedback_tool_newest_idx');
    table.dropIndex(['status', 'id'], 'pp_feedback_status_newest_idx');
    table.dropIndex(
      ['status', 'vote_count', 'id'],
      'pp_feedback_status_votes_idx',
    );
    table.index(['status', 'vote_count'], 'pp_feedback_status_votes_idx');
  });
};
