import {
  RoadmapHistoryEntry,
  RoadmapLane,
  roadmapLanes,
  Page,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { forKeyShare } from './dialect';
import { cappedCount } from './keyset';
import { laneTotal } from './roadmapDerived';
import type { RoadmapFilter, StoredRoadmapItem } from './RoadmapStore';
import { HISTORY, ITEMS, TEAMS, TOOLS } from './roadmapTables';
import { whereTitleHasWords } from './titleSearch';

/*
 * RoadmapStore's reads of items (the store documents each): an item with its links and its
 * history, the lists and the board (filtered, sorted and counted in SQL, through the link copies
 * and lane counts of roadmapDerived.ts), and the checks of other areas' links to items.
 */

const SORTS: Record<
  RoadmapFilter['sort'],
  { column: string; order: 'desc' }[]
> = {
  rice: [
    { column: 'rice_score', order: 'desc' },
    { column: 'id', order: 'desc' },
  ],
  votes: [
    { column: 'vote_count', order: 'desc' },
    { column: 'id', order: 'desc' },
  ],
  newest: [{ column: 'id', order: 'desc' }],
  updated: [
    { column: 'updated_at', order: 'desc' },
    { column: 'id', order: 'desc' },
  ],
};

export async function getItem(
  db: Knex,
  id: number,
): Promise<StoredRoadmapItem | undefined> {
  const row = await db(ITEMS).where({ id }).first();
  return row && (await withLinks(db, [row]))[0];
}

export async function listItems(
  db: Knex,
  filter: RoadmapFilter,
): Promise<Page<StoredRoadmapItem>> {
  const { query, table, id } = matching(db, filter);
  const page = query
    .clone()
    .orderBy(
      SORTS[filter.sort].map(({ column, order }) => ({
        column: `${table}.${column === 'id' ? id : column}`,
        order,
      })),
    )
    .limit(filter.limit)
    .offset(filter.offset);
  const [rows, total] = await Promise.all([
    table === ITEMS
      ? page.select('*')
      : page
          .join(ITEMS, `${ITEMS}.id`, `${table}.item_id`)
          .select(`${ITEMS}.*`),
    filter.requestingTeamRef || filter.ownerRef || filter.q
      ? cappedCount(db, query.clone().select(`${table}.${id}`))
      : laneTotal(db, filter).then(totalCount => ({ totalCount })),
  ]);
  return { items: await withLinks(db, rows), ...total };
}

/**
 * The rows of the items a list shows, unsorted: the items, or, filtered by a tool (or a
 * requesting team), that link's rows, which carry a copy of what lists filter and sort by
 * (see `maintain`). `table` and `id` name the table and its item id column.
 */
function matching(db: Knex, filter: RoadmapFilter) {
  const link = filter.toolRef
    ? { table: TOOLS, column: 'tool_ref', ref: filter.toolRef }
    : filter.requestingTeamRef && {
        table: TEAMS,
        column: 'team_ref',
        ref: filter.requestingTeamRef,
      };
  const table = link ? link.table : ITEMS;
  const id = link ? 'item_id' : 'id';
  const query = db(table).where(`${table}.status`, filter.status);
  if (link) query.where(`${table}.${link.column}`, link.ref);
  if (!filter.includeEarlyAccess) {
    query.where(`${table}.early_access`, false);
  }
  if (filter.lane) query.where(`${table}.lane`, filter.lane);
  if (filter.ownerRef) query.where(`${table}.owner_ref`, filter.ownerRef);
  if (filter.q) {
    query.whereIn(
      `${table}.${id}`,
      whereTitleHasWords(db(ITEMS).select('id'), 'title', filter.q),
    );
  }
  if (filter.toolRef && filter.requestingTeamRef) {
    query.whereExists(
      db(TEAMS)
        .whereRaw('??.item_id = ??.item_id', [TEAMS, table])
        .andWhere('team_ref', filter.requestingTeamRef),
    );
  }
  return { query, table, id };
}

export async function board(
  db: Knex,
  perLane: number,
  includeEarlyAccess: boolean,
): Promise<Map<RoadmapLane, Page<StoredRoadmapItem>>> {
  const active = () => {
    const query = db(ITEMS).where('status', 'active');
    return includeEarlyAccess ? query : query.where('early_access', false);
  };
  const [perLaneRows, totals] = await Promise.all([
    Promise.all(
      roadmapLanes.map(lane =>
        active().where({ lane }).orderBy(SORTS.rice).limit(perLane),
      ),
    ),
    Promise.all(
      roadmapLanes.map(lane =>
        laneTotal(db, { status: 'active', lane, includeEarlyAccess }),
      ),
    ),
  ]);
  const items = await withLinks(db, perLaneRows.flat());
  const lanes = new Map<RoadmapLane, Page<StoredRoadmapItem>>();
  roadmapLanes.forEach((lane, i) => {
    if (totals[i] > 0) {
      lanes.set(lane, {
        items: items.filter(item => item.lane === lane),
        totalCount: totals[i],
      });
    }
  });
  return lanes;
}

export async function earlyAccessAmong(
  db: Knex,
  ids: number[],
): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await db(ITEMS)
    .whereIn('id', ids)
    .where('early_access', true)
    .pluck('id');
  return new Set(rows.map(Number));
}

export async function titles(
  db: Knex,
  ids: number[],
  reader: { includeEarlyAccess: boolean },
): Promise<Map<number, string>> {
  const query = db(ITEMS).whereIn('id', ids);
  if (!reader.includeEarlyAccess) query.where('early_access', false);
  const rows = await query.select('id', 'title');
  return new Map(rows.map(row => [Number(row.id), row.title]));
}

export async function existing(
  db: Knex,
  ids: number[],
  tx?: Knex.Transaction,
): Promise<Set<number>> {
  const query = (tx ?? db)(ITEMS).whereIn('id', ids);
  const rows: { id: unknown }[] = await (tx
    ? forKeyShare(tx, query)
    : query
  ).select('id');
  return new Set(rows.map(r => Number(r.id)));
}

export async function shippedWith(
  db: Knex | Knex.Transaction,
  ids: number[],
  entryId: number,
): Promise<number[]> {
  const rows = await db(ITEMS)
    .whereIn('id', ids)
    .select('id', 'changelog_entry_ids');
  return rows
    .filter(row =>
      (JSON.parse(row.changelog_entry_ids) as number[]).includes(entryId),
    )
    .map(row => Number(row.id))
    .sort((a, b) => a - b);
}

export async function history(
  db: Knex,
  itemId: number,
): Promise<RoadmapHistoryEntry[]> {
  const rows = await db(HISTORY).where({ item_id: itemId }).orderBy('id');
  return rows.map(row => ({
    id: Number(row.id),
    kind: row.kind,
    fromLane: row.from_lane ?? undefined,
    toLane: row.to_lane ?? undefined,
    actorRef: row.actor_ref,
    note: row.note ?? undefined,
    createdAt: new Date(row.created_at).toISOString(),
  }));
}

/** Adds each item's tools and requesting teams, in two queries for the whole page. */
export async function withLinks(
  db: Knex,
  rows: any[],
): Promise<StoredRoadmapItem[]> {
  const ids = rows.map(row => Number(row.id));
  // Only the primary keys' columns: each read is an index-only scan, no row visited.
  const [tools, teams] = await Promise.all([
    db(TOOLS)
      .whereIn('item_id', ids)
      .orderBy('tool_ref')
      .select('item_id', 'tool_ref'),
    db(TEAMS)
      .whereIn('item_id', ids)
      .orderBy('team_ref')
      .select('item_id', 'team_ref'),
  ]);
  const of = (links: any[], id: number, column: string) =>
    links.filter(l => Number(l.item_id) === id).map(l => l[column]);
  return rows.map(row => {
    const id = Number(row.id);
    return toItem(row, of(tools, id, 'tool_ref'), of(teams, id, 'team_ref'));
  });
}

function optionalDate(value: unknown): string | undefined {
  return value ? new Date(value as string).toISOString() : undefined;
}

function toItem(
  row: any,
  toolRefs: string[],
  requestingTeamRefs: string[],
): StoredRoadmapItem {
  return {
    id: Number(row.id),
    title: row.title,
    description: row.description,
    lane: row.lane,
    status: row.status,
    ownerRef: row.owner_ref,
    toolRefs,
    requestingTeamRefs,
    reach: Number(row.reach),
    reachSource: row.reach_source,
    impact: Number(row.impact),
    confidence: Number(row.confidence),
    effort: Number(row.effort),
    riceScore: Number(row.rice_score),
    earlyAccess: Boolean(row.early_access),
    impactId: row.impact_id === null ? undefined : Number(row.impact_id),
    voteCount: Number(row.vote_count),
    voterTeamCount: Number(row.voter_team_count),
    changelogEntryIds: JSON.parse(row.changelog_entry_ids),
    killReason: row.kill_reason ?? undefined,
    shippedAt: optionalDate(row.shipped_at),
    killedAt: optionalDate(row.killed_at),
    version: Number(row.version),
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
