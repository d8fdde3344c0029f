// @ts-check

const { randomInt } = require('node:crypto');

const TABLES = [
  {
    table: 'platform_product_ratings',
    text: 'comment',
    index: 'pp_ratings_comment_uq',
  },
  {
    table: 'platform_product_survey_answers',
    text: 'reason',
    index: 'pp_survey_answers_comment_uq',
  },
];

/** The largest comment id: 2^48, well inside JavaScript's safe integers. */
const MAX_COMMENT_ID = 2 ** 48;

/**
 * Rating comments and survey answer comments as evidence for roadmap items: each current
 * rating and each answer gets a `comment_id`, a random number drawn anew whenever it is
 * written, so that an evidence link (`source_kind` `rating-comment` or `survey-comment`,
 * `source_id` the comment id) names one version of what someone said. Random, not
 * incrementing: the ids say nothing about who answered when (comments are never ordered by
 * time).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  for (const { table, text, index } of TABLES) {
    await knex.schema.alterTable(table, t => {
      t.bigInteger('comment_id').nullable();
    });
    const keys = await knex(table).whereNotNull(text).select('*');
    for (const row of keys) {
      await knex(table)
        .where(keyOf(table, row))
        .update({ comment_id: randomInt(1, MAX_COMMENT_ID) });
    }
    await knex.schema.alterTable(table, t => {
      t.unique(['comment_id'], { indexName: index });
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const { table, index } of TABLES) {
    await knex.schema.alterTable(table, t => {
      t.dropUnique(['comment_id'], index);
    });
    await knex.schema.alterTable(table, t => {
      t.dropColumn('comment_id');
    });
  }
};

/**
 * @param {string} table
 * @param {Record<string, unknown>} row
 */
function keyOf(table, row) {
  return table === 'platform_product_ratings'
    ? { tool_ref: row.tool_ref, rater_key: row.rater_key }
    : { survey_id: row.survey_id, respondent_key: row.respondent_key };
}
