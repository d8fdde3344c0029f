// @ts-check

const OUTCOMES = 'platform_product_roadmap_outcomes';

/**
 * The outcome decision of a shipped roadmap item's success-criteria review: keep, iterate or
 * kill, with its reason (required for kill), the measured outcome it was taken on (active
 * adoption and satisfaction of the item's tools before and after shipping, from the insights
 * snapshots, as JSON) and the evidence counts of the time. One decision per item (a new one
 * replaces it; the item's history keeps every one); it goes with its item.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(OUTCOMES, table => {
    table
      .bigInteger('item_id')
      .primary()
      .references('id')
      .inTable('platform_product_roadmap_items')
      .onDelete('CASCADE');
    table.string('decision', 10).notNullable();
    table.text('reason').nullable();
    table.text('measured').notNullable();
    table.text('evidence').notNullable();
    table.string('decided_by', 255).notNullable();
    table.timestamp('decided_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable(OUTCOMES);
};
