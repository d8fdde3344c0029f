import {
  FeedbackActivity,
  FeedbackKind,
  FeedbackStatus,
  Page,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import * as counts from './feedbackCounts';
import * as items from './feedbackItems';
import * as reads from './feedbackReads';
import * as thread from './feedbackThread';
import * as triage from './feedbackTriage';
import * as votes from './feedbackVotes';

/** A feedback item as stored; `authorRef` is undefined for anonymous items. */
export interface StoredFeedbackItem {
  id: number;
  toolRef: string;
  kind: FeedbackKind;
  title: string;
  body: string;
  status: FeedbackStatus;
  /** Keyed hash of the author and `authorSalt`: recognises the author, links nothing. */
  authorKey: string;
  authorSalt: string;
  authorRef?: string;
  voteCount: number;
  roadmapItemId?: number;
  changelogEntryId?: number;
  declineReason?: string;
  mergedIntoId?: number;
  assigneeRef?: string;
  /** Lower-case, sorted. */
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** What a new item is created from. */
export type NewFeedbackItem = Pick<
  StoredFeedbackItem,
  | 'toolRef'
  | 'kind'
  | 'title'
  | 'body'
  | 'authorKey'
  | 'authorSalt'
  | 'authorRef'
>;

/** A feedback item as evidence: what it says, and who is behind it. */
export interface FeedbackAsEvidence
  extends Pick<
    StoredFeedbackItem,
    'id' | 'title' | 'status' | 'voteCount' | 'toolRef' | 'authorRef'
  > {
  /** The people who +1'd it. */
  voterRefs: string[];
}

export interface FeedbackFilter {
  toolRef?: string;
  status?: FeedbackStatus[];
  minAgeDays?: number;
  maxAgeDays?: number;
  /** Only items sent under this person's name. */
  authorRef?: string;
  /** Only items assigned to this maintainer. */
  assigneeRef?: string;
  /** Only items assigned to nobody. */
  unassigned?: boolean;
  /** Only items with this (lower-case) tag. */
  tag?: string;
  /** Only items whose title has these words (see `whereTitleHasWords`). */
  q?: string;
  sort: 'votes' | 'newest' | 'oldest';
  limit: number;
  offset: number;
  /** A previous page's `nextCursor`; `offset` then counts from it. */
  cursor?: string;
}

export interface StatusChange {
  status: Exclude<FeedbackStatus, 'new' | 'merged'>;
  roadmapItemId?: number;
  changelogEntryId?: number;
  reason?: string;
}

export type Actor = { ref?: string; role: 'maintainer' | 'author' };

/**
 * Feedback items, their +1s and their threads. `vote_count` is kept equal to the number of
 * votes by changing both in one transaction that first locks the item's row. The SQL is in
 * feedbackItems.ts (an item created, assigned, tagged), feedbackReads.ts (items and the inbox),
 * feedbackCounts.ts (the maintained counts), feedbackVotes.ts (+1s and the people behind items),
 * feedbackThread.ts (the thread and its response times) and feedbackTriage.ts (status changes
 * and merges).
 */
export class FeedbackStore {
  constructor(private readonly db: Knex) {}

  create(
    item: NewFeedbackItem,
    now: Date,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number> {
    return items.createItem(tx, item, now);
  }

  get(id: number): Promise<StoredFeedbackItem | undefined> {
    return reads.getItem(this.db, id);
  }

  /** The titles of the items that exist among `ids`. */
  titles(ids: number[]): Promise<Map<number, string>> {
    return reads.titles(this.db, ids);
  }

  /**
   * Open items about the tool (not merged, not `excludeId`) whose titles share words of
   * `title` with four letters or more, most shared words first, then most +1s. The tool and
   * status narrow the rows through `pp_feedback_tool_status_idx` before the LIKEs run.
   */
  similar(query: {
    toolRef: string;
    title: string;
    excludeId?: number;
    limit: number;
  }): Promise<StoredFeedbackItem[]> {
    return reads.similar(this.db, query);
  }

  /**
   * One page of the inbox (after `cursor`, if given) and the number of items matching the
   * filter: exact from the maintained counts for the usual views, else counted up to COUNT_CAP.
   */
  list(filter: FeedbackFilter, now: Date): Promise<Page<StoredFeedbackItem>> {
    return reads.list(this.db, filter, now);
  }

  /**
   * Up to LINKS_SHOWN items (not merged) linked to the roadmap item or the changelog entry, by
   * the indexed link columns: what deleting it would leave dangling. Read in `tx` when given.
   */
  linkedTo(
    link: {
      roadmapItemId?: number;
      changelogEntryId?: number;
    },
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number[]> {
    return reads.linkedTo(tx, link);
  }

  /** How many items wait for triage (status new), from the maintained counts. */
  countNew(): Promise<number> {
    return counts.countNew(this.db);
  }

  /** Assigns the item to a maintainer, or to nobody with `undefined`. */
  assign(
    itemId: number,
    assigneeRef: string | undefined,
    now: Date,
  ): Promise<void> {
    return items.assign(this.db, itemId, assigneeRef, now);
  }

  /** Replaces the item's tags (lower-case, unique) in one transaction. */
  setTags(itemId: number, tags: string[], now: Date): Promise<void> {
    return items.setTags(this.db, itemId, tags, now);
  }

  /**
   * Recounts the maintained counts from the items and corrects any drift (a bug or a hand
   * edit); returns how many were wrong. Blocks feedback writes while it runs.
   */
  repairCounts(): Promise<number> {
    return counts.repairCounts(this.db);
  }

  /**
   * Recounts the response-time histogram from the threads (each item's first maintainer entry
   * and first shipped or declined status, first by id as `addActivity` counts them) and corrects
   * any drift; returns how many buckets were wrong. Blocks feedback writes while it runs.
   */
  repairResponseTimes(): Promise<number> {
    return thread.repairResponseTimes(this.db);
  }

  /**
   * The items among `ids` that exist, as evidence for a roadmap item: what the evidence shows
   * and who is behind each (the named author, or none for an anonymous item, and the people
   * who +1'd it). Two queries, whatever the number of items.
   */
  asEvidence(ids: number[]): Promise<Map<number, FeedbackAsEvidence>> {
    return reads.asEvidence(this.db, ids);
  }

  /** Of `itemIds`, those the person +1'd. */
  votedBy(itemIds: number[], userRef: string): Promise<Set<number>> {
    return votes.votedBy(this.db, itemIds, userRef);
  }

  voterRefs(itemId: number): Promise<string[]> {
    return votes.voterRefs(this.db, itemId);
  }

  /** Adds the person's +1; a second +1 changes nothing. Merged items take no votes. */
  vote(itemId: number, userRef: string, now: Date): Promise<void> {
    return votes.vote(this.db, itemId, userRef, now);
  }

  /** Takes back the person's +1, if any. */
  unvote(itemId: number, userRef: string): Promise<void> {
    return votes.unvote(this.db, itemId, userRef);
  }

  /**
   * Moves an item from `from` (the status the maintainer saw) to a new status and records it, with
   * the links it has after this step, in the thread. The update itself checks `from`
   * (`… where id = ? and status = ?`), so of two maintainers who saw the same status only one
   * succeeds; the other gets a ConflictError naming the status the item has now.
   *
   * Links follow the steps: planned links a roadmap item (the given one, else the one it had),
   * shipped keeps it and links a changelog entry; going back to planned drops the changelog link,
   * and acknowledged or declined drop both. `checkLinks` runs first in the transaction: it makes
   * sure that what the step links to exists, and keeps it so until the transaction ends.
   */
  changeStatus(
    itemId: number,
    from: FeedbackStatus,
    change: StatusChange,
    actorRef: string,
    now: Date,
    checkLinks?: (tx: Knex.Transaction) => Promise<void>,
  ): Promise<void> {
    return triage.changeStatus(
      this.db,
      itemId,
      from,
      change,
      actorRef,
      now,
      checkLinks,
    );
  }

  /**
   * Ships every item planned against one of `roadmapItemIds`, linking the changelog entry that
   * shipped them, in `tx` (the publish transaction). Returns the shipped items with the people to
   * tell: the named author and everyone who +1'd. Items shipped already are left alone, so a
   * second run ships nothing.
   */
  shipPlanned(
    roadmapItemIds: number[],
    changelogEntryId: number | undefined,
    actorRef: string,
    now: Date,
    tx: Knex.Transaction,
  ): Promise<{ id: number; people: string[] }[]> {
    return triage.shipPlanned(
      tx,
      roadmapItemIds,
      changelogEntryId,
      actorRef,
      now,
    );
  }

  /**
   * Moves the items among `ids` that are still open (not shipped, declined or merged) to
   * `change.status` with the roadmap item they are evidence for, in `tx` (its ship or kill
   * transaction): each gets an entry in its thread, the counts follow. Returns the ids moved.
   */
  settle(
    ids: number[],
    change: StatusChange & { status: 'shipped' | 'declined' },
    actorRef: string,
    now: Date,
    tx: Knex.Transaction,
  ): Promise<number[]> {
    return triage.settle(tx, ids, change, actorRef, now);
  }

  /**
   * The people who can be told about each of the items, read in `tx`: the named author (an
   * anonymous item has none stored) and everyone who +1'd.
   */
  peopleBehind(
    tx: Knex.Transaction,
    ids: number[],
  ): Promise<Map<number, string[]>> {
    return votes.peopleBehind(tx, ids);
  }

  reply(itemId: number, actor: Actor, body: string, now: Date): Promise<void> {
    return thread.reply(this.db, itemId, actor, body, now);
  }

  listActivity(
    itemId: number,
    page: { limit: number; offset: number },
  ): Promise<{ items: FeedbackActivity[]; totalCount: number }> {
    return thread.listActivity(this.db, itemId, page);
  }

  /**
   * Merges a duplicate into the original: the duplicate's +1s move over (a person who +1'd both
   * counts once) and the duplicate becomes `merged`. Both rows are locked, lowest id first.
   */
  merge(
    duplicateId: number,
    originalId: number,
    actorRef: string,
    now: Date,
  ): Promise<void> {
    return triage.merge(this.db, duplicateId, originalId, actorRef, now);
  }
}
