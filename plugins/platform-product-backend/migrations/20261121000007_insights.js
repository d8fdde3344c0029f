// @ts-check

/**
 * Daily snapshots of each tool's adoption and satisfaction, for the trend charts. The primary
 * key is (day, tool): with several replicas a day is still recorded once.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('platform_product_tool_snapshots', table => {
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.string('tool_ref', 255).notNullable();
    table.integer('adopting_teams').notNullable();
    table.integer('eligible_teams').notNullable();
    table.integer('rating_count').notNullable();
    table.double('rating_average').nullable();
    table.primary(['tool_ref', 'day']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('platform_product_tool_snapshots');
};
