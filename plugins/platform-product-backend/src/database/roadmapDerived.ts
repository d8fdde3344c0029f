import { Knex } from 'knex';
import { repairAggregate } from './aggregates';
import { quarterOf } from './dialect';
import {
  ITEMS,
  LANE_COUNTS,
  QUARTER_COUNTS,
  TEAMS,
  TOOLS,
} from './roadmapTables';
import type { RoadmapFilter } from './RoadmapStore';

/*
 * What derives from the roadmap's items so that every list reads only what it shows: the copy
 * of each item's sort keys in its tool and team links (lists filtered by a link walk that link's
 * indexes), and the item counts per (tool — '' for all —, status, lane, early access) behind the
 * board's lane sizes, list totals and Insights' "Now" items per tool. RoadmapStore's writes
 * (roadmapWrites.ts, roadmapVotes.ts, roadmapReviews.ts) call `maintain` in the transaction of
 * every write to an item.
 */

/** What a list filters and sorts by: kept in the item and copied into its links. */
const SORT_KEYS = [
  'owner_ref',
  'status',
  'lane',
  'early_access',
  'rice_score',
  'vote_count',
  'updated_at',
];

/** The statuses that end an item, and the column holding when. */
const ENDS = { shipped: 'shipped_at', killed: 'killed_at' } as const;

/**
 * What the link copies and the maintained counts derive from: an item's sort keys, tools, and
 * the quarter ("2026-Q3") it was shipped or killed in, if it was.
 */
export type Derived = {
  keys: Record<string, unknown>;
  tools: string[];
  endedIn?: string;
};

export async function derivedOf(
  tx: Knex.Transaction,
  id: number,
): Promise<Derived | undefined> {
  const row = await tx(ITEMS)
    .where({ id })
    .first([...SORT_KEYS, ...Object.values(ENDS)]);
  if (!row) return undefined;
  const end = ENDS[row.status as keyof typeof ENDS];
  return {
    keys: Object.fromEntries(SORT_KEYS.map(key => [key, row[key]])),
    tools: await tx(TOOLS).where({ item_id: id }).pluck('tool_ref'),
    endedIn: end && row[end] ? quarterOfDate(new Date(row[end])) : undefined,
  };
}

function quarterOfDate(date: Date) {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/**
 * Brings what derives from an item up to date after a write to it (`before`: as it was, or
 * undefined for a new item): the copy of its sort keys in its tool and team links, and the
 * maintained counts. The caller holds the item's row lock; counts change in a fixed order so
 * that two writers never deadlock.
 */
export async function maintain(
  tx: Knex.Transaction,
  id: number,
  before: Derived | undefined,
) {
  const after = await derivedOf(tx, id);
  if (after) {
    for (const table of [TOOLS, TEAMS]) {
      await tx(table).where({ item_id: id }).update(after.keys);
    }
  }
  const shifts = new Map<string, number>();
  const count = (derived: Derived | undefined, by: number) => {
    if (!derived) return;
    const { status, lane, early_access } = derived.keys;
    for (const tool of ['', ...derived.tools]) {
      const key = JSON.stringify([tool, status, lane, !!early_access]);
      shifts.set(key, (shifts.get(key) ?? 0) + by);
    }
  };
  count(before, -1);
  count(after, 1);
  for (const [key, by] of [...shifts].sort(([a], [b]) => a.localeCompare(b))) {
    if (by === 0) continue;
    const [tool_ref, status, lane, early_access] = JSON.parse(key);
    await tx(LANE_COUNTS)
      .insert({ tool_ref, status, lane, early_access, count: by })
      .onConflict(['tool_ref', 'status', 'lane', 'early_access'])
      .merge({ count: tx.raw('??.count + ?', [LANE_COUNTS, by]) });
  }
  await countEnded(tx, before, after);
}

/** Moves an item between the maintained shipped/killed counts per quarter, if it changed. */
async function countEnded(
  tx: Knex.Transaction,
  before: Derived | undefined,
  after: Derived | undefined,
) {
  const ended = (derived?: Derived) =>
    derived?.endedIn
      ? JSON.stringify([derived.endedIn, derived.keys.status])
      : undefined;
  const [from, to] = [ended(before), ended(after)];
  if (from === to) return;
  const changes = [
    ...(from ? [{ key: from, by: -1 }] : []),
    ...(to ? [{ key: to, by: 1 }] : []),
  ].sort((a, b) => a.key.localeCompare(b.key));
  for (const { key, by } of changes) {
    const [quarter, status] = JSON.parse(key);
    await tx(QUARTER_COUNTS)
      .insert({ quarter, status, count: by })
      .onConflict(['quarter', 'status'])
      .merge({ count: tx.raw('??.count + ?', [QUARTER_COUNTS, by]) });
  }
}

/** Recounts the shipped/killed counts per quarter from the items; returns how many had drifted. */
export async function repairQuarterCounts(db: Knex): Promise<number> {
  return repairAggregate(db, {
    table: QUARTER_COUNTS,
    keys: ['quarter', 'status'],
    values: ['count'],
    recount: async tx =>
      (
        await Promise.all(
          Object.entries(ENDS).map(([status, column]) =>
            tx(ITEMS)
              .where({ status })
              .whereNotNull(column)
              .groupByRaw(quarterOf(tx, column))
              .select(
                tx.raw(`${quarterOf(tx, column)} as quarter`),
                tx.raw(`'${status}' as status`),
              )
              .count({ count: '*' }),
          ),
        )
      ).flat(),
  });
}

/** A list's total from the maintained counts (a filter by status, lane, tool and early access only). */
export async function laneTotal(
  db: Knex,
  filter: Pick<
    RoadmapFilter,
    'status' | 'lane' | 'toolRef' | 'includeEarlyAccess'
  >,
): Promise<number> {
  const query = db(LANE_COUNTS)
    .where({ tool_ref: filter.toolRef ?? '', status: filter.status })
    .sum({ count: 'count' });
  if (filter.lane) query.where('lane', filter.lane);
  if (!filter.includeEarlyAccess) query.where('early_access', false);
  const [{ count }] = await query;
  return Number(count ?? 0);
}

/** Recounts the maintained counts from the items and their tools; returns how many had drifted. */
export async function repairLaneCounts(db: Knex): Promise<number> {
  const columns = ['status', 'lane', 'early_access'].map(c => `${ITEMS}.${c}`);
  return repairAggregate(db, {
    table: LANE_COUNTS,
    keys: ['tool_ref', 'status', 'lane', 'early_access'],
    values: ['count'],
    recount: async tx => [
      ...(await tx(ITEMS)
        .groupBy(columns)
        .select(tx.raw("'' as tool_ref"), ...columns)
        .count({ count: '*' })),
      ...(await tx(TOOLS)
        .join(ITEMS, `${ITEMS}.id`, `${TOOLS}.item_id`)
        .groupBy('tool_ref', ...columns)
        .select('tool_ref', ...columns)
        .count({ count: '*' })),
    ],
  });
}
