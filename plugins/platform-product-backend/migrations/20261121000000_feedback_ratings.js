// @ts-check

/**
 * Tool ratings. `platform_product_rating_history` is append-only (every change, kept for
 * trends); `platform_product_ratings` holds the current rating per person per tool, unique on
 * (tool_ref, rater_key), so concurrent writers can never leave two current ratings.
 * `rater_key` is a keyed hash of tool and person; `user_ref` is null for anonymous ratings.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('platform_product_rating_history', table => {
    table.bigIncrements('id').primary();
    table.string('tool_ref', 255).notNullable();
    table.string('rater_key', 64).notNullable();
    table.string('user_ref', 255).nullable();
    table.smallint('stars').nullable().comment('null when withdrawn');
    table.text('comment').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['tool_ref', 'id'], 'pp_rating_history_tool_idx');
  });
  await knex.schema.createTable('platform_product_ratings', table => {
    table.string('tool_ref', 255).notNullable();
    table.string('rater_key', 64).notNullable();
    table.string('user_ref', 255).nullable();
    table.smallint('stars').notNullable();
    table.text('comment').nullable();
    table.bigInteger('history_id').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.primary(['tool_ref', 'rater_key']);
    table.index(['tool_ref', 'stars'], 'pp_ratings_tool_stars_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('platform_product_ratings');
  await knex.schema.dropTable('platform_product_rating_history');
};
