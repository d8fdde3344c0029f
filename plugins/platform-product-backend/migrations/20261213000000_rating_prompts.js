// @ts-check

const DAILY = 'platform_product_usage_daily';
const PEOPLE = 'platform_product_usage_people';
const PROMPTS = 'platform_product_rating_prompts';
const RATINGS = 'platform_product_ratings';
const TALLIES = 'platform_product_rating_tallies';

/**
 * Asking the people who used a tool to rate it:
 *
 * - `platform_product_usage_people`: per person key and tool, the first and last day of use and
 *   the number of uses, maintained in the transaction that records usage events (so a prompt
 *   reads one row per tool the person used, however long their history); filled from the
 *   daily rollup.
 * - `platform_product_rating_prompts`: when a rater (by their rater key of the tool, as in
 *   `platform_product_ratings`) last dismissed the invitation to rate the tool.
 * - `platform_product_ratings.rater_active`: whether the rater had used the tool in the last
 *   `platformProduct.usage.activeDays` when they rated; the tallies count active raters apart.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(PEOPLE, table => {
    table.string('person_key', 64).notNullable();
    table.string('tool_ref', 255).notNullable();
    table.string('first_day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.string('last_day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.bigInteger('uses').notNullable().defaultTo(0);
    table.primary(['person_key', 'tool_ref']);
  });
  await knex.raw(`
    insert into ${PEOPLE} (person_key, tool_ref, first_day, last_day, uses)
    select person_key, tool_ref, min(day), max(day), sum(count)
    from ${DAILY} where person_key <> '' group by person_key, tool_ref`);
  await knex.schema.createTable(PROMPTS, table => {
    table.string('tool_ref', 255).notNullable();
    table.string('rater_key', 64).notNullable();
    table.timestamp('dismissed_at', { useTz: true }).notNullable();
    table.primary(['tool_ref', 'rater_key']);
  });
  await knex.schema.alterTable(RATINGS, table => {
    table.boolean('rater_active').notNullable().defaultTo(false);
  });
  await knex.schema.alterTable(TALLIES, table => {
    table.integer('active_count').notNullable().defaultTo(0);
    table.integer('active_star_sum').notNullable().defaultTo(0);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable(TALLIES, table => {
    table.dropColumn('active_count');
    table.dropColumn('active_star_sum');
  });
  await knex.schema.alterTable(RATINGS, table => {
    table.dropColumn('rater_active');
  });
  await knex.schema.dropTable(PROMPTS);
  await knex.schema.dropTable(PEOPLE);
};
