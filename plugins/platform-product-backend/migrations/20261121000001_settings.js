// @ts-check

/**
 * Plugin-wide settings shared by every backend replica, e.g. the generated anonymity key.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('platform_product_settings', table => {
    table.string('key', 100).primary();
    table.text('value').notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('platform_product_settings');
};
