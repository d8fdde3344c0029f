// @ts-check

/**
 * Maintained feedback counts per (tool, status), updated in the same transaction as every
 * create, status change and merge, so the inbox's total and Insights' open feedback per tool
 * cost the number of tools, not the number of items. Also indexes matching the inbox's sorts
 * across statuses (the `(status, vote_count)` index cannot serve `status in (…)` in order).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('platform_product_feedback_counts', table => {
    table.string('tool_ref', 255).notNullable();
    table.string('status', 20).notNullable();
    table.integer('count').notNullable().defaultTo(0);
    table.primary(['tool_ref', 'status']);
  });
  await knex.raw(`
    insert into platform_product_feedback_counts (tool_ref, status, count)
    select tool_ref, status, count(*) from platform_product_feedback_items
    group by tool_ref, status`);
  await knex.schema.alterTable('platform_product_feedback_items', table => {
    table.index(['vote_count', 'id'], 'pp_feedback_votes_idx');
    table.index(['tool_ref', 'vote_count', 'id'], 'pp_feedback_tool_votes_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('platform_product_feedback_items', table => {
    table.dropIndex(['vote_count', 'id'], 'pp_feedback_votes_idx');
    table.dropIndex(
      ['tool_ref', 'vote_count', 'id'],
      'pp_feedback_tool_votes_idx',
    );
  });
  await knex.schema.dropTable('platform_product_feedback_counts');
};
