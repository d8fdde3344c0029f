// @ts-check

/**
 * Feedback and ideas about tools, their +1s and their threads.
 *
 * - `author_key` is a keyed hash of tool and author (like a rater key), so the author of an
 *   anonymous item can still find it; `author_ref` is null for anonymous items.
 * - `vote_count` mirrors the number of rows in `platform_product_feedback_votes`; it is updated
 *   in the same transaction as the votes, under a row lock, so the inbox can sort by it.
 * - `(item_id, user_ref)` is the primary key of the votes: one +1 per person.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('platform_product_feedback_items', table => {
    table.bigIncrements('id').primary();
    table.string('tool_ref', 255).notNullable();
    table.string('kind', 20).notNullable();
    table.string('title', 200).notNullable();
    table.text('body').notNullable();
    table.string('status', 20).notNullable();
    table.string('author_key', 64).notNullable();
    table.string('author_ref', 255).nullable();
    table.integer('vote_count').notNullable().defaultTo(0);
    table.bigInteger('roadmap_item_id').nullable();
    table.bigInteger('changelog_entry_id').nullable();
    table.text('decline_reason').nullable();
    table.bigInteger('merged_into_id').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['status', 'vote_count'], 'pp_feedback_status_votes_idx');
    table.index(['status', 'created_at'], 'pp_feedback_status_created_idx');
    table.index(
      ['tool_ref', 'status', 'created_at'],
      'pp_feedback_tool_status_idx',
    );
    table.index(['author_key'], 'pp_feedback_author_idx');
  });
  await knex.schema.createTable('platform_product_feedback_votes', table => {
    table
      .bigInteger('item_id')
      .notNullable()
      .references('id')
      .inTable('platform_product_feedback_items')
      .onDelete('CASCADE');
    table.string('user_ref', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.primary(['item_id', 'user_ref']);
  });
  await knex.schema.createTable('platform_product_feedback_activity', table => {
    table.bigIncrements('id').primary();
    table
      .bigInteger('item_id')
      .notNullable()
      .references('id')
      .inTable('platform_product_feedback_items')
      .onDelete('CASCADE');
    table.string('kind', 20).notNullable();
    table.string('actor_ref', 255).nullable();
    table.string('actor_role', 20).notNullable();
    table.text('body').nullable();
    table.string('status', 20).nullable();
    table.bigInteger('related_item_id').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['item_id', 'id'], 'pp_feedback_activity_item_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('platform_product_feedback_activity');
  await knex.schema.dropTable('platform_product_feedback_votes');
  await knex.schema.dropTable('platform_product_feedback_items');
};
