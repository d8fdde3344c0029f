// @ts-check

const ACTIVITY = 'platform_product_feedback_activity';
const FEEDBACK = 'platform_product_feedback_items';
const DELIVERIES = 'platform_product_changelog_deliveries';
const CHANGELOG_ROADMAP = 'platform_product_changelog_roadmap';

/**
 * Links that stay true:
 *
 * - a feedback thread's status entries record the roadmap item and changelog entry the item is
 *   linked to after each step;
 * - feedback is found by the roadmap item it is planned against (publishing a changelog entry
 *   that ships the roadmap item ships that feedback too);
 * - an outbox row can tell a person that their feedback shipped (`feedback_item_id`), instead of
 *   announcing the changelog entry, still once per entry and person;
 * - a roadmap item shipped with changelog entries before this is linked back from those entries.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(ACTIVITY, table => {
    table.bigInteger('roadmap_item_id').nullable();
    table.bigInteger('changelog_entry_id').nullable();
  });
  await knex.schema.alterTable(FEEDBACK, table => {
    table.index(['roadmap_item_id', 'status'], 'pp_feedback_roadmap_item_idx');
  });
  await knex.schema.alterTable(DELIVERIES, table => {
    table.bigInteger('feedback_item_id').nullable();
  });

  const shipped = await knex('platform_product_roadmap_items')
    .whereNot('changelog_entry_ids', '[]')
    .select('id', 'changelog_entry_ids');
  for (const item of shipped) {
    /** @type {number[]} */
    const entryIds = JSON.parse(item.changelog_entry_ids);
    const existing = await knex('platform_product_changelog_entries')
      .whereIn('id', entryIds)
      .pluck('id');
    if (existing.length) {
      await knex(CHANGELOG_ROADMAP)
        .insert(
          existing.map(entryId => ({
            entry_id: entryId,
            roadmap_item_id: item.id,
          })),
        )
        .onConflict(['entry_id', 'roadmap_item_id'])
        .ignore();
    }
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable(DELIVERIES, table => {
    table.dropColumn('feedback_item_id');
  });
  await knex.schema.alterTable(FEEDBACK, table => {
    table.dropIndex(
      ['roadmap_item_id', 'status'],
      'pp_feedback_roadmap_item_idx',
    );
  });
  await knex.schema.alterTable(ACTIVITY, table => {
    table.dropColumn('changelog_entry_id');
    table.dropColumn('roadmap_item_id');
  });
};
