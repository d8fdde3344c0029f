// @ts-check

/**
 * Anonymity that survives every combination of views (see docs/feedback.md, "Anonymity"):
 *
 * - The rating history keeps no identity at all (no user ref, no rater key): the current
 *   rating is the only row that knows its rater, so going anonymous has nothing else to erase
 *   and a person's earlier anonymous ratings cannot be linked to a later named one.
 * - A rating records the rater's team when it was given (`team_ref`, one team per person), so
 *   per-team figures are disjoint slices that can be suppressed together.
 * - A feedback item's `author_key` is a keyed hash of the author and a random per-item
 *   `author_salt`: two items of one person never share a key. Existing items get random keys
 *   (named ones are still recognised by `author_ref`).
 * - A survey answer counts for exactly one team (the first asked team the person is in), so
 *   team slices never overlap and cannot be subtracted from the overall result.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const sqlite = String(knex.client.config.client).includes('sqlite');
  const randomHex = sqlite
    ? 'lower(hex(randomblob(16)))'
    : 'md5(random()::text || clock_timestamp()::text)';

  await knex.schema.alterTable('platform_product_rating_history', table => {
    table.dropColumn('rater_key');
    table.dropColumn('user_ref');
  });
  await knex.schema.alterTable('platform_product_ratings', table => {
    table.string('team_ref', 255).nullable();
    table.index(['tool_ref', 'team_ref'], 'pp_ratings_tool_team_idx');
  });

  await knex.schema.alterTable('platform_product_feedback_items', table => {
    table.string('author_salt', 32).nullable();
    table.dropIndex(['author_key'], 'pp_feedback_author_idx');
    table.index(['author_ref', 'id'], 'pp_feedback_author_ref_idx');
  });
  await knex('platform_product_feedback_items').update({
    author_key: knex.raw(`${randomHex} || ${randomHex}`),
    author_salt: knex.raw(randomHex),
  });

  await knex('platform_product_survey_answer_teams as t')
    .whereExists(
      knex('platform_product_survey_answer_teams as o')
        .whereRaw('o.survey_id = t.survey_id')
        .whereRaw('o.respondent_key = t.respondent_key')
        .whereRaw('o.team_ref < t.team_ref'),
    )
    .delete();
};

/**
 * Restores the columns; what was removed (history identities, extra answer teams, feedback
 * author keys) is not brought back.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('platform_product_feedback_items', table => {
    table.dropIndex(['author_ref', 'id'], 'pp_feedback_author_ref_idx');
    table.dropColumn('author_salt');
    table.index(['author_key'], 'pp_feedback_author_idx');
  });
  await knex.schema.alterTable('platform_product_ratings', table => {
    table.dropIndex(['tool_ref', 'team_ref'], 'pp_ratings_tool_team_idx');
    table.dropColumn('team_ref');
  });
  await knex.schema.alterTable('platform_product_rating_history', table => {
    table.string('rater_key', 64).notNullable().defaultTo('');
    table.string('user_ref', 255).nullable();
  });
};
