// @ts-check

const TALLIES = 'platform_product_survey_tallies';

/**
 * The survey tallies also count the answers that give a reason ("why" comments), so the
 * comments page reads its total from the tallies (a row per team) instead of counting the
 * answers. Filled here from the answers.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(TALLIES, table => {
    table.integer('comments').notNullable().defaultTo(0);
  });
  await knex.raw(`
    update ${TALLIES} set comments = (
      select count(*)
      from platform_product_survey_answers a
      join platform_product_survey_answer_teams t
        on t.survey_id = a.survey_id and t.respondent_key = a.respondent_key
      where a.survey_id = ${TALLIES}.survey_id
        and t.team_ref = ${TALLIES}.team_ref
        and a.reason is not null)`);
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable(TALLIES, table => {
    table.dropColumn('comments');
  });
};
