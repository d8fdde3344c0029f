// @ts-check

const DAILY = 'platform_product_usage_daily';
const TEAMS = 'platform_product_usage_teams';
const SCORECARD = 'platform_product_scorecard_snapshots';

/**
 * The platform KPI scorecard:
 *
 * - `platform_product_usage_teams`: per tool and team, the first and last day of use and the
 *   first day of a `deploy`, maintained in the transaction that records usage events (so active
 *   adoption and time to first deploy read one row per tool and team, however long the history);
 *   filled from the daily rollup.
 * - `platform_product_scorecard_snapshots`: each KPI's value per day, for the trends. The primary
 *   key is (kpi, day): each run replaces today's value, with several replicas too.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(TEAMS, table => {
    table.string('tool_ref', 255).notNullable();
    table.string('team_ref', 255).notNullable();
    table.string('first_day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.string('last_day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table
      .string('first_deploy_day', 10)
      .nullable()
      .comment('YYYY-MM-DD, UTC; null before the first deploy');
    table.primary(['tool_ref', 'team_ref']);
    table.index(['last_day'], 'pp_usage_teams_last_day_idx');
    table.index(['first_day'], 'pp_usage_teams_first_day_idx');
  });
  await knex.raw(`
    insert into ${TEAMS} (tool_ref, team_ref, first_day, last_day, first_deploy_day)
    select tool_ref, team_ref, min(day), max(day),
      min(case when action = 'deploy' then day end)
    from ${DAILY} where team_ref <> '' group by tool_ref, team_ref`);
  await knex.schema.createTable(SCORECARD, table => {
    table.string('kpi', 40).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.double('value').notNullable();
    table.primary(['kpi', 'day']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable(SCORECARD);
  await knex.schema.dropTable(TEAMS);
};
