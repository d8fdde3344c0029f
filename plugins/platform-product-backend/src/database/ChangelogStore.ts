import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  ChangelogCategory,
  ChangelogRevision,
  Page,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { Delivery, DELIVERIES, queueDeliveries } from './ChangelogOutboxStore';
import { forKeyShare, forUpdate, insertedId } from './dialect';
import { cappedCount, KeysetOrder, KeysetPage, keysetPage } from './keyset';
import { whereTitleHasWords } from './titleSearch';

const ENTRIES = 'platform_product_changelog_entries';
const TOOLS = 'platform_product_changelog_tools';
const ROADMAP = 'platform_product_changelog_roadmap';
const REVISIONS = 'platform_product_changelog_revisions';
const REACTIONS = 'platform_product_changelog_reactions';
const SEEN = 'platform_product_changelog_seen';
/** 1 when the person's "last seen" marker is after the entry's publication. */
const READ = 'case when s.seen_at >= e.published_at then 1 else 0 end';
/** Drafts and scheduled entries: last updated first. */
const UNPUBLISHED_ORDER: KeysetOrder = {
  columns: ['updated_at', 'id'],
  direction: 'desc',
  dateColumns: ['updated_at'],
};
/** An entry's revisions: newest first. */
const REVISION_ORDER: KeysetOrder = { columns: ['id'], direction: 'desc' };

/** What a maintainer writes. */
export interface ChangelogFields {
  title: string;
  body: string;
  category: ChangelogCategory;
  before?: string;
  after?: string;
  toolRefs: string[];
  roadmapItemIds: number[];
  publishAt?: Date;
  earlyAccess: boolean;
  earlyAccessUntil?: Date;
}

export interface StoredChangelogEntry
  extends Omit<ChangelogFields, 'publishAt' | 'earlyAccessUntil'> {
  id: number;
  status: 'draft' | 'scheduled' | 'published';
  publishAt?: string;
  publishedAt?: string;
  earlyAccessUntil?: string;
  authorRef: string;
  helpfulCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ChangelogFilter {
  toolRefs?: string[];
  category?: ChangelogCategory;
  /** Whether to include entries still in their early-access window. */
  includeEarlyAccess: boolean;
  /** Only entries whose title or body contains this text, case-insensitively. */
  search?: string;
  limit: number;
  offset: number;
}

/** What publishing an entry does besides changing its status. */
export interface Publication {
  /** The people to notify, each once. */
  audience: string[];
  /**
   * More work of the same unit, run in the publish transaction (shipping roadmap items and the
   * feedback planned against them); returns the people to tell that their feedback shipped.
   */
  alongside?: (
    tx: Knex.Transaction,
    entryId: number,
  ) => Promise<Omit<Delivery, 'entryId'>[] | void>;
}

/**
 * Changelog entries with their links, revisions, "helpful" reactions and per-person "last seen"
 * markers. The notification outbox is `ChangelogOutboxStore`; publishing fills it.
 */
export class ChangelogStore {
  constructor(private readonly db: Knex) {}

  /**
   * Creates an entry, in `tx` when given (e.g. the transaction that records an idempotency key);
   * with a `publication`, also publishes it in the same transaction.
   */
  async create(
    fields: ChangelogFields,
    status: 'draft' | 'scheduled',
    actorRef: string,
    now: Date,
    tx: Knex | Knex.Transaction = this.db,
    publication?: Publication,
  ): Promise<number> {
    return tx.transaction(async trx => {
      const rows = await trx(ENTRIES)
        .insert({
          ...entryRow(fields),
          status,
          author_ref: actorRef,
          helpful_count: 0,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .returning('id');
      const id = insertedId(rows);
      await writeLinks(trx, id, fields);
      await revise(trx, id, 'created', actorRef, now);
      if (publication) {
        await this.publish(
          id,
          publication.audience,
          actorRef,
          now,
          publication.alongside,
          trx,
        );
      }
      return id;
    });
  }

  async update(
    id: number,
    version: number,
    fields: ChangelogFields,
    status: 'draft' | 'scheduled' | undefined,
    actorRef: string,
    now: Date,
  ): Promise<void> {
    await this.db.transaction(async tx => {
      const updated = await tx(ENTRIES)
        .where({ id, version })
        .whereNull('deleted_at')
        .update({
          ...entryRow(fields),
          ...(status && { status }),
          version: version + 1,
          updated_at: now,
        });
      if (!updated) {
        await mustExist(tx, id);
        throw new ConflictError(
          `Changelog entry ${id} was changed by someone else; reload it`,
        );
      }
      await tx(TOOLS).where({ entry_id: id }).delete();
      await tx(ROADMAP).where({ entry_id: id }).delete();
      await writeLinks(tx, id, fields);
      await revise(tx, id, 'updated', actorRef, now);
    });
  }

  /**
   * Deletes an entry (a 404 when there is none) under its row lock, after `refuse` checked in
   * the same transaction that nothing links to it, given the roadmap items the entry lists (it
   * throws to keep the entry).
   */
  async delete(
    id: number,
    actorRef: string,
    now: Date,
    refuse: (tx: Knex.Transaction, roadmapItemIds: number[]) => Promise<void>,
  ): Promise<void> {
    await this.db.transaction(async tx => {
      const live = tx(ENTRIES).where({ id }).whereNull('deleted_at');
      if (!(await forUpdate(tx, live).first('id'))) {
        throw new NotFoundError(`No changelog entry with id ${id}`);
      }
      const items = await tx(ROADMAP)
        .where({ entry_id: id })
        .pluck('roadmap_item_id');
      await refuse(tx, items.map(Number));
      await tx(ENTRIES).where({ id }).update({ deleted_at: now });
      await revise(tx, id, 'deleted', actorRef, now);
    });
  }

  /**
   * Publishes a draft or scheduled entry, queues one notification per person of `audience` and
   * runs `alongside` (shipping the linked roadmap items), in one transaction: all of it happens,
   * or none. Returns false, and runs nothing, when the entry was published already (e.g. by
   * another replica: on PostgreSQL the second publisher waits for the first one's row lock).
   */
  async publish(
    id: number,
    audience: string[],
    actorRef: string,
    now: Date,
    alongside?: Publication['alongside'],
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<boolean> {
    return tx.transaction(async trx => {
      const published = await trx(ENTRIES)
        .where({ id })
        .whereIn('status', ['draft', 'scheduled'])
        .whereNull('deleted_at')
        .update({ status: 'published', published_at: now, updated_at: now });
      if (!published) {
        return false;
      }
      await queueDeliveries(
        trx,
        audience.map(userRef => ({ entryId: id, userRef })),
      );
      await revise(trx, id, 'published', actorRef, now);
      const feedback = (await alongside?.(trx, id)) ?? [];
      // Told about their feedback instead of the entry: still one notification per person.
      await queueDeliveries(
        trx,
        feedback.map(delivery => ({ ...delivery, entryId: id })),
        true,
      );
      return true;
    });
  }

  /** Up to `limit` entries (not deleted) linked to the roadmap item, by id. */
  async linkingRoadmapItem(
    roadmapItemId: number,
    limit: number,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number[]> {
    const rows = await tx(ROADMAP)
      .join(ENTRIES, `${ENTRIES}.id`, `${ROADMAP}.entry_id`)
      .where(`${ROADMAP}.roadmap_item_id`, roadmapItemId)
      .whereNull(`${ENTRIES}.deleted_at`)
      .orderBy(`${ROADMAP}.entry_id`)
      .limit(limit)
      .select(`${ROADMAP}.entry_id`);
    return rows.map(row => Number(row.entry_id));
  }

  /** Scheduled entries whose time has come. */
  async duePublications(now: Date): Promise<number[]> {
    return (
      await this.db(ENTRIES)
        .where('status', 'scheduled')
        .andWhere('publish_at', '<=', now)
        .whereNull('deleted_at')
        .orderBy('publish_at')
        .select('id')
    ).map(row => Number(row.id));
  }

  /**
   * The titles of the entries among `ids` that a reader may see, in one read: published ones,
   * and of those still in their early-access window only with `includeEarlyAccess` (the rule of
   * every list and of the entry's page for readers).
   */
  async titles(
    ids: number[],
    reader: { includeEarlyAccess: boolean; now: Date },
  ): Promise<Map<number, string>> {
    const rows: { id: unknown; title: string }[] = await this.published(
      this.db(ENTRIES).whereIn('id', ids),
      reader.includeEarlyAccess,
      reader.now,
    ).select('id', 'title');
    return new Map(rows.map(row => [Number(row.id), row.title]));
  }

  /**
   * Of `ids`, the entries that exist (not deleted), published or not; in `tx` (a write linking
   * to them), kept from being deleted until it ends (see `delete`).
   */
  async existing(ids: number[], tx?: Knex.Transaction): Promise<Set<number>> {
    const query = (tx ?? this.db)(ENTRIES)
      .whereIn('id', ids)
      .whereNull('deleted_at');
    const rows: { id: unknown }[] = await (tx
      ? forKeyShare(tx, query)
      : query
    ).select('id');
    return new Set(rows.map(r => Number(r.id)));
  }

  /**
   * Links the entries to a roadmap item shipped with them, in `tx` (the ship transaction), so
   * that each entry lists the item as the item lists the entry. Unknown entries are a 400 naming
   * `changelogEntryIds`, and the transaction writes nothing. Returns the entries, published ones
   * first.
   */
  async linkShippedItem(
    tx: Knex.Transaction,
    entryIds: number[],
    roadmapItemId: number,
  ): Promise<number[]> {
    const ids = [...new Set(entryIds)];
    // Kept from being deleted until the shipment commits (see `delete`).
    const rows: { id: unknown; status: string }[] = await forKeyShare(
      tx,
      tx(ENTRIES).whereIn('id', ids).whereNull('deleted_at'),
    ).select('id', 'status');
    const published = new Map(
      rows.map(row => [Number(row.id), row.status === 'published']),
    );
    const found = new Set(published.keys());
    const missing = ids.filter(id => !found.has(id));
    if (missing.length) {
      throw new InputError(
        `Invalid body: changelogEntryIds: no changelog entry ${missing.join(
          ', ',
        )}`,
      );
    }
    if (ids.length) {
      await tx(ROADMAP)
        .insert(
          ids.map(entry_id => ({ entry_id, roadmap_item_id: roadmapItemId })),
        )
        .onConflict(['entry_id', 'roadmap_item_id'])
        .ignore();
    }
    return ids.sort(
      (a, b) => Number(published.get(b)) - Number(published.get(a)),
    );
  }

  async get(id: number): Promise<StoredChangelogEntry | undefined> {
    const row = await this.db(ENTRIES)
      .where({ id })
      .whereNull('deleted_at')
      .first();
    return row && (await this.withLinks([row]))[0];
  }

  /** Published entries, newest first, visible to the reader. */
  async listPublished(
    filter: ChangelogFilter,
    now: Date,
  ): Promise<{ items: StoredChangelogEntry[]; totalCount: number }> {
    const where = (query: Knex.QueryBuilder) => {
      this.published(query, filter.includeEarlyAccess, now);
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
          this.db(TOOLS)
            .whereRaw('??.entry_id = ??.id', [TOOLS, ENTRIES])
            .whereIn('tool_ref', filter.toolRefs),
        );
      }
      return query;
    };
    const [rows, [{ count }]] = await Promise.all([
      where(this.db(ENTRIES).select('*'))
        .orderBy([
          { column: 'published_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(filter.limit)
        .offset(filter.offset),
      where(this.db(ENTRIES).count({ count: '*' })),
    ]);
    return { items: await this.withLinks(rows), totalCount: Number(count) };
  }

  /**
   * Entries published in [from, to) that nobody needed early access for at `to`, newest first,
   * at most `limit`: what the weekly digest can tell.
   */
  async publishedBetween(
    from: Date,
    to: Date,
    limit: number,
  ): Promise<StoredChangelogEntry[]> {
    const rows = await this.published(this.db(ENTRIES), false, to)
      .where('published_at', '>=', from)
      .where('published_at', '<', to)
      .orderBy([
        { column: 'published_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return this.withLinks(rows);
  }

  /**
   * Published entries nobody needs early access for, in id order, `limit` after the cursor's
   * row: the search collator reads them all, a page at a time.
   */
  async pagePublic(
    page: { limit: number; cursor?: string },
    now: Date,
  ): Promise<{ items: StoredChangelogEntry[]; nextCursor?: string }> {
    const { rows, nextCursor } = await keysetPage(
      this.published(this.db(ENTRIES).select('*'), false, now),
      { columns: ['id'], direction: 'asc' },
      { ...page, offset: 0 },
    );
    return { items: await this.withLinks(rows), nextCursor };
  }

  /**
   * Drafts and scheduled entries, for maintainers, a page at a time (after `cursor`);
   * optionally only those whose title has the words of `q`.
   */
  async listUnpublished(
    page: KeysetPage & { q?: string },
  ): Promise<Page<StoredChangelogEntry>> {
    const unpublished = () =>
      whereTitleHasWords(
        this.db(ENTRIES)
          .whereIn('status', ['draft', 'scheduled'])
          .whereNull('deleted_at'),
        'title',
        page.q,
      );
    const [{ rows, nextCursor }, total] = await Promise.all([
      keysetPage(unpublished(), UNPUBLISHED_ORDER, page),
      cappedCount(this.db, unpublished().select('id')),
    ]);
    return { items: await this.withLinks(rows), ...total, nextCursor };
  }

  /** The entry's revisions, newest first, a page at a time (after `cursor`). */
  async revisions(
    entryId: number,
    page: KeysetPage,
  ): Promise<Page<ChangelogRevision>> {
    const ofEntry = () => this.db(REVISIONS).where({ entry_id: entryId });
    const [{ rows, nextCursor }, total] = await Promise.all([
      keysetPage<any>(ofEntry(), REVISION_ORDER, page),
      cappedCount(this.db, ofEntry().select('id')),
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

  /** Marks the entry helpful for the person; twice changes nothing. */
  async react(id: number, userRef: string, helpful: boolean, now: Date) {
    await this.db.transaction(async tx => {
      const query = tx(ENTRIES)
        .where({ id, status: 'published' })
        .whereNull('deleted_at');
      if (!(await forUpdate(tx, query).first('id'))) {
        throw new NotFoundError(`No published changelog entry with id ${id}`);
      }
      if (helpful) {
        await tx(REACTIONS)
          .insert({ entry_id: id, user_ref: userRef, created_at: now })
          .onConflict(['entry_id', 'user_ref'])
          .ignore();
      } else {
        await tx(REACTIONS).where({ entry_id: id, user_ref: userRef }).delete();
      }
      await tx(ENTRIES)
        .where({ id })
        .update({
          helpful_count: tx(REACTIONS).where({ entry_id: id }).count('*'),
        });
    });
  }

  /**
   * The audience of a published entry (its notification outbox: one row per person) and, for
   * each person, whether they opened the changelog since it was published (their "last seen"
   * marker is later). No row is written to know it.
   */
  async readers(
    entryId: number,
  ): Promise<{ userRef: string; read: boolean }[]> {
    const rows = await this.db(`${DELIVERIES} as d`)
      .join(`${ENTRIES} as e`, 'e.id', 'd.entry_id')
      .leftJoin(`${SEEN} as s`, 's.user_ref', 'd.user_ref')
      .where('d.entry_id', entryId)
      .whereNotNull('e.published_at')
      .select('d.user_ref', this.db.raw(`${READ} as is_read`));
    return rows.map(r => ({
      userRef: r.user_ref,
      read: Number(r.is_read) === 1,
    }));
  }

  /** Per entry published since `since`: its audience and how many of them have read it. */
  async reachSince(
    since: Date,
  ): Promise<{ publishedAt: Date; audience: number; readers: number }[]> {
    const rows = await this.db(`${ENTRIES} as e`)
      .join(`${DELIVERIES} as d`, 'd.entry_id', 'e.id')
      .leftJoin(`${SEEN} as s`, 's.user_ref', 'd.user_ref')
      .where('e.status', 'published')
      .whereNull('e.deleted_at')
      .andWhere('e.published_at', '>=', since)
      .groupBy('e.id', 'e.published_at')
      .select(
        'e.published_at',
        this.db.raw('count(*) as audience'),
        this.db.raw(`sum(${READ}) as readers`),
      );
    return rows.map(r => ({
      publishedAt: new Date(r.published_at),
      audience: Number(r.audience),
      readers: Number(r.readers),
    }));
  }

  async helpfulFor(ids: number[], userRef: string): Promise<Set<number>> {
    const rows = await this.db(REACTIONS)
      .whereIn('entry_id', ids)
      .andWhere('user_ref', userRef)
      .select('entry_id');
    return new Set(rows.map(r => Number(r.entry_id)));
  }

  async seenAt(userRef: string): Promise<Date | undefined> {
    const row = await this.db(SEEN).where({ user_ref: userRef }).first();
    return row ? new Date(row.seen_at) : undefined;
  }

  async markSeen(userRef: string, now: Date): Promise<void> {
    await this.db(SEEN)
      .insert({ user_ref: userRef, seen_at: now })
      .onConflict('user_ref')
      .merge();
  }

  /** How many entries visible to the reader were published after `since`. */
  async countPublishedSince(
    since: Date,
    includeEarlyAccess: boolean,
    now: Date,
  ): Promise<number> {
    const query = this.db(ENTRIES).where('published_at', '>', since);
    this.published(query, includeEarlyAccess, now);
    const [{ count }] = await query.count({ count: '*' });
    return Number(count);
  }

  private published(
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
  private async withLinks(rows: any[]): Promise<StoredChangelogEntry[]> {
    const ids = rows.map(row => Number(row.id));
    const [tools, items] = await Promise.all([
      this.db(TOOLS).whereIn('entry_id', ids).orderBy('tool_ref'),
      this.db(ROADMAP).whereIn('entry_id', ids).orderBy('roadmap_item_id'),
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
}

/** `text` as a literal in a LIKE pattern (escape character `\`). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, c => `\\${c}`);
}

async function mustExist(tx: Knex.Transaction, id: number) {
  if (!(await tx(ENTRIES).where({ id }).whereNull('deleted_at').first('id'))) {
    throw new NotFoundError(`No changelog entry with id ${id}`);
  }
}

async function writeLinks(
  tx: Knex.Transaction,
  id: number,
  fields: ChangelogFields,
) {
  if (fields.toolRefs.length) {
    await tx(TOOLS).insert(
      [...new Set(fields.toolRefs)].map(tool_ref => ({
        entry_id: id,
        tool_ref,
      })),
    );
  }
  if (fields.roadmapItemIds.length) {
    await tx(ROADMAP).insert(
      [...new Set(fields.roadmapItemIds)].map(roadmap_item_id => ({
        entry_id: id,
        roadmap_item_id,
      })),
    );
  }
}

/** Appends a revision with a snapshot of the entry as it is now. */
async function revise(
  tx: Knex.Transaction,
  id: number,
  action: ChangelogRevision['action'],
  actorRef: string,
  now: Date,
) {
  const entry = await tx(ENTRIES).where({ id }).first();
  await tx(REVISIONS).insert({
    entry_id: id,
    action,
    actor_ref: actorRef,
    snapshot: JSON.stringify(entry),
    created_at: now,
  });
}

function entryRow(fields: ChangelogFields) {
  return {
    title: fields.title,
    body: fields.body,
    category: fields.category,
    before_example: fields.before ?? null,
    after_example: fields.after ?? null,
    publish_at: fields.publishAt ?? null,
    early_access: fields.earlyAccess,
    early_access_until: fields.earlyAccessUntil ?? null,
  };
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
