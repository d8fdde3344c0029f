import {
  RoadmapHistoryEntry,
  RoadmapLane,
  RoadmapOutcome,
  RoadmapStatus,
  SuccessCriterion,
  Page,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { KeysetPage } from './keyset';
import { repairLaneCounts, repairQuarterCounts } from './roadmapDerived';
import * as reads from './roadmapReads';
import * as reviews from './roadmapReviews';
import * as votes from './roadmapVotes';
import * as writes from './roadmapWrites';

/** What a maintainer edits; the score is derived from the RICE inputs. */
export interface RoadmapItemFields {
  title: string;
  description: string;
  ownerRef: string;
  toolRefs: string[];
  requestingTeamRefs: string[];
  reach: number;
  reachSource: 'catalog' | 'manual';
  impact: number;
  confidence: number;
  effort: number;
  riceScore: number;
  earlyAccess: boolean;
  impactId?: number;
  criteria: { id?: number; metric: string; target: string; reviewDate: Date }[];
}

export interface StoredRoadmapItem extends Omit<RoadmapItemFields, 'criteria'> {
  id: number;
  lane: RoadmapLane;
  status: RoadmapStatus;
  voteCount: number;
  voterTeamCount: number;
  changelogEntryIds: number[];
  killReason?: string;
  shippedAt?: string;
  killedAt?: string;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A change to a roadmap item, for one of its voters. */
export interface VotedChange {
  userRef: string;
  itemId: number;
  title: string;
  kind: 'moved' | 'shipped' | 'killed';
  fromLane?: RoadmapLane;
  toLane?: RoadmapLane;
}

export interface RoadmapFilter {
  status: RoadmapStatus;
  lane?: RoadmapLane;
  toolRef?: string;
  ownerRef?: string;
  requestingTeamRef?: string;
  /** Only items whose title has these words (see `whereTitleHasWords`). */
  q?: string;
  sort: 'rice' | 'votes' | 'newest' | 'updated';
  limit: number;
  offset: number;
  /** Whether to include items flagged early access (for champions and maintainers). */
  includeEarlyAccess: boolean;
}

/**
 * Roadmap items with their links, votes, history and success criteria, and the impact map.
 * Every edit names the version it started from; a stale version is a ConflictError. The SQL is
 * in roadmapWrites.ts (an item created, edited, moved, shipped, killed or deleted, with its
 * links, criteria and history), roadmapReads.ts (an item, the lists, the board and the checks of
 * links to items), roadmapVotes.ts (votes and voters) and roadmapReviews.ts (success criteria,
 * reviews due and outcome decisions); what derives from the items is in roadmapDerived.ts.
 */
export class RoadmapStore {
  constructor(private readonly db: Knex) {}

  /** Creates an item, in `tx` when given (e.g. the one that records an idempotency key). */
  create(
    fields: RoadmapItemFields & { lane: RoadmapLane },
    actorRef: string,
    now: Date,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number> {
    return writes.createItem(tx, fields, actorRef, now);
  }

  update(
    id: number,
    version: number,
    fields: RoadmapItemFields,
    now: Date,
  ): Promise<void> {
    return writes.updateItem(this.db, id, version, fields, now);
  }

  /** Moves an active item to another lane and records who moved it from where. */
  move(
    id: number,
    version: number,
    lane: RoadmapLane,
    actorRef: string,
    now: Date,
    alongside?: (tx: Knex.Transaction, from: RoadmapLane) => Promise<void>,
  ): Promise<{ from: RoadmapLane }> {
    return writes.moveItem(
      this.db,
      id,
      version,
      lane,
      actorRef,
      now,
      alongside,
    );
  }

  /**
   * Ships an active item with the changelog entries that announce it; `alongside` runs in the same
   * transaction and links the entries back to the item (it throws, undoing the shipment, when an
   * entry does not exist). The history entry names the entries.
   */
  ship(
    id: number,
    version: number,
    changelogEntryIds: number[],
    actorRef: string,
    now: Date,
    alongside?: (tx: Knex.Transaction) => Promise<void>,
  ): Promise<void> {
    return writes.shipItem(
      this.db,
      id,
      version,
      changelogEntryIds,
      actorRef,
      now,
      alongside,
    );
  }

  kill(
    id: number,
    version: number,
    reason: string,
    actorRef: string,
    now: Date,
    alongside?: (tx: Knex.Transaction) => Promise<void>,
  ): Promise<void> {
    return writes.killItem(
      this.db,
      id,
      version,
      reason,
      actorRef,
      now,
      alongside,
    );
  }

  /**
   * Records the outcome decision of a shipped item (replacing an earlier one) and notes it in
   * the item's history, in one transaction under the item's row lock; a stale version is a
   * ConflictError, and so is an item that is not shipped.
   */
  decideOutcome(
    id: number,
    version: number,
    outcome: Omit<RoadmapOutcome, 'decidedAt' | 'decidedBy'>,
    actorRef: string,
    now: Date,
  ): Promise<void> {
    return reviews.decideOutcome(this.db, id, version, outcome, actorRef, now);
  }

  /** The item's outcome decision, if it has one. */
  outcome(itemId: number): Promise<RoadmapOutcome | undefined> {
    return reviews.outcomeOf(this.db, itemId);
  }

  /**
   * Deletes an item under its row lock, after `refuse` checked in the same transaction that
   * nothing links to it (it throws to keep the item). A write that links to the item while
   * holding its row lock (a shipment linking changelog entries) either commits before the check
   * sees its link, or finds the item gone. False when there is no such item.
   */
  delete(
    id: number,
    refuse: (tx: Knex.Transaction) => Promise<void>,
  ): Promise<boolean> {
    return writes.deleteItem(this.db, id, refuse);
  }

  get(id: number): Promise<StoredRoadmapItem | undefined> {
    return reads.getItem(this.db, id);
  }

  list(filter: RoadmapFilter): Promise<Page<StoredRoadmapItem>> {
    return reads.listItems(this.db, filter);
  }

  /** Recounts the board's maintained counts from the items; returns how many had drifted. */
  repairLaneCounts(): Promise<number> {
    return repairLaneCounts(this.db);
  }

  /** Recounts the items shipped and killed per quarter; returns how many counts had drifted. */
  repairQuarterCounts(): Promise<number> {
    return repairQuarterCounts(this.db);
  }

  /** The top `perLane` active items of each lane by score (one indexed query per lane), and each lane's size. */
  board(
    perLane: number,
    includeEarlyAccess: boolean,
  ): Promise<Map<RoadmapLane, Page<StoredRoadmapItem>>> {
    return reads.board(this.db, perLane, includeEarlyAccess);
  }

  /**
   * Adds the person's vote and the teams they are in; a second vote changes nothing. Only active
   * items take votes.
   */
  vote(
    id: number,
    userRef: string,
    teamRefs: string[],
    now: Date,
  ): Promise<void> {
    return votes.vote(this.db, id, userRef, teamRefs, now);
  }

  /** Withdraws the person's vote; withdrawing twice is harmless. */
  unvote(id: number, userRef: string): Promise<void> {
    return votes.unvote(this.db, id, userRef);
  }

  votedBy(ids: number[], userRef: string): Promise<Set<number>> {
    return votes.votedBy(this.db, ids, userRef);
  }

  /** The item's voters, read in `tx` when given. */
  voterRefs(
    id: number,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<string[]> {
    return votes.voterRefs(tx, id);
  }

  /** Of `ids`, the items flagged early access. */
  earlyAccessAmong(ids: number[]): Promise<Set<number>> {
    return reads.earlyAccessAmong(this.db, ids);
  }

  /** The people who voted for any of the items, each once. */
  votersOf(ids: number[]): Promise<string[]> {
    return votes.votersOf(this.db, ids);
  }

  /**
   * Moves, shipments and kills in [from, to) of items that any of `userRefs` voted for (items
   * in early access left out), one row per voter and change, oldest change first.
   */
  votedChanges(
    userRefs: string[],
    from: Date,
    to: Date,
  ): Promise<VotedChange[]> {
    return votes.votedChanges(this.db, userRefs, from, to);
  }

  /**
   * The titles of the items among `ids` that a reader may see, in one read: items flagged early
   * access only with `includeEarlyAccess` (the rule of every list and of the item's page).
   */
  titles(
    ids: number[],
    reader: { includeEarlyAccess: boolean },
  ): Promise<Map<number, string>> {
    return reads.titles(this.db, ids, reader);
  }

  /**
   * Of `ids`, those that exist; in `tx` (a write linking to them), kept from being deleted until
   * it ends (see `delete`).
   */
  existing(ids: number[], tx?: Knex.Transaction): Promise<Set<number>> {
    return reads.existing(this.db, ids, tx);
  }

  /** Of `ids`, the items that list changelog entry `entryId` among the entries they shipped with. */
  shippedWith(
    ids: number[],
    entryId: number,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number[]> {
    return reads.shippedWith(tx, ids, entryId);
  }

  /**
   * Records that a published changelog entry ships these items: active items become shipped
   * (with a history entry), and every item lists the entry among its changelog entries. Runs in
   * `tx`, the publish transaction, so that a failure here undoes the publish; items deleted
   * since are skipped, and an item that lists the entry already is left alone. Returns the ids
   * of the items it shipped (active before).
   */
  shipByChangelog(
    ids: number[],
    entryId: number,
    actorRef: string,
    now: Date,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number[]> {
    return writes.shipByChangelog(tx, ids, entryId, actorRef, now);
  }

  /** The teams of the people who voted for the item, each once. */
  voterTeamRefs(id: number): Promise<string[]> {
    return votes.voterTeamRefs(this.db, id);
  }

  criteria(itemId: number): Promise<SuccessCriterion[]> {
    return reviews.criteria(this.db, itemId);
  }

  history(itemId: number): Promise<RoadmapHistoryEntry[]> {
    return reads.history(this.db, itemId);
  }

  /** Records how a criterion turned out; returns its item's id. */
  setOutcome(
    criterionId: number,
    outcome: SuccessCriterion['outcome'],
    note: string | undefined,
  ): Promise<number> {
    return reviews.setOutcome(this.db, criterionId, outcome, note);
  }

  /**
   * Criteria still pending after their review date, of items neither killed nor decided (an
   * outcome decision closes the review), oldest review first,
   * a page at a time (after `cursor`), grouped under their items in that order. Killed items are
   * left out before the limit, so their criteria never take an active item's place on a page.
   */
  reviewsDue(
    now: Date,
    page: KeysetPage,
  ): Promise<Page<{ item: StoredRoadmapItem; criteria: SuccessCriterion[] }>> {
    return reviews.reviewsDue(this.db, now, page);
  }
}
