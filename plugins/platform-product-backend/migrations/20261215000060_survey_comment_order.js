// @ts-check

const ANSWERS = 'platform_product_survey_answers';
const INDEX = 'pp_survey_comments_idx';

/**
 * A survey's comments (and its answers export) are ordered by score and then by the answer's
 * random `comment_id`, redrawn on every write, instead of by `respondent_key`: the key stays
 * the same when a person changes their answer, so a cursor or a position holding it linked a
 * signed answer to the same person's later anonymous one. The comments index, which served
 * only that order, now ends in `comment_id` (partial on the reason, as before).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.raw(`drop index if exists ${INDEX}`);
  await knex.raw(
    `create index ${INDEX} on ${ANSWERS} (survey_id, score, comment_id) where reason is not null`,
  );
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.raw(`drop index if exists ${INDEX}`);
  await knex.raw(
    `create index ${INDEX} on ${ANSWERS} (survey_id, score, respondent_key) where reason is not null`,
  );
};
