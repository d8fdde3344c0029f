// @ts-check

/**
 * The champions program. A person is an active champion of a team at most once (a partial
 * unique index on active rows), and has at most one open nomination per team (likewise), so
 * concurrent approvals or nominations cannot create duplicates. Coverage is snapshotted once a
 * day (primary key: the day), safe with several replicas.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('platform_product_champions', table => {
    table.bigIncrements('id').primary();
    table.string('user_ref', 255).notNullable();
    table.string('team_ref', 255).notNullable();
    table.string('status', 20).notNullable();
    table.text('focus_areas').notNullable().comment('JSON array');
    table.timestamp('since', { useTz: true }).notNullable();
    table.timestamp('ended_at', { useTz: true }).nullable();
    table.index(['status', 'team_ref'], 'pp_champions_status_team_idx');
    table.index(['user_ref'], 'pp_champions_user_idx');
  });
  await knex.raw(
    `create unique index pp_champions_active_uq on platform_product_champions (user_ref, team_ref) where status = 'active'`,
  );
  await knex.schema.createTable(
    'platform_product_champion_nominations',
    table => {
      table.bigIncrements('id').primary();
      table.string('nominee_ref', 255).notNullable();
      table.string('team_ref', 255).notNullable();
      table.string('nominator_ref', 255).notNullable();
      table.text('reason').notNullable();
      table.text('focus_areas').notNullable().comment('JSON array');
      table.string('status', 20).notNullable();
      table.text('decline_reason').nullable();
      table.string('decided_by', 255).nullable();
      table.timestamp('created_at', { useTz: true }).notNullable();
      table.timestamp('decided_at', { useTz: true }).nullable();
      table.index(['status', 'id'], 'pp_nominations_status_idx');
    },
  );
  await knex.raw(
    `create unique index pp_nominations_open_uq on platform_product_champion_nominations (nominee_ref, team_ref) where status = 'open'`,
  );
  await knex.schema.createTable('platform_product_champion_kudos', table => {
    table.bigIncrements('id').primary();
    table.string('champion_ref', 255).notNullable();
    table.string('from_ref', 255).notNullable();
    table.string('message', 500).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['champion_ref', 'id'], 'pp_kudos_champion_idx');
  });
  await knex.schema.createTable(
    'platform_product_champion_activities',
    table => {
      table.bigIncrements('id').primary();
      table.string('user_ref', 255).notNullable();
      table.string('type', 20).notNullable();
      table.timestamp('date', { useTz: true }).notNullable();
      table.text('note').nullable();
      table.timestamp('created_at', { useTz: true }).notNullable();
      table.index(['date'], 'pp_activities_date_idx');
      table.index(['user_ref', 'date'], 'pp_activities_user_idx');
    },
  );
  await knex.schema.createTable(
    'platform_product_coverage_snapshots',
    table => {
      table.string('day', 10).primary().comment('YYYY-MM-DD, UTC');
      table.integer('eligible_teams').notNullable();
      table.integer('covered_teams').notNullable();
    },
  );
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const name of [
    'platform_product_coverage_snapshots',
    'platform_product_champion_activities',
    'platform_product_champion_kudos',
    'platform_product_champion_nominations',
    'platform_product_champions',
  ]) {
    await knex.schema.dropTable(name);
  }
};
