// @ts-check

/**
 * NPS survey campaigns and their answers.
 *
 * - One answer per person per survey: primary key `(survey_id, respondent_key)`, where
 *   `respondent_key` is a keyed hash of survey and person; `user_ref` is null for anonymous
 *   answers.
 * - `platform_product_survey_answer_teams` records the respondent's teams when they answered,
 *   so per-team results are one grouped query.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('platform_product_surveys', table => {
    table.bigIncrements('id').primary();
    table.string('title', 200).notNullable();
    table.text('question').notNullable();
    table.string('tool_ref', 255).nullable();
    table.text('team_refs').notNullable().comment('JSON array; [] = all teams');
    table.timestamp('opens_at', { useTz: true }).notNullable();
    table.timestamp('closes_at', { useTz: true }).notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['closes_at', 'opens_at'], 'pp_surveys_dates_idx');
  });
  await knex.schema.createTable('platform_product_survey_answers', table => {
    table
      .bigInteger('survey_id')
      .notNullable()
      .references('id')
      .inTable('platform_product_surveys')
      .onDelete('CASCADE');
    table.string('respondent_key', 64).notNullable();
    table.string('user_ref', 255).nullable();
    table.smallint('score').notNullable();
    table.text('reason').nullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.primary(['survey_id', 'respondent_key']);
    table.index(['survey_id', 'score'], 'pp_survey_answers_score_idx');
  });
  await knex.schema.createTable(
    'platform_product_survey_answer_teams',
    table => {
      table.bigInteger('survey_id').notNullable();
      table.string('respondent_key', 64).notNullable();
      table.string('team_ref', 255).notNullable();
      table.primary(['survey_id', 'team_ref', 'respondent_key']);
      table
        .foreign(['survey_id', 'respondent_key'])
        .references(['survey_id', 'respondent_key'])
        .inTable('platform_product_survey_answers')
        .onDelete('CASCADE');
    },
  );
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('platform_product_survey_answer_teams');
  await knex.schema.dropTable('platform_product_survey_answers');
  await knex.schema.dropTable('platform_product_surveys');
};
