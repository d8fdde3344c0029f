// @ts-check

/**
 * Maintained survey tallies per (survey, team an answer counts for): answers, promoters,
 * passives, detractors and anonymous answers, updated in the same transaction as every answer,
 * so results, trends and the survey list cost the number of teams, not the number of answers.
 * Filled here from the answers.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('platform_product_survey_tallies', table => {
    table.bigInteger('survey_id').notNullable();
    table.string('team_ref', 255).notNullable();
    for (const column of [
      'responses',
      'promoters',
      'passives',
      'detractors',
      'anonymous',
    ]) {
      table.integer(column).notNullable().defaultTo(0);
    }
    table.primary(['survey_id', 'team_ref']);
  });
  await knex.raw(`
    insert into platform_product_survey_tallies
      (survey_id, team_ref, responses, promoters, passives, detractors, anonymous)
    select a.survey_id, t.team_ref, count(*),
      sum(case when a.score >= 9 then 1 else 0 end),
      sum(case when a.score between 7 and 8 then 1 else 0 end),
      sum(case when a.score <= 6 then 1 else 0 end),
      sum(case when a.user_ref is null then 1 else 0 end)
    from platform_product_survey_answers a
    join platform_product_survey_answer_teams t
      on t.survey_id = a.survey_id and t.respondent_key = a.respondent_key
    group by a.survey_id, t.team_ref`);
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('platform_product_survey_tallies');
};
