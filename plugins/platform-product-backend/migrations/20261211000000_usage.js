// @ts-check

const EVENTS = 'platform_product_usage_events';
const DAILY = 'platform_product_usage_daily';

/**
 * Usage events reported by the tools:
 *
 * - `platform_product_usage_events`: the raw events, kept `platformProduct.usage.retentionDays`
 *   (by `occurred_at`). One per tool and sender's event id, so that a batch sent twice (or by
 *   two replicas at once) is recorded once. A person appears only as `person_key`, an HMAC of
 *   their user ref with the anonymity secret, never in clear.
 * - `platform_product_usage_daily`: the rollup per tool, team (`''` for none), person key (`''`
 *   for events about a team), UTC day and action, incremented in the transaction that inserts
 *   the events. Reads use the rollup; it outlives the raw events.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(EVENTS, table => {
    table.bigIncrements('id').primary();
    table.string('tool_ref', 255).notNullable();
    table.string('event_id', 200).notNullable();
    table.string('team_ref', 255).notNullable();
    table.string('person_key', 64).notNullable();
    table.string('action', 100).notNullable();
    table.timestamp('occurred_at', { useTz: true }).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.integer('count').notNullable();
    table.timestamp('received_at', { useTz: true }).notNullable();
    table.unique(['tool_ref', 'event_id'], {
      indexName: 'pp_usage_events_tool_event_uq',
    });
    table.index(['occurred_at'], 'pp_usage_events_occurred_idx');
  });
  await knex.schema.createTable(DAILY, table => {
    table.string('tool_ref', 255).notNullable();
    table.string('team_ref', 255).notNullable();
    table.string('person_key', 64).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.string('action', 100).notNullable();
    table.integer('events').notNullable().defaultTo(0);
    table.bigInteger('count').notNullable().defaultTo(0);
    table.primary(['tool_ref', 'team_ref', 'person_key', 'day', 'action']);
    table.index(['day'], 'pp_usage_daily_day_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable(DAILY);
  await knex.schema.dropTable(EVENTS);
};
