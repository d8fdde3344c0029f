// @ts-check

const LOOP = 'platform_product_roadmap_loop';

/**
 * "Close the loop": the outbox of notices telling the people behind a roadmap item's evidence
 * (named feedback authors, their +1s, voters, later named interviewees) that it moved to Now,
 * shipped or was killed.
 *
 * - One row per item, transition and person (primary key): queued in the transition's
 *   transaction, with "insert … on conflict do nothing", so a retry, a second replica or a
 *   second move to Now never queues a person twice for the same transition.
 * - `changelog_entry_id`: for a shipment, the entry the notice names; the notice waits until
 *   that entry is published.
 * - `claimed_at`, `sent_at`, `failed_at`: claimed by one sender at a time, marked sent after the
 *   notification went out, released with `failed_at` when the send failed.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(LOOP, table => {
    table
      .bigInteger('roadmap_item_id')
      .notNullable()
      .references('id')
      .inTable('platform_product_roadmap_items')
      .onDelete('CASCADE');
    table.string('transition', 10).notNullable();
    table.string('user_ref', 255).notNullable();
    table.bigInteger('changelog_entry_id').nullable();
    table.timestamp('claimed_at', { useTz: true }).nullable();
    table.timestamp('sent_at', { useTz: true }).nullable();
    table.timestamp('failed_at', { useTz: true }).nullable();
    table.primary(['roadmap_item_id', 'transition', 'user_ref']);
    table.index(['sent_at'], 'pp_roadmap_loop_unsent_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable(LOOP);
};
