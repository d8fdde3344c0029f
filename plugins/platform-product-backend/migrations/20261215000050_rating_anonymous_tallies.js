// @ts-check

const RATINGS = 'platform_product_ratings';
const TALLIES = 'platform_product_rating_tallies';
const SNAPSHOTS = 'platform_product_tool_snapshots';

/**
 * How many ratings are anonymous, so that a rating figure is shown only when its anonymous part
 * is none or at least the minimum group size (signed ratings can be read one by one, so four
 * signed ratings and one anonymous one would give the anonymous one away by subtraction):
 *
 * - `platform_product_rating_tallies.anonymous_count` and `active_anonymous_count`: per tool and
 *   team, the anonymous current ratings, and those of them by active raters; maintained in the
 *   transaction of every rating change like the other counts, and filled here from the ratings.
 * - `platform_product_tool_snapshots.rating_anonymous`: the anonymous ratings of the day's
 *   figure. Null on the days recorded before: unknown, so their ratings are not shown.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(TALLIES, table => {
    table.integer('anonymous_count').notNullable().defaultTo(0);
    table.integer('active_anonymous_count').notNullable().defaultTo(0);
  });
  await knex.raw(`
    update ${TALLIES} set
      anonymous_count = (
        select count(*) from ${RATINGS} r
        where r.tool_ref = ${TALLIES}.tool_ref
          and coalesce(r.team_ref, '') = ${TALLIES}.team_ref
          and r.user_ref is null),
      active_anonymous_count = (
        select count(*) from ${RATINGS} r
        where r.tool_ref = ${TALLIES}.tool_ref
          and coalesce(r.team_ref, '') = ${TALLIES}.team_ref
          and r.user_ref is null
          and r.rater_active)`);
  await knex.schema.alterTable(SNAPSHOTS, table => {
    table.integer('rating_anonymous').nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable(SNAPSHOTS, table => {
    table.dropColumn('rating_anonymous');
  });
  await knex.schema.alterTable(TALLIES, table => {
    table.dropColumn('anonymous_count');
    table.dropColumn('active_anonymous_count');
  });
};
