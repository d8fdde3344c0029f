import {
  ChangelogRevision,
  Page,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import type { ChangelogFilter, StoredChangelogEntry } from './ChangelogStore';
import { ENTRIES, REVISIONS, ROADMAP, TOOLS } from './changelogTables';
import { forKeyShare } from './dialect';
import { cappedCount, KeysetOrder, KeysetPage, keysetPage } from './keyset';
import { whereTitleHasWords } from './titleSearch';

/*
 * ChangelogStore's reads of entries (the store documents each): the lists of readers (published
 * entries, those still in early access only for the people who may see them), of maintainers
 * (drafts and scheduled ones), of the digest and of the search collator; an entry's revisions;
 * and the checks of other areas' links to entries.
 */

/** Drafts and scheduled entries: last updated first. */
const UNPUBLISHED_ORDER: KeysetOrder = {
  columns: ['updated_at', 'id'],
  direction: 'desc',
  dateColumns: ['updated_at'],
};
/** An entry's revisions: newest first. */
const REVISION_ORDER: KeysetOrder = { columns: ['id'], direction: 'desc' };

export async function getEntry(
  db: Knex,
  id: number,
): Promise<StoredChangelogEntry | undefined> {
  const row = await db(ENTRIES).where({ id }).whereNull('deleted_at').first();
  return row && (await withLinks(db, [row]))[0];
}

export async function linkingRoadmapItem(
  db: Knex | Knex.Transaction,
  roadmapItemId: number,
  limit: number,
): Promise<number[]> {
  const rows = await db(ROADMAP)
    .join(ENTRIES, `${ENTRIES}.id`, `${ROADMAP}.entry_id`)
    .where(`${ROADMAP}.roadmap_item_id`, roadmapItemId)
    .whereNull(`${ENTRIES}.deleted_at`)
    .orderBy(`${ROADMAP}.entry_id`)
    .limit(limit)
    .select(`${ROADMAP}.entry_id`);
  return rows.map(row => Number(row.entry_id));
}

export async function duePublications(db: Knex, now: Date): Promise<number[]> {
  return (
    await db(ENTRIES)
      .where('status', 'scheduled')
      .andWhere('publish_at', '<=', now)
      .whereNull('deleted_at')
      .orderBy('publish_at')
      .select('id')
  ).map(row => Number(row.id));
}

export async function titles(
  db: Knex,
  ids: number[],
  reader: { includeEarlyAccess: boolean; now: Date },
): Promise<Map<number, string>> {
  const rows: { id: unknown; title: string }[] = await wherePublished(
    db(ENTRIES).whereIn('id', ids),
    reader.includeEarlyAccess,
    reader.now,
  ).select('id', 'title');
  return new Map(rows.map(row => [Number(row.id), row.title]));
}

export async function existing(
  db: Knex,
  ids: number[],
  tx?: Knex.Transaction,
): Promise<Set<number>> {
  const query = (tx ?? db)(ENTRIES).whereIn('id', ids).whereNull('deleted_at');
  const rows: { id: unknown }[] = await (tx
    ? forKeyShare(tx, query)
    : query
  ).select('id');
  return new Set(rows.map(r => Number(r.id)));
}

export async function listPublished(
  db: Knex,
  filter: ChangelogFilter,
  now: Date,
): Promise<{ items: StoredChangelogEntry[]; totalCount: number }> {
  const where = (query: Knex.QueryBuilder) => {
    wherePublished(query, filter.includeEarlyAccess, now);
    if (filter.category) query.where('category', filter.category);
    if (filter.search) {
      const pattern = `%${escapeLike(
        filter.search.toLocaleLowerCase('en-US'),
      )}%`;
      query.where(q =>
        q
          .whereRaw(`lower(title) like ? escape '\\'`, [pattern])
          .orWhereRaw(`lower(body) like ? escape '\\'`, [pattern]),
      );
    }
    if (filter.toolRefs) {
      query.whereExists(
        db(TOOLS)
          .whereRaw('??.entry_id = ??.id', [TOOLS, ENTRIES])
          .whereIn('tool_ref', filter.toolRefs),
      );
    }
    return query;
  };
  const [rows, [{ count }]] = await Promise.all([
    where(db(ENTRIES).select('*'))
      .orderBy([
        { column: 'published_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(filter.limit)
      .offset(filter.offset),
    where(db(ENTRIES).count({ count: '*' })),
  ]);
  return { items: await withLinks(db, rows), totalCount: Number(count) };
}

export async function publishedBetween(
  db: Knex,
  from: Date,
  to: Date,
  limit: number,
): Promise<StoredChangelogEntry[]> {
  const rows = await wherePublished(db(ENTRIES), false, to)
    .where('published_at', '>=', from)
    .where('published_at', '<', to)
    .orderBy([
      { column: 'published_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(limit);
  return withLinks(db, rows);
}

export async function pagePublic(
  db: Knex,
  page: { limit: number; cursor?: string },
  now: Date,
): Promise<{ items: StoredChangelogEntry[]; nextCursor?: string }> {
  const { rows, nextCursor } = await keysetPage(
    wherePublished(db(ENTRIES).select('*'), false, now),
    { columns: ['id'], direction: 'asc' },
    { ...page, offset: 0 },
  );
  return { items: await withLinks(db, rows), nextCursor };
}

export async function listUnpublished(
  db: Knex,
  page: KeysetPage & { q?: string },
): Promise<Page<StoredChangelogEntry>> {
  const unpublished = () =>
    whereTitleHasWords(
      db(ENTRIES)
        .whereIn('status', ['draft', 'scheduled'])
        .whereNull('deleted_at'),
      'title',
      page.q,
    );
  const [{ rows, nextCursor }, total] = await Promise.all([
    keysetPage(unpublished(), UNPUBLISHED_ORDER, page),
    cappedCount(db, unpublished().select('id')),
  ]);
  return { items: await withLinks(db, rows), ...total, nextCursor };
}

export async function revisions(
  db: Knex,
  entryId: number,
  page: KeysetPage,
): Promise<Page<ChangelogRevision>> {
  const ofEntry = () => db(REVISIONS).where({ entry_id: entryId });
  const [{ rows, nextCursor }, total] = await Promise.all([
    keysetPage<any>(ofEntry(), REVISION_ORDER, page),
    cappedCount(db, ofEntry().select('id')),
  ]);
  return {
    items: rows.map(row => ({
      id: Number(row.id),
      action: row.action,
      actorRef: row.actor_ref,
      title: JSON.parse(row.snapshot).title,
      createdAt: new Date(row.created_at).toISOString(),
    })),
    ...total,
    nextCursor,
  };
}

export async function countPublishedSince(
  db: Knex,
  since: Date,
  includeEarlyAccess: boolean,
  now: Date,
): Promise<number> {
  const query = db(ENTRIES).where('published_at', '>', since);
  wherePublished(query, includeEarlyAccess, now);
  const [{ count }] = await query.count({ count: '*' });
  return Number(count);
}

/** Narrows `query` to the entries a reader may see: published, not deleted, early access aside. */
function wherePublished(
  query: Knex.QueryBuilder,
  includeEarlyAccess: boolean,
  now: Date,
) {
  query.where('status', 'published').whereNull('deleted_at');
  if (!includeEarlyAccess) {
    query.where(q =>
      q.where('early_access', false).orWhere('early_access_until', '<=', now),
    );
  }
  return query;
}

/** Adds each entry's tools and roadmap items, in two queries for the whole page. */
async function withLinks(
  db: Knex,
  rows: any[],
): Promise<StoredChangelogEntry[]> {
  const ids = rows.map(row => Number(row.id));
  const [tools, items] = await Promise.all([
    db(TOOLS).whereIn('entry_id', ids).orderBy('tool_ref'),
    db(ROADMAP).whereIn('entry_id', ids).orderBy('roadmap_item_id'),
  ]);
  return rows.map(row => {
    const id = Number(row.id);
    return toEntry(
      row,
      tools.filter(t => Number(t.entry_id) === id).map(t => t.tool_ref),
      items
        .filter(i => Number(i.entry_id) === id)
        .map(i => Number(i.roadmap_item_id)),
    );
  });
}

/** `text` as a literal in a LIKE pattern (escape character `\`). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, c => `\\${c}`);
}

const iso = (value: unknown) =>
  value ? new Date(value as string).toISOString() : undefined;

function toEntry(
  row: any,
  toolRefs: string[],
  roadmapItemIds: number[],
): StoredChangelogEntry {
  return {
    id: Number(row.id),
    title: row.title,
    body: row.body,
    category: row.category,
    before: row.before_example ?? undefined,
    after: row.after_example ?? undefined,
    toolRefs,
    roadmapItemIds,
    status: row.status,
    publishAt: iso(row.publish_at),
    publishedAt: iso(row.published_at),
    earlyAccess: Boolean(row.early_access),
    earlyAccessUntil: iso(row.early_access_until),
    authorRef: row.author_ref,
    helpfulCount: Number(row.helpful_count),
    version: Number(row.version),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
