// @ts-check

/**
 * The changelog. Entries are soft-deleted (`deleted_at`) so their revisions stay. Each person has
 * one "last seen" marker. Notifications go through an outbox (`…_deliveries`, one row per entry
 * and person, primary key on both): a publish writes the rows in the same transaction, a sender
 * claims unsent rows atomically and marks them sent, so several replicas never notify a person
 * twice for one entry, and a failed send is retried.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('platform_product_changelog_entries', table => {
    table.bigIncrements('id').primary();
    table.string('title', 200).notNullable();
    table.text('body').notNullable();
    table.string('category', 20).notNullable();
    table.text('before_example').nullable();
    table.text('after_example').nullable();
    table.string('status', 20).notNullable();
    table.timestamp('publish_at', { useTz: true }).nullable();
    table.timestamp('published_at', { useTz: true }).nullable();
    table.boolean('early_access').notNullable();
    table.timestamp('early_access_until', { useTz: true }).nullable();
    table.string('author_ref', 255).notNullable();
    table.integer('helpful_count').notNullable().defaultTo(0);
    table.integer('version').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.timestamp('deleted_at', { useTz: true }).nullable();
    table.index(['status', 'published_at'], 'pp_changelog_published_idx');
    table.index(['category', 'published_at'], 'pp_changelog_category_idx');
    table.index(['status', 'publish_at'], 'pp_changelog_scheduled_idx');
  });
  await knex.schema.createTable('platform_product_changelog_tools', table => {
    table
      .bigInteger('entry_id')
      .notNullable()
      .references('id')
      .inTable('platform_product_changelog_entries')
      .onDelete('CASCADE');
    table.string('tool_ref', 255).notNullable();
    table.primary(['entry_id', 'tool_ref']);
    table.index(['tool_ref', 'entry_id'], 'pp_changelog_tools_ref_idx');
  });
  await knex.schema.createTable('platform_product_changelog_roadmap', table => {
    table
      .bigInteger('entry_id')
      .notNullable()
      .references('id')
      .inTable('platform_product_changelog_entries')
      .onDelete('CASCADE');
    table.bigInteger('roadmap_item_id').notNullable();
    table.primary(['entry_id', 'roadmap_item_id']);
    table.index(['roadmap_item_id'], 'pp_changelog_roadmap_item_idx');
  });
  await knex.schema.createTable(
    'platform_product_changelog_revisions',
    table => {
      table.bigIncrements('id').primary();
      table.bigInteger('entry_id').notNullable();
      table.string('action', 20).notNullable();
      table.string('actor_ref', 255).notNullable();
      table
        .text('snapshot')
        .notNullable()
        .comment('JSON of the entry after the change');
      table.timestamp('created_at', { useTz: true }).notNullable();
      table.index(['entry_id', 'id'], 'pp_changelog_revisions_entry_idx');
    },
  );
  await knex.schema.createTable(
    'platform_product_changelog_reactions',
    table => {
      table
        .bigInteger('entry_id')
        .notNullable()
        .references('id')
        .inTable('platform_product_changelog_entries')
        .onDelete('CASCADE');
      table.string('user_ref', 255).notNullable();
      table.timestamp('created_at', { useTz: true }).notNullable();
      table.primary(['entry_id', 'user_ref']);
    },
  );
  await knex.schema.createTable('platform_product_changelog_seen', table => {
    table.string('user_ref', 255).primary();
    table.timestamp('seen_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable(
    'platform_product_changelog_deliveries',
    table => {
      table.bigInteger('entry_id').notNullable();
      table.string('user_ref', 255).notNullable();
      table.timestamp('claimed_at', { useTz: true }).nullable();
      table.timestamp('sent_at', { useTz: true }).nullable();
      table.primary(['entry_id', 'user_ref']);
      table.index(
        ['sent_at', 'entry_id'],
        'pp_changelog_deliveries_pending_idx',
      );
    },
  );
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const name of [
    'platform_product_changelog_deliveries',
    'platform_product_changelog_seen',
    'platform_product_changelog_reactions',
    'platform_product_changelog_revisions',
    'platform_product_changelog_roadmap',
    'platform_product_changelog_tools',
    'platform_product_changelog_entries',
  ]) {
    await knex.schema.dropTable(name);
  }
};
