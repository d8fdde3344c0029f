// @ts-check

const ITEMS = 'platform_product_feedback_items';
const ACTIVITY = 'platform_product_feedback_activity';
const RESPONSES = 'platform_product_feedback_response_tallies';
const ROADMAP = 'platform_product_roadmap_items';
const QUARTERS = 'platform_product_roadmap_quarter_counts';

/**
 * Program health without reading history: maintained in the transaction of every write that
 * changes them, recounted by the daily repair job.
 *
 * - `platform_product_feedback_response_tallies`: how many items waited how long (bucket) for
 *   their first maintainer response and for their final status (src/database/responseTimes.ts
 *   defines the buckets: 0.1 h up to two days, 1 h up to 30 days, 1 day beyond);
 * - `platform_product_roadmap_quarter_counts`: roadmap items shipped and killed per quarter.
 *
 * Both are filled from the existing rows.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(RESPONSES, table => {
    table.string('measure', 20).notNullable();
    table.integer('bucket').notNullable();
    table.integer('count').notNullable().defaultTo(0);
    table.primary(['measure', 'bucket']);
  });
  await knex.schema.createTable(QUARTERS, table => {
    table.string('quarter', 7).notNullable();
    table.string('status', 20).notNullable();
    table.integer('count').notNullable().defaultTo(0);
    table.primary(['quarter', 'status']);
  });
  const sqlite = String(knex.client.config.client).includes('sqlite');
  const seconds = sqlite
    ? `(a.created_at - i.created_at) / 1000.0`
    : `extract(epoch from (a.created_at - i.created_at))`;
  const whole = (/** @type {string} */ x) =>
    sqlite ? `cast((${x}) as integer)` : `cast(floor(${x}) as integer)`;
  const bucket = `case
    when d < 0 then 0
    when d < 172800 then ${whole('d / 360')}
    when d < 2592000 then 480 + ${whole('(d - 172800) / 3600')}
    else 1152 + ${whole('(d - 2592000) / 86400')}
  end`;
  // Each item's first entry (by id) that ends the wait.
  for (const [measure, where] of [
    ['first_response', `actor_role = 'maintainer'`],
    ['final_status', `kind = 'status' and status in ('shipped', 'declined')`],
  ]) {
    await knex.raw(`
      insert into ${RESPONSES} (measure, bucket, count)
      select '${measure}', ${bucket}, count(*) from (
        select ${seconds} as d from ${ITEMS} i join ${ACTIVITY} a on a.item_id = i.id
        where a.id in (select min(id) from ${ACTIVITY} where ${where} group by item_id)
      ) t group by ${bucket}`);
  }
  for (const [status, column] of [
    ['shipped', 'shipped_at'],
    ['killed', 'killed_at'],
  ]) {
    const quarter = sqlite
      ? `strftime('%Y', ${column} / 1000, 'unixepoch') || '-Q' || ((cast(strftime('%m', ${column} / 1000, 'unixepoch') as integer) + 2) / 3)`
      : `to_char(${column} at time zone 'UTC', 'YYYY-"Q"Q')`;
    await knex.raw(`
      insert into ${QUARTERS} (quarter, status, count)
      select ${quarter}, '${status}', count(*) from ${ROADMAP}
      where status = '${status}' and ${column} is not null group by ${quarter}`);
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable(QUARTERS);
  await knex.schema.dropTable(RESPONSES);
};
