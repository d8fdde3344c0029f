// @ts-check

/**
 * Maintained rating aggregates: per tool and per team a rating counts for (`''` for people in
 * no team), the number of current ratings, the sum of their stars and how many gave each star
 * value. Updated in the same transaction as every rating change, so reading a tool's summary or
 * the Insights tables costs the number of teams, not the number of ratings. Filled here from
 * the current ratings.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('platform_product_rating_tallies', table => {
    table.string('tool_ref', 255).notNullable();
    table.string('team_ref', 255).notNullable();
    table.integer('count').notNullable().defaultTo(0);
    table.bigInteger('star_sum').notNullable().defaultTo(0);
    for (const stars of [1, 2, 3, 4, 5]) {
      table.integer(`s${stars}`).notNullable().defaultTo(0);
    }
    table.primary(['tool_ref', 'team_ref']);
  });
  await knex.raw(`
    insert into platform_product_rating_tallies
      (tool_ref, team_ref, count, star_sum, s1, s2, s3, s4, s5)
    select tool_ref, coalesce(team_ref, ''), count(*), sum(stars),
      sum(case when stars = 1 then 1 else 0 end),
      sum(case when stars = 2 then 1 else 0 end),
      sum(case when stars = 3 then 1 else 0 end),
      sum(case when stars = 4 then 1 else 0 end),
      sum(case when stars = 5 then 1 else 0 end)
    from platform_product_ratings
    group by tool_ref, coalesce(team_ref, '')`);
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('platform_product_rating_tallies');
};
