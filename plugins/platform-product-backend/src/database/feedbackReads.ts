import {
  feedbackStatuses,
  Page,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import type {
  FeedbackAsEvidence,
  FeedbackFilter,
  StoredFeedbackItem,
} from './FeedbackStore';
import { countMatching } from './feedbackCounts';
import { ITEMS, TAGS, toItem, VOTES } from './feedbackTables';
import { KeysetOrder, keysetPage } from './keyset';
import {
  searchWords,
  whereTitleHasWords,
  whereTitleSharesWords,
} from './titleSearch';

/*
 * FeedbackStore's reads of items (the store documents each): one item, titles, likely
 * duplicates, the inbox's pages, the items linked to another area's roadmap item or changelog
 * entry, and items as a roadmap item's evidence.
 */

const DAY = 24 * 60 * 60 * 1000;
/** How many links a refused delete names. */
const LINKS_SHOWN = 10;

/** The inbox's sorts, each served by an index that ends in `id` (see the migrations). */
const ORDERS: Record<FeedbackFilter['sort'], KeysetOrder> = {
  votes: { columns: ['vote_count', 'id'], direction: 'desc' },
  newest: { columns: ['id'], direction: 'desc' },
  oldest: { columns: ['id'], direction: 'asc' },
};

/** Where a duplicate's original may be: every status but merged. */
const SIMILAR_STATUSES = feedbackStatuses.filter(status => status !== 'merged');

export async function getItem(
  db: Knex,
  id: number,
): Promise<StoredFeedbackItem | undefined> {
  const row = await db(ITEMS).where({ id }).first();
  return row && (await withTags(db, [row]))[0];
}

/** Items as stored, each with its tags (one query for all of them). */
async function withTags(db: Knex, rows: any[]): Promise<StoredFeedbackItem[]> {
  const tags = rows.length
    ? await db(TAGS)
        .whereIn(
          'item_id',
          rows.map(row => row.id),
        )
        .orderBy(['item_id', 'tag'])
        .select('item_id', 'tag')
    : [];
  const byItem = new Map<number, string[]>();
  for (const { item_id: itemId, tag } of tags) {
    byItem.set(Number(itemId), [...(byItem.get(Number(itemId)) ?? []), tag]);
  }
  return rows.map(row => toItem(row, byItem.get(Number(row.id)) ?? []));
}

export async function titles(
  db: Knex,
  ids: number[],
): Promise<Map<number, string>> {
  const rows = ids.length
    ? await db(ITEMS).whereIn('id', ids).select('id', 'title')
    : [];
  return new Map(rows.map(row => [Number(row.id), row.title]));
}

export async function similar(
  db: Knex,
  query: {
    toolRef: string;
    title: string;
    excludeId?: number;
    limit: number;
  },
): Promise<StoredFeedbackItem[]> {
  const words = searchWords(query.title, 4);
  if (!words.length) {
    return [];
  }
  const matching = db(ITEMS)
    .where('tool_ref', query.toolRef)
    .whereIn('status', SIMILAR_STATUSES);
  if (query.excludeId) matching.whereNot('id', query.excludeId);
  const shared = whereTitleSharesWords(db, matching, 'title', words);
  const rows = await matching
    .select('*', db.raw('(?) as shared_words', [shared]))
    .orderBy([
      { column: 'shared_words', order: 'desc' },
      { column: 'vote_count', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(query.limit);
  return withTags(db, rows);
}

export async function list(
  db: Knex,
  filter: FeedbackFilter,
  now: Date,
): Promise<Page<StoredFeedbackItem>> {
  const where = (query: Knex.QueryBuilder) => {
    if (filter.toolRef) query.where('tool_ref', filter.toolRef);
    if (filter.status) query.whereIn('status', filter.status);
    else query.whereNot('status', 'merged');
    if (filter.minAgeDays !== undefined) {
      query.where(
        'created_at',
        '<=',
        new Date(now.getTime() - filter.minAgeDays * DAY),
      );
    }
    if (filter.maxAgeDays !== undefined) {
      query.where(
        'created_at',
        '>=',
        new Date(now.getTime() - filter.maxAgeDays * DAY),
      );
    }
    if (filter.authorRef) query.where('author_ref', filter.authorRef);
    if (filter.assigneeRef) query.where('assignee_ref', filter.assigneeRef);
    if (filter.unassigned) query.whereNull('assignee_ref');
    if (filter.tag) {
      query.whereIn('id', db(TAGS).where('tag', filter.tag).select('item_id'));
    }
    return whereTitleHasWords(query, 'title', filter.q);
  };
  const [page, total] = await Promise.all([
    keysetPage(where(db(ITEMS).select('*')), ORDERS[filter.sort], filter),
    countMatching(db, filter, () => where(db(ITEMS).select('id'))),
  ]);
  return {
    items: await withTags(db, page.rows),
    ...total,
    nextCursor: page.nextCursor,
  };
}

export async function linkedTo(
  db: Knex | Knex.Transaction,
  link: {
    roadmapItemId?: number;
    changelogEntryId?: number;
  },
): Promise<number[]> {
  const query = db(ITEMS).whereNot('status', 'merged');
  if (link.roadmapItemId) query.where('roadmap_item_id', link.roadmapItemId);
  if (link.changelogEntryId) {
    query.where('changelog_entry_id', link.changelogEntryId);
  }
  const rows = await query.orderBy('id').limit(LINKS_SHOWN).select('id');
  return rows.map(row => Number(row.id));
}

export async function asEvidence(
  db: Knex,
  ids: number[],
): Promise<Map<number, FeedbackAsEvidence>> {
  if (!ids.length) return new Map();
  const [items, votes] = await Promise.all([
    db(ITEMS)
      .whereIn('id', ids)
      .select('id', 'title', 'status', 'vote_count', 'tool_ref', 'author_ref'),
    db(VOTES).whereIn('item_id', ids).select('item_id', 'user_ref'),
  ]);
  const evidence = new Map<number, FeedbackAsEvidence>(
    items.map(row => [
      Number(row.id),
      {
        id: Number(row.id),
        title: row.title,
        status: row.status,
        voteCount: Number(row.vote_count),
        toolRef: row.tool_ref,
        authorRef: row.author_ref ?? undefined,
        voterRefs: [],
      },
    ]),
  );
  for (const vote of votes) {
    evidence.get(Number(vote.item_id))?.voterRefs.push(vote.user_ref);
  }
  return evidence;
}
