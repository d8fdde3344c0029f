// @ts-check

const EVENTS = 'platform_product_usage_events';
const WATERMARK = 'platform_product_usage_watermark';

/**
 * Usage rollups move out of the request into a scheduled job:
 *
 * - `platform_product_usage_watermark`: one row, the id of the last raw event the job folded
 *   into the rollups (daily, people, teams). The job locks it in the transaction that folds the
 *   events after it, so two runs at once (two replicas) fold each event once. Until now every
 *   event was folded when it was recorded, so it starts at the last event's id.
 *
 * Down folds the events not yet rolled up first: the code before this migration expects every
 * raw event in the rollups. The statements are those of the job (`UsageStore.rollUp`) as they
 * are today, spelled out here because a migration must not change when the code does.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(WATERMARK, table => {
    table.integer('id').primary().comment('always 1: one row');
    table
      .bigInteger('rolled_up_to')
      .notNullable()
      .comment('the last raw event id folded into the rollups');
  });
  const [{ last }] = await knex(EVENTS).max({ last: 'id' });
  await knex(WATERMARK).insert({ id: 1, rolled_up_to: last ?? 0 });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  const [{ from }] = await knex(WATERMARK).select({ from: 'rolled_up_to' });
  const [{ to }] = await knex(EVENTS).max({ to: 'id' });
  const sqlite = String(knex.client.config.client).includes('sqlite');
  for (const statement of rollupStatements(sqlite)) {
    await knex.raw(statement, [from, to ?? 0]);
  }
  await knex.schema.dropTable(WATERMARK);
};

/**
 * The statements that fold the raw events with `from < id <= to` (the two bindings) into the
 * daily, people and teams rollups.
 *
 * @param {boolean} sqlite
 */
function rollupStatements(sqlite) {
  const [least, greatest] = sqlite ? ['min', 'max'] : ['least', 'greatest'];
  const range = `from ${EVENTS} where id > ? and id <= ?`;
  const widen = (/** @type {string} */ table) =>
    `first_day = ${least}(${table}.first_day, excluded.first_day),
     last_day = ${greatest}(${table}.last_day, excluded.last_day)`;
  return [
    `insert into platform_product_usage_daily
       (tool_ref, team_ref, person_key, day, action, events, count)
     select tool_ref, team_ref, person_key, day, action, count(*), sum(count) ${range}
     group by tool_ref, team_ref, person_key, day, action
     on conflict (tool_ref, team_ref, person_key, day, action) do update set
       events = platform_product_usage_daily.events + excluded.events,
       count = platform_product_usage_daily.count + excluded.count`,
    `insert into platform_product_usage_people
       (person_key, tool_ref, first_day, last_day, uses)
     select person_key, tool_ref, min(day), max(day), sum(count) ${range}
       and person_key <> ''
     group by person_key, tool_ref
     on conflict (person_key, tool_ref) do update set
       ${widen('platform_product_usage_people')},
       uses = platform_product_usage_people.uses + excluded.uses`,
    // least() skips nulls on PostgreSQL, min() returns null on SQLite: spelled out for both.
    `insert into platform_product_usage_teams
       (tool_ref, team_ref, first_day, last_day, first_deploy_day)
     select tool_ref, team_ref, min(day), max(day),
       min(case when action = 'deploy' then day end) ${range}
       and team_ref <> ''
     group by tool_ref, team_ref
     on conflict (tool_ref, team_ref) do update set
       ${widen('platform_product_usage_teams')},
       first_deploy_day = case
         when platform_product_usage_teams.first_deploy_day is null
           or excluded.first_deploy_day < platform_product_usage_teams.first_deploy_day
         then excluded.first_deploy_day
         else platform_product_usage_teams.first_deploy_day end`,
  ];
}
