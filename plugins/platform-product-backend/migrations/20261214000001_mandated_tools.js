// @ts-check

const MANDATED = 'platform_product_mandated_tools';
const SNAPSHOTS = 'platform_product_tool_snapshots';

/**
 * Declared vs active adoption:
 *
 * - `platform_product_mandated_tools`: tools a maintainer marked mandated (people must use
 *   them), with who and when; owned by Insights. Tools listed in `platformProduct.tools.mandated`
 *   are mandated by configuration and need no row.
 * - `platform_product_tool_snapshots.active_teams`: the teams with use of the tool in the
 *   `platformProduct.usage.activeDays` days up to the snapshot's day; null on days recorded
 *   before this migration (their active adoption is unknown, not zero).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(MANDATED, table => {
    table.string('tool_ref', 255).primary();
    table.string('marked_by', 255).notNullable();
    table.timestamp('marked_at', { useTz: true }).notNullable();
  });
  await knex.schema.alterTable(SNAPSHOTS, table => {
    table.integer('active_teams').nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable(SNAPSHOTS, table => {
    table.dropColumn('active_teams');
  });
  await knex.schema.dropTable(MANDATED);
};
