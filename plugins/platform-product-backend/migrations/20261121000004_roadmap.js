// @ts-check

/**
 * The roadmap: items in lanes with RICE inputs and their stored score (indexed, so sorting by
 * score is cheap), linked tools and requesting teams, one vote per person (with the voter's
 * teams, for "how many teams want this"), the history of lane moves, success criteria, and the
 * impact map (goal → actor → impact, items hang under an impact).
 *
 * `vote_count` and `voter_team_count` mirror the vote tables; they are recounted in the same
 * transaction as a vote, under the item's row lock. `version` grows with every edit, for
 * optimistic concurrency.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('platform_product_roadmap_goals', table => {
    table.bigIncrements('id').primary();
    table.string('title', 200).notNullable();
    table.text('description').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable(
    'platform_product_roadmap_goal_actors',
    table => {
      table.bigIncrements('id').primary();
      table
        .bigInteger('goal_id')
        .notNullable()
        .references('id')
        .inTable('platform_product_roadmap_goals')
        .onDelete('CASCADE');
      table.string('team_ref', 255).nullable();
      table.string('persona', 100).nullable();
      table.index(['goal_id'], 'pp_goal_actors_goal_idx');
    },
  );
  await knex.schema.createTable(
    'platform_product_roadmap_goal_impacts',
    table => {
      table.bigIncrements('id').primary();
      table
        .bigInteger('actor_id')
        .notNullable()
        .references('id')
        .inTable('platform_product_roadmap_goal_actors')
        .onDelete('CASCADE');
      table.string('title', 200).notNullable();
      table.index(['actor_id'], 'pp_goal_impacts_actor_idx');
    },
  );
  await knex.schema.createTable('platform_product_roadmap_items', table => {
    table.bigIncrements('id').primary();
    table.string('title', 200).notNullable();
    table.text('description').notNullable();
    table.string('lane', 20).notNullable();
    table.string('status', 20).notNullable();
    table.string('owner_ref', 255).notNullable();
    table.integer('reach').notNullable();
    table.string('reach_source', 20).notNullable();
    table.double('impact').notNullable();
    table.double('confidence').notNullable();
    table.double('effort').notNullable();
    table.double('rice_score').notNullable();
    table.boolean('early_access').notNullable();
    table.bigInteger('impact_id').nullable();
    table.integer('vote_count').notNullable().defaultTo(0);
    table.integer('voter_team_count').notNullable().defaultTo(0);
    table.text('changelog_entry_ids').notNullable().comment('JSON array');
    table.text('kill_reason').nullable();
    table.integer('version').notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.timestamp('shipped_at', { useTz: true }).nullable();
    table.timestamp('killed_at', { useTz: true }).nullable();
    table.index(['status', 'lane', 'rice_score'], 'pp_roadmap_lane_rice_idx');
    table.index(['status', 'rice_score'], 'pp_roadmap_rice_idx');
    table.index(['status', 'vote_count'], 'pp_roadmap_votes_idx');
    table.index(['status', 'updated_at'], 'pp_roadmap_updated_idx');
    table.index(['owner_ref'], 'pp_roadmap_owner_idx');
    table.index(['impact_id'], 'pp_roadmap_impact_idx');
  });
  for (const [name, column] of [
    ['platform_product_roadmap_item_tools', 'tool_ref'],
    ['platform_product_roadmap_item_teams', 'team_ref'],
  ]) {
    await knex.schema.createTable(name, table => {
      table
        .bigInteger('item_id')
        .notNullable()
        .references('id')
        .inTable('platform_product_roadmap_items')
        .onDelete('CASCADE');
      table.string(column, 255).notNullable();
      table.primary(['item_id', column]);
      table.index([column, 'item_id'], `${name}_ref_idx`);
    });
  }
  await knex.schema.createTable('platform_product_roadmap_votes', table => {
    table
      .bigInteger('item_id')
      .notNullable()
      .references('id')
      .inTable('platform_product_roadmap_items')
      .onDelete('CASCADE');
    table.string('user_ref', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.primary(['item_id', 'user_ref']);
  });
  await knex.schema.createTable(
    'platform_product_roadmap_vote_teams',
    table => {
      table
        .bigInteger('item_id')
        .notNullable()
        .references('id')
        .inTable('platform_product_roadmap_items')
        .onDelete('CASCADE');
      table.string('user_ref', 255).notNullable();
      table.string('team_ref', 255).notNullable();
      table.primary(['item_id', 'team_ref', 'user_ref']);
    },
  );
  await knex.schema.createTable('platform_product_roadmap_history', table => {
    table.bigIncrements('id').primary();
    table
      .bigInteger('item_id')
      .notNullable()
      .references('id')
      .inTable('platform_product_roadmap_items')
      .onDelete('CASCADE');
    table.string('kind', 20).notNullable();
    table.string('from_lane', 20).nullable();
    table.string('to_lane', 20).nullable();
    table.string('actor_ref', 255).notNullable();
    table.text('note').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['item_id', 'id'], 'pp_roadmap_history_item_idx');
  });
  await knex.schema.createTable('platform_product_roadmap_criteria', table => {
    table.bigIncrements('id').primary();
    table
      .bigInteger('item_id')
      .notNullable()
      .references('id')
      .inTable('platform_product_roadmap_items')
      .onDelete('CASCADE');
    table.string('metric', 200).notNullable();
    table.string('target', 200).notNullable();
    table.timestamp('review_date', { useTz: true }).notNullable();
    table.string('outcome', 20).notNullable();
    table.text('note').nullable();
    table.index(['item_id'], 'pp_roadmap_criteria_item_idx');
    table.index(['outcome', 'review_date'], 'pp_roadmap_criteria_due_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const name of [
    'platform_product_roadmap_criteria',
    'platform_product_roadmap_history',
    'platform_product_roadmap_vote_teams',
    'platform_product_roadmap_votes',
    'platform_product_roadmap_item_teams',
    'platform_product_roadmap_item_tools',
    'platform_product_roadmap_items',
    'platform_product_roadmap_goal_impacts',
    'platform_product_roadmap_goal_actors',
    'platform_product_roadmap_goals',
  ]) {
    await knex.schema.dropTable(name);
  }
};
