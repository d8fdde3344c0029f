import {
  ChangelogCategory,
  ChangelogRevision,
  Page,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { Delivery } from './ChangelogOutboxStore';
import * as reach from './changelogReach';
import * as reads from './changelogReads';
import * as writes from './changelogWrites';
import { KeysetPage } from './keyset';

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
 * markers. The notification outbox is `ChangelogOutboxStore`; publishing fills it. The SQL is
 * in changelogWrites.ts (an entry's writes, with its links and revisions), changelogReads.ts
 * (the lists and checks of entries) and changelogReach.ts (reactions, "last seen", reach).
 */
export class ChangelogStore {
  constructor(private readonly db: Knex) {}

  /**
   * Creates an entry, in `tx` when given (e.g. the transaction that records an idempotency key);
   * with a `publication`, also publishes it in the same transaction.
   */
  create(
    fields: ChangelogFields,
    status: 'draft' | 'scheduled',
    actorRef: string,
    now: Date,
    tx: Knex | Knex.Transaction = this.db,
    publication?: Publication,
  ): Promise<number> {
    return writes.createEntry(tx, fields, status, actorRef, now, publication);
  }

  update(
    id: number,
    version: number,
    fields: ChangelogFields,
    status: 'draft' | 'scheduled' | undefined,
    actorRef: string,
    now: Date,
  ): Promise<void> {
    return writes.updateEntry(
      this.db,
      id,
      version,
      fields,
      status,
      actorRef,
      now,
    );
  }

  /**
   * Deletes an entry (a 404 when there is none) under its row lock, after `refuse` checked in
   * the same transaction that nothing links to it, given the roadmap items the entry lists (it
   * throws to keep the entry).
   */
  delete(
    id: number,
    actorRef: string,
    now: Date,
    refuse: (tx: Knex.Transaction, roadmapItemIds: number[]) => Promise<void>,
  ): Promise<void> {
    return writes.deleteEntry(this.db, id, actorRef, now, refuse);
  }

  /**
   * Publishes a draft or scheduled entry, queues one notification per person of `audience` and
   * runs `alongside` (shipping the linked roadmap items), in one transaction: all of it happens,
   * or none. Returns false, and runs nothing, when the entry was published already (e.g. by
   * another replica: on PostgreSQL the second publisher waits for the first one's row lock).
   */
  publish(
    id: number,
    audience: string[],
    actorRef: string,
    now: Date,
    alongside?: Publication['alongside'],
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<boolean> {
    return writes.publishEntry(tx, id, audience, actorRef, now, alongside);
  }

  /** Up to `limit` entries (not deleted) linked to the roadmap item, by id. */
  linkingRoadmapItem(
    roadmapItemId: number,
    limit: number,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number[]> {
    return reads.linkingRoadmapItem(tx, roadmapItemId, limit);
  }

  /** Scheduled entries whose time has come. */
  duePublications(now: Date): Promise<number[]> {
    return reads.duePublications(this.db, now);
  }

  /**
   * The titles of the entries among `ids` that a reader may see, in one read: published ones,
   * and of those still in their early-access window only with `includeEarlyAccess` (the rule of
   * every list and of the entry's page for readers).
   */
  titles(
    ids: number[],
    reader: { includeEarlyAccess: boolean; now: Date },
  ): Promise<Map<number, string>> {
    return reads.titles(this.db, ids, reader);
  }

  /**
   * Of `ids`, the entries that exist (not deleted), published or not; in `tx` (a write linking
   * to them), kept from being deleted until it ends (see `delete`).
   */
  existing(ids: number[], tx?: Knex.Transaction): Promise<Set<number>> {
    return reads.existing(this.db, ids, tx);
  }

  /**
   * Links the entries to a roadmap item shipped with them, in `tx` (the ship transaction), so
   * that each entry lists the item as the item lists the entry. Unknown entries are a 400 naming
   * `changelogEntryIds`, and the transaction writes nothing. Returns the entries, published ones
   * first.
   */
  linkShippedItem(
    tx: Knex.Transaction,
    entryIds: number[],
    roadmapItemId: number,
  ): Promise<number[]> {
    return writes.linkShippedItem(tx, entryIds, roadmapItemId);
  }

  get(id: number): Promise<StoredChangelogEntry | undefined> {
    return reads.getEntry(this.db, id);
  }

  /** Published entries, newest first, visible to the reader. */
  listPublished(
    filter: ChangelogFilter,
    now: Date,
  ): Promise<{ items: StoredChangelogEntry[]; totalCount: number }> {
    return reads.listPublished(this.db, filter, now);
  }

  /**
   * Entries published in [from, to) that nobody needed early access for at `to`, newest first,
   * at most `limit`: what the weekly digest can tell.
   */
  publishedBetween(
    from: Date,
    to: Date,
    limit: number,
  ): Promise<StoredChangelogEntry[]> {
    return reads.publishedBetween(this.db, from, to, limit);
  }

  /**
   * Published entries nobody needs early access for, in id order, `limit` after the cursor's
   * row: the search collator reads them all, a page at a time.
   */
  pagePublic(
    page: { limit: number; cursor?: string },
    now: Date,
  ): Promise<{ items: StoredChangelogEntry[]; nextCursor?: string }> {
    return reads.pagePublic(this.db, page, now);
  }

  /**
   * Drafts and scheduled entries, for maintainers, a page at a time (after `cursor`);
   * optionally only those whose title has the words of `q`.
   */
  listUnpublished(
    page: KeysetPage & { q?: string },
  ): Promise<Page<StoredChangelogEntry>> {
    return reads.listUnpublished(this.db, page);
  }

  /** The entry's revisions, newest first, a page at a time (after `cursor`). */
  revisions(
    entryId: number,
    page: KeysetPage,
  ): Promise<Page<ChangelogRevision>> {
    return reads.revisions(this.db, entryId, page);
  }

  /** Marks the entry helpful for the person; twice changes nothing. */
  react(
    id: number,
    userRef: string,
    helpful: boolean,
    now: Date,
  ): Promise<void> {
    return reach.react(this.db, id, userRef, helpful, now);
  }

  /**
   * The audience of a published entry (its notification outbox: one row per person) and, for
   * each person, whether they opened the changelog since it was published (their "last seen"
   * marker is later). No row is written to know it.
   */
  readers(entryId: number): Promise<{ userRef: string; read: boolean }[]> {
    return reach.readers(this.db, entryId);
  }

  /** Per entry published since `since`: its audience and how many of them have read it. */
  reachSince(
    since: Date,
  ): Promise<{ publishedAt: Date; audience: number; readers: number }[]> {
    return reach.reachSince(this.db, since);
  }

  helpfulFor(ids: number[], userRef: string): Promise<Set<number>> {
    return reach.helpfulFor(this.db, ids, userRef);
  }

  seenAt(userRef: string): Promise<Date | undefined> {
    return reach.seenAt(this.db, userRef);
  }

  markSeen(userRef: string, now: Date): Promise<void> {
    return reach.markSeen(this.db, userRef, now);
  }

  /** How many entries visible to the reader were published after `since`. */
  countPublishedSince(
    since: Date,
    includeEarlyAccess: boolean,
    now: Date,
  ): Promise<number> {
    return reads.countPublishedSince(this.db, since, includeEarlyAccess, now);
  }
}
