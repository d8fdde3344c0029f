// @ts-check

const ITEMS = 'platform_product_roadmap_items';
/** @type {[string, string][]} */
const LINKS = [
  ['platform_product_roadmap_item_tools', 'tool_ref'],
  ['platform_product_roadmap_item_teams', 'team_ref'],
];
/** What a list filters and sorts by, copied from each item into its tool and team links. */
const SORT_KEYS = [
  'owner_ref',
  'status',
  'lane',
  'early_access',
  'rice_score',
  'vote_count',
  'updated_at',
];
/** The sorts a list offers (besides newest first, by id), and their indexes before this. */
const SORTS = [
  ['rice_score', 'pp_roadmap_rice_idx'],
  ['vote_count', 'pp_roadmap_votes_idx'],
  ['updated_at', 'pp_roadmap_updated_idx'],
];

/**
 * Makes every roadmap list read only what it shows, however long the history:
 *
 * - maintained item counts per (tool, status, lane, early access), updated in the transaction
 *   of every create, edit, move, ship, kill and delete: the board's lane sizes, a list's total
 *   and Insights' "Now" items per tool cost the number of lanes, not the number of items;
 * - sort indexes that end in the tie-breaker `id`, so a page is read in order, per status and
 *   per (owner, status);
 * - the sort keys copied into the tool and team links, indexed per (link, status, sort), so
 *   "this tool's items by score" walks that tool's links in order instead of every item.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(
    'platform_product_roadmap_lane_counts',
    table => {
      // '' counts every item (the board); a tool's ref counts the items linked to it.
      table.string('tool_ref', 255).notNullable();
      table.string('status', 20).notNullable();
      table.string('lane', 20).notNullable();
      table.boolean('early_access').notNullable();
      table.integer('count').notNullable().defaultTo(0);
      table.primary(['tool_ref', 'status', 'lane', 'early_access']);
    },
  );
  await knex.raw(`
    insert into platform_product_roadmap_lane_counts (tool_ref, status, lane, early_access, count)
    select '', status, lane, early_access, count(*) from ${ITEMS}
    group by status, lane, early_access`);
  await knex.raw(`
    insert into platform_product_roadmap_lane_counts (tool_ref, status, lane, early_access, count)
    select t.tool_ref, i.status, i.lane, i.early_access, count(*)
    from platform_product_roadmap_item_tools t join ${ITEMS} i on i.id = t.item_id
    group by t.tool_ref, i.status, i.lane, i.early_access`);

  await knex.schema.alterTable(ITEMS, table => {
    table.dropIndex(
      ['status', 'lane', 'rice_score'],
      'pp_roadmap_lane_rice_idx',
    );
    table.index(
      ['status', 'lane', 'rice_score', 'id'],
      'pp_roadmap_lane_rice_idx',
    );
    table.dropIndex(['owner_ref'], 'pp_roadmap_owner_idx');
    table.index(['status', 'id'], 'pp_roadmap_newest_idx');
    table.index(['owner_ref', 'status', 'id'], 'pp_roadmap_owner_newest_idx');
    for (const [column, old] of SORTS) {
      table.dropIndex(['status', column], old);
      table.index(['status', column, 'id'], `pp_roadmap_${column}_idx`);
      table.index(
        ['owner_ref', 'status', column, 'id'],
        `pp_roadmap_owner_${column}_idx`,
      );
    }
  });

  for (const [name, ref] of LINKS) {
    await knex.schema.alterTable(name, table => {
      table.string('owner_ref', 255);
      table.string('status', 20);
      table.string('lane', 20);
      table.boolean('early_access');
      table.double('rice_score');
      table.integer('vote_count');
      table.timestamp('updated_at', { useTz: true });
    });
    await knex(name).update(
      Object.fromEntries(
        SORT_KEYS.map(key => [
          key,
          knex(ITEMS)
            .select(key)
            .where('id', knex.ref(`${name}.item_id`)),
        ]),
      ),
    );
    await knex.schema.alterTable(name, table => {
      table.index([ref, 'status', 'item_id'], `${name}_newest_idx`);
      for (const [column] of SORTS) {
        table.index(
          [ref, 'status', column, 'item_id'],
          `${name}_${column}_idx`,
        );
      }
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const [name, ref] of LINKS) {
    await knex.schema.alterTable(name, table => {
      table.dropIndex([ref, 'status', 'item_id'], `${name}_newest_idx`);
      for (const [column] of SORTS) {
        table.dropIndex(
          [ref, 'status', column, 'item_id'],
          `${name}_${column}_idx`,
        );
      }
      table.dropColumns(...SORT_KEYS);
    });
  }
  await knex.schema.alterTable(ITEMS, table => {
    for (const [column, old] of SORTS) {
      table.dropIndex(
        ['owner_ref', 'status', column, 'id'],
        `pp_roadmap_owner_${column}_idx`,
      );
      table.dropIndex(['status', column, 'id'], `pp_roadmap_${column}_idx`);
      table.index(['status', column], old);
    }
    table.dropIndex(
      ['owner_ref', 'status', 'id'],
      'pp_roadmap_owner_newest_idx',
    );
    table.dropIndex(['status', 'id'], 'pp_roadmap_newest_idx');
    table.index(['owner_ref'], 'pp_roadmap_owner_idx');
    table.dropIndex(
      ['status', 'lane', 'rice_score', 'id'],
      'pp_roadmap_lane_rice_idx',
    );
    table.index(['status', 'lane', 'rice_score'], 'pp_roadmap_lane_rice_idx');
  });
  await knex.schema.dropTable('platform_product_roadmap_lane_counts');
};
