// @ts-check

const FEEDBACK = 'platform_product_feedback_items';
const TAGS = 'platform_product_feedback_tags';
const DELIVERIES = 'platform_product_changelog_deliveries';

/**
 * An inbox built for triage, and a delivery report for the changelog:
 *
 * - a feedback item may be assigned to one maintainer (`assignee_ref`), indexed for the inbox's
 *   "assigned to" filter (keyset order by id);
 * - tags on feedback items, lower-case, one row per item and tag, indexed by tag for the inbox's
 *   tag filter;
 * - an outbox row records when its last send failed (`failed_at`, cleared when it is sent), so a
 *   maintainer sees sent, pending and failed notifications per entry.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(FEEDBACK, table => {
    table.string('assignee_ref', 255).nullable();
    table.index(['assignee_ref', 'id'], 'pp_feedback_assignee_idx');
  });
  await knex.schema.createTable(TAGS, table => {
    table
      .bigInteger('item_id')
      .notNullable()
      .references('id')
      .inTable(FEEDBACK)
      .onDelete('CASCADE');
    table.string('tag', 40).notNullable();
    table.primary(['item_id', 'tag']);
    table.index(['tag', 'item_id'], 'pp_feedback_tags_tag_idx');
  });
  await knex.schema.alterTable(DELIVERIES, table => {
    table.timestamp('failed_at', { useTz: true }).nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable(DELIVERIES, table => {
    table.dropColumn('failed_at');
  });
  await knex.schema.dropTable(TAGS);
  await knex.schema.alterTable(FEEDBACK, table => {
    table.dropIndex(['assignee_ref', 'id'], 'pp_feedback_assignee_idx');
    table.dropColumn('assignee_ref');
  });
};
