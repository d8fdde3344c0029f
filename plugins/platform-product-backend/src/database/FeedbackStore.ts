import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  FeedbackActivity,
  FeedbackKind,
  FeedbackStatus,
  feedbackStatuses,
  Page,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { forUpdate, insertedId, secondsBetween } from './dialect';
import { repairAggregate } from './aggregates';
import { cappedCount, KeysetOrder, keysetPage } from './keyset';
import {
  searchWords,
  whereTitleHasWords,
  whereTitleSharesWords,
} from './titleSearch';
import {
  bucketOf,
  bucketSql,
  RESPONSE_TALLIES,
  ResponseMeasure,
} from './responseTimes';

const ITEMS = 'platform_product_feedback_items';
const VOTES = 'platform_product_feedback_votes';
const ACTIVITY = 'platform_product_feedback_activity';
const COUNTS = 'platform_product_feedback_counts';
const TAGS = 'platform_product_feedback_tags';
const DAY = 24 * 60 * 60 * 1000;
/** How many links a refused delete names. */
const LINKS_SHOWN = 10;

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

/** The inbox's sorts, each served by an index that ends in `id` (see the migrations). */
const ORDERS: Record<FeedbackFilter['sort'], KeysetOrder> = {
  votes: { columns: ['vote_count', 'id'], direction: 'desc' },
  newest: { columns: ['id'], direction: 'desc' },
  oldest: { columns: ['id'], direction: 'asc' },
};

export interface StatusChange {
  status: Exclude<FeedbackStatus, 'new' | 'merged'>;
  roadmapItemId?: number;
  changelogEntryId?: number;
  reason?: string;
}

export type Actor = { ref?: string; role: 'maintainer' | 'author' };

const FINAL = ['shipped', 'declined'];
/** Where a duplicate's original may be: every status but merged. */
const SIMILAR_STATUSES = feedbackStatuses.filter(status => status !== 'merged');

/** The response times Insights shows: which thread entries end each wait. */
const MEASURES: Record<
  ResponseMeasure,
  {
    ends: (entry: ActivityRow) => boolean;
    entries: (query: Knex.QueryBuilder) => Knex.QueryBuilder;
  }
> = {
  first_response: {
    ends: entry => entry.actor_role === 'maintainer',
    entries: query => query.where(`${ACTIVITY}.actor_role`, 'maintainer'),
  },
  final_status: {
    ends: entry =>
      entry.kind === 'status' && FINAL.includes(entry.status as string),
    entries: query =>
      query
        .where(`${ACTIVITY}.kind`, 'status')
        .whereIn(`${ACTIVITY}.status`, FINAL),
  },
};

/**
 * Feedback items, their +1s and their threads. `vote_count` is kept equal to the number of
 * votes by changing both in one transaction that first locks the item's row.
 */
export class FeedbackStore {
  constructor(private readonly db: Knex) {}

  async create(
    item: NewFeedbackItem,
    now: Date,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number> {
    return inTransaction(tx, async trx => {
      const id = await this.insertItem(trx, item, now);
      await bumpCounts(trx, [{ tool: item.toolRef, status: 'new', by: 1 }]);
      return id;
    });
  }

  private async insertItem(
    tx: Knex.Transaction,
    item: NewFeedbackItem,
    now: Date,
  ): Promise<number> {
    const rows = await tx(ITEMS)
      .insert({
        tool_ref: item.toolRef,
        kind: item.kind,
        title: item.title,
        body: item.body,
        status: 'new',
        author_key: item.authorKey,
        author_salt: item.authorSalt,
        author_ref: item.authorRef ?? null,
        vote_count: 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    return insertedId(rows);
  }

  async get(id: number): Promise<StoredFeedbackItem | undefined> {
    const row = await this.db(ITEMS).where({ id }).first();
    return row && (await this.withTags([row]))[0];
  }

  /** Items as stored, each with its tags (one query for all of them). */
  private async withTags(rows: any[]): Promise<StoredFeedbackItem[]> {
    const tags = rows.length
      ? await this.db(TAGS)
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

  /** The titles of the items that exist among `ids`. */
  async titles(ids: number[]): Promise<Map<number, string>> {
    const rows = ids.length
      ? await this.db(ITEMS).whereIn('id', ids).select('id', 'title')
      : [];
    return new Map(rows.map(row => [Number(row.id), row.title]));
  }

  /**
   * Open items about the tool (not merged, not `excludeId`) whose titles share words of
   * `title` with four letters or more, most shared words first, then most +1s. The tool and
   * status narrow the rows through `pp_feedback_tool_status_idx` before the LIKEs run.
   */
  async similar(query: {
    toolRef: string;
    title: string;
    excludeId?: number;
    limit: number;
  }): Promise<StoredFeedbackItem[]> {
    const words = searchWords(query.title, 4);
    if (!words.length) {
      return [];
    }
    const matching = this.db(ITEMS)
      .where('tool_ref', query.toolRef)
      .whereIn('status', SIMILAR_STATUSES);
    if (query.excludeId) matching.whereNot('id', query.excludeId);
    const shared = whereTitleSharesWords(this.db, matching, 'title', words);
    const rows = await matching
      .select('*', this.db.raw('(?) as shared_words', [shared]))
      .orderBy([
        { column: 'shared_words', order: 'desc' },
        { column: 'vote_count', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(query.limit);
    return this.withTags(rows);
  }

  /**
   * One page of the inbox (after `cursor`, if given) and the number of items matching the
   * filter: exact from the maintained counts for the usual views, else counted up to COUNT_CAP.
   */
  async list(
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
        query.whereIn(
          'id',
          this.db(TAGS).where('tag', filter.tag).select('item_id'),
        );
      }
      return whereTitleHasWords(query, 'title', filter.q);
    };
    const [page, total] = await Promise.all([
      keysetPage(
        where(this.db(ITEMS).select('*')),
        ORDERS[filter.sort],
        filter,
      ),
      this.count(filter, () => where(this.db(ITEMS).select('id'))),
    ]);
    return {
      items: await this.withTags(page.rows),
      ...total,
      nextCursor: page.nextCursor,
    };
  }

  /**
   * How many items match: from the maintained counts when the filter is only statuses and a
   * tool (the inbox's usual views), else by counting the matching rows up to COUNT_CAP.
   */
  private async count(
    filter: FeedbackFilter,
    matching: () => Knex.QueryBuilder,
  ): Promise<{ totalCount: number; moreThanTotal?: boolean }> {
    const byCounts =
      filter.minAgeDays === undefined &&
      filter.maxAgeDays === undefined &&
      !filter.authorRef &&
      !filter.assigneeRef &&
      !filter.unassigned &&
      !filter.tag &&
      !filter.q;
    if (!byCounts) {
      return cappedCount(this.db, matching());
    }
    const query = this.db(COUNTS).sum({ count: 'count' });
    if (filter.toolRef) query.where('tool_ref', filter.toolRef);
    if (filter.status) query.whereIn('status', filter.status);
    else query.whereNot('status', 'merged');
    const [{ count }] = await query;
    return { totalCount: Number(count ?? 0) };
  }

  /**
   * Up to LINKS_SHOWN items (not merged) linked to the roadmap item or the changelog entry, by
   * the indexed link columns: what deleting it would leave dangling. Read in `tx` when given.
   */
  async linkedTo(
    link: {
      roadmapItemId?: number;
      changelogEntryId?: number;
    },
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number[]> {
    const query = tx(ITEMS).whereNot('status', 'merged');
    if (link.roadmapItemId) query.where('roadmap_item_id', link.roadmapItemId);
    if (link.changelogEntryId) {
      query.where('changelog_entry_id', link.changelogEntryId);
    }
    const rows = await query.orderBy('id').limit(LINKS_SHOWN).select('id');
    return rows.map(row => Number(row.id));
  }

  /** How many items wait for triage (status new), from the maintained counts. */
  async countNew(): Promise<number> {
    const [{ count }] = await this.db(COUNTS)
      .where('status', 'new')
      .sum({ count: 'count' });
    return Number(count ?? 0);
  }

  /** Assigns the item to a maintainer, or to nobody with `undefined`. */
  async assign(
    itemId: number,
    assigneeRef: string | undefined,
    now: Date,
  ): Promise<void> {
    const updated = await this.db(ITEMS)
      .where({ id: itemId })
      .update({ assignee_ref: assigneeRef ?? null, updated_at: now });
    if (!updated) {
      throw new NotFoundError(`No feedback with id ${itemId}`);
    }
  }

  /** Replaces the item's tags (lower-case, unique) in one transaction. */
  async setTags(itemId: number, tags: string[], now: Date): Promise<void> {
    await this.db.transaction(async tx => {
      await lockItem(tx, itemId);
      await tx(TAGS).where({ item_id: itemId }).delete();
      if (tags.length) {
        await tx(TAGS).insert(tags.map(tag => ({ item_id: itemId, tag })));
      }
      await tx(ITEMS).where({ id: itemId }).update({ updated_at: now });
    });
  }

  /**
   * Recounts the maintained counts from the items and corrects any drift (a bug or a hand
   * edit); returns how many were wrong. Blocks feedback writes while it runs.
   */
  async repairCounts(): Promise<number> {
    return repairAggregate(this.db, {
      table: COUNTS,
      keys: ['tool_ref', 'status'],
      values: ['count'],
      recount: tx =>
        tx(ITEMS)
          .groupBy('tool_ref', 'status')
          .select('tool_ref', 'status', tx.raw('count(*) as count')),
    });
  }

  /**
   * Recounts the response-time histogram from the threads (each item's first maintainer entry
   * and first shipped or declined status, first by id as `addActivity` counts them) and corrects
   * any drift; returns how many buckets were wrong. Blocks feedback writes while it runs.
   */
  async repairResponseTimes(): Promise<number> {
    const waited = (tx: Knex.Transaction, measure: ResponseMeasure) =>
      tx(ITEMS)
        .join(ACTIVITY, `${ACTIVITY}.item_id`, `${ITEMS}.id`)
        .whereIn(
          `${ACTIVITY}.id`,
          MEASURES[measure]
            .entries(tx(ACTIVITY))
            .groupBy('item_id')
            .select(tx.raw('min(id)')),
        )
        .select(
          tx.raw(
            `${secondsBetween(
              tx,
              `${ACTIVITY}.created_at`,
              `${ITEMS}.created_at`,
            )} as d`,
          ),
        );
    return repairAggregate(this.db, {
      table: RESPONSE_TALLIES,
      keys: ['measure', 'bucket'],
      values: ['count'],
      recount: async tx =>
        (
          await Promise.all(
            (Object.keys(MEASURES) as ResponseMeasure[]).map(measure =>
              tx
                .from(waited(tx, measure).as('t'))
                .select(
                  tx.raw(`'${measure}' as measure`),
                  tx.raw(`${bucketSql(tx, 'd')} as bucket`),
                )
                .count({ count: '*' })
                .groupBy('bucket'),
            ),
          )
        ).flat(),
    });
  }

  /**
   * The items among `ids` that exist, as evidence for a roadmap item: what the evidence shows
   * and who is behind each (the named author, or none for an anonymous item, and the people
   * who +1'd it). Two queries, whatever the number of items.
   */
  async asEvidence(ids: number[]): Promise<Map<number, FeedbackAsEvidence>> {
    if (!ids.length) return new Map();
    const [items, votes] = await Promise.all([
      this.db(ITEMS)
        .whereIn('id', ids)
        .select(
          'id',
          'title',
          'status',
          'vote_count',
          'tool_ref',
          'author_ref',
        ),
      this.db(VOTES).whereIn('item_id', ids).select('item_id', 'user_ref'),
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

  /** Of `itemIds`, those the person +1'd. */
  async votedBy(itemIds: number[], userRef: string): Promise<Set<number>> {
    const rows = await this.db(VOTES)
      .whereIn('item_id', itemIds)
      .andWhere('user_ref', userRef)
      .select('item_id');
    return new Set(rows.map(r => Number(r.item_id)));
  }

  async voterRefs(itemId: number): Promise<string[]> {
    const rows = await this.db(VOTES)
      .where('item_id', itemId)
      .select('user_ref');
    return rows.map(r => r.user_ref);
  }

  /** Adds the person's +1; a second +1 changes nothing. Merged items take no votes. */
  async vote(itemId: number, userRef: string, now: Date): Promise<void> {
    await this.db.transaction(async tx => {
      const item = await lockItem(tx, itemId);
      if (item.status === 'merged') {
        throw new ConflictError(
          `Feedback ${itemId} was merged into ${item.merged_into_id}`,
        );
      }
      const inserted = await tx(VOTES)
        .insert({ item_id: itemId, user_ref: userRef, created_at: now })
        .onConflict(['item_id', 'user_ref'])
        .ignore()
        .returning('item_id');
      if (inserted.length) {
        await tx(ITEMS).where({ id: itemId }).increment('vote_count', 1);
      }
    });
  }

  /** Takes back the person's +1, if any. */
  async unvote(itemId: number, userRef: string): Promise<void> {
    await this.db.transaction(async tx => {
      await lockItem(tx, itemId);
      const deleted = await tx(VOTES)
        .where({ item_id: itemId, user_ref: userRef })
        .delete();
      if (deleted) {
        await tx(ITEMS).where({ id: itemId }).decrement('vote_count', 1);
      }
    });
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
  async changeStatus(
    itemId: number,
    from: FeedbackStatus,
    change: StatusChange,
    actorRef: string,
    now: Date,
    checkLinks?: (tx: Knex.Transaction) => Promise<void>,
  ): Promise<void> {
    await this.db.transaction(async tx => {
      await checkLinks?.(tx);
      const updated = await tx(ITEMS)
        .where({ id: itemId, status: from })
        .update({
          status: change.status,
          ...linksAfter(change),
          decline_reason:
            change.status === 'declined' ? change.reason ?? null : null,
          updated_at: now,
        });
      const item = await tx(ITEMS).where({ id: itemId }).first();
      if (!item) {
        throw new NotFoundError(`No feedback with id ${itemId}`);
      }
      if (!updated) {
        throw new ConflictError(
          `Feedback ${itemId} is ${item.status} now, not ${from}: someone else changed it meanwhile`,
        );
      }
      await bumpCounts(tx, [
        { tool: item.tool_ref, status: from, by: -1 },
        { tool: item.tool_ref, status: change.status, by: 1 },
      ]);
      await addActivity(
        tx,
        item,
        statusActivity(item, actorRef, now, change.reason),
      );
    });
  }

  /**
   * Ships every item planned against one of `roadmapItemIds`, linking the changelog entry that
   * shipped them, in `tx` (the publish transaction). Returns the shipped items with the people to
   * tell: the named author and everyone who +1'd. Items shipped already are left alone, so a
   * second run ships nothing.
   */
  async shipPlanned(
    roadmapItemIds: number[],
    changelogEntryId: number | undefined,
    actorRef: string,
    now: Date,
    tx: Knex.Transaction,
  ): Promise<{ id: number; people: string[] }[]> {
    const planned: any[] = await forUpdate(
      tx,
      tx(ITEMS)
        .whereIn('roadmap_item_id', roadmapItemIds)
        .andWhere('status', 'planned')
        .orderBy('id'),
    );
    const ids = await moveAll(
      tx,
      planned,
      { status: 'shipped', changelogEntryId },
      actorRef,
      now,
    );
    const people = await this.peopleBehind(tx, ids);
    return ids.map(id => ({ id, people: people.get(id) ?? [] }));
  }

  /**
   * Moves the items among `ids` that are still open (not shipped, declined or merged) to
   * `change.status` with the roadmap item they are evidence for, in `tx` (its ship or kill
   * transaction): each gets an entry in its thread, the counts follow. Returns the ids moved.
   */
  async settle(
    ids: number[],
    change: StatusChange & { status: 'shipped' | 'declined' },
    actorRef: string,
    now: Date,
    tx: Knex.Transaction,
  ): Promise<number[]> {
    if (!ids.length) return [];
    const open: any[] = await forUpdate(
      tx,
      tx(ITEMS)
        .whereIn('id', ids)
        .whereNotIn('status', [...FINAL, 'merged'])
        .orderBy('id'),
    );
    return moveAll(tx, open, change, actorRef, now);
  }

  /**
   * The people who can be told about each of the items, read in `tx`: the named author (an
   * anonymous item has none stored) and everyone who +1'd.
   */
  async peopleBehind(
    tx: Knex.Transaction,
    ids: number[],
  ): Promise<Map<number, string[]>> {
    if (!ids.length) return new Map();
    const [items, votes] = await Promise.all([
      tx(ITEMS).whereIn('id', ids).select('id', 'author_ref'),
      tx(VOTES).whereIn('item_id', ids).select('item_id', 'user_ref'),
    ]);
    const people = new Map<number, string[]>(
      items.map(row => [
        Number(row.id),
        row.author_ref ? [row.author_ref] : [],
      ]),
    );
    for (const vote of votes) {
      people.get(Number(vote.item_id))?.push(vote.user_ref);
    }
    return people;
  }

  async reply(
    itemId: number,
    actor: Actor,
    body: string,
    now: Date,
  ): Promise<void> {
    await this.db.transaction(async tx => {
      const item = await lockItem(tx, itemId);
      await addActivity(tx, item, {
        kind: 'reply',
        actor_ref: actor.ref ?? null,
        actor_role: actor.role,
        body,
        created_at: now,
      });
      await tx(ITEMS).where({ id: itemId }).update({ updated_at: now });
    });
  }

  async listActivity(
    itemId: number,
    page: { limit: number; offset: number },
  ): Promise<{ items: FeedbackActivity[]; totalCount: number }> {
    const [rows, [{ count }]] = await Promise.all([
      this.db(ACTIVITY)
        .where({ item_id: itemId })
        .orderBy('id', 'asc')
        .limit(page.limit)
        .offset(page.offset),
      this.db(ACTIVITY).where({ item_id: itemId }).count({ count: '*' }),
    ]);
    return {
      items: rows.map(row => ({
        id: Number(row.id),
        kind: row.kind,
        actorRef: row.actor_ref ?? undefined,
        actorRole: row.actor_role,
        body: row.body ?? undefined,
        status: row.status ?? undefined,
        relatedItemId: optionalNumber(row.related_item_id),
        roadmapItemId: optionalNumber(row.roadmap_item_id),
        changelogEntryId: optionalNumber(row.changelog_entry_id),
        createdAt: new Date(row.created_at).toISOString(),
      })),
      totalCount: Number(count),
    };
  }

  /**
   * Merges a duplicate into the original: the duplicate's +1s move over (a person who +1'd both
   * counts once) and the duplicate becomes `merged`. Both rows are locked, lowest id first.
   */
  async merge(
    duplicateId: number,
    originalId: number,
    actorRef: string,
    now: Date,
  ): Promise<void> {
    await this.db.transaction(async tx => {
      const [first, second] = [duplicateId, originalId].sort((a, b) => a - b);
      const locked = [await lockItem(tx, first), await lockItem(tx, second)];
      const merged = locked.find(row => row.status === 'merged');
      if (merged) {
        throw new ConflictError(`Feedback ${merged.id} is already merged`);
      }
      // Both rows are locked and every vote locks its item first: no +1 can slip in meanwhile.
      await tx(VOTES).insert(
        tx(VOTES)
          .where('item_id', duplicateId)
          .whereNotIn(
            'user_ref',
            tx(VOTES).where('item_id', originalId).select('user_ref'),
          )
          .select(tx.raw('?', [originalId]), 'user_ref', 'created_at'),
      );
      await tx(VOTES).where('item_id', duplicateId).delete();
      await tx(ITEMS)
        .where({ id: originalId })
        .update({
          vote_count: tx(VOTES).where('item_id', originalId).count('*'),
          updated_at: now,
        });
      await tx(ITEMS).where({ id: duplicateId }).update({
        status: 'merged',
        merged_into_id: originalId,
        vote_count: 0,
        updated_at: now,
      });
      const duplicate = locked.find(row => Number(row.id) === duplicateId)!;
      await bumpCounts(tx, [
        { tool: duplicate.tool_ref, status: duplicate.status, by: -1 },
        { tool: duplicate.tool_ref, status: 'merged', by: 1 },
      ]);
      for (const [item, related] of [
        [duplicate, originalId],
        [locked.find(row => Number(row.id) === originalId)!, duplicateId],
      ]) {
        await addActivity(tx, item, {
          kind: 'merge',
          actor_ref: actorRef,
          actor_role: 'maintainer',
          related_item_id: related,
          created_at: now,
        });
      }
    });
  }
}

/**
 * Moves the locked `rows` to `change.status` (shipped or declined): the links and reason of the
 * step, the maintained counts, an entry in each thread. Returns their ids.
 */
async function moveAll(
  tx: Knex.Transaction,
  rows: any[],
  change: StatusChange,
  actorRef: string,
  now: Date,
): Promise<number[]> {
  if (!rows.length) return [];
  const ids = rows.map(row => Number(row.id));
  const links = {
    ...linksAfter(change),
    ...(change.status === 'shipped' &&
      change.roadmapItemId && { roadmap_item_id: change.roadmapItemId }),
  };
  const reason = change.status === 'declined' ? change.reason ?? null : null;
  await tx(ITEMS)
    .whereIn('id', ids)
    .update({
      status: change.status,
      ...links,
      decline_reason: reason,
      updated_at: now,
    });
  await bumpCounts(
    tx,
    rows.flatMap(row => [
      { tool: row.tool_ref, status: row.status, by: -1 },
      { tool: row.tool_ref, status: change.status, by: 1 },
    ]),
  );
  for (const row of rows) {
    const moved = { ...row, status: change.status, ...links };
    await addActivity(
      tx,
      moved,
      statusActivity(moved, actorRef, now, reason ?? undefined),
    );
  }
  return ids;
}

/** Runs `fn` in `tx` if it is a transaction already, else in a new one. */
function inTransaction<T>(
  tx: Knex | Knex.Transaction,
  fn: (trx: Knex.Transaction) => Promise<T>,
): Promise<T> {
  return (tx as Knex.Transaction).isTransaction
    ? fn(tx as Knex.Transaction)
    : tx.transaction(fn);
}

/**
 * The link columns a status change sets: planned takes the given roadmap item (else keeps its
 * own) and no changelog entry, shipped keeps the roadmap item and takes the given changelog
 * entry, and the other statuses link nothing.
 */
function linksAfter(change: StatusChange) {
  switch (change.status) {
    case 'planned':
      return {
        ...(change.roadmapItemId && { roadmap_item_id: change.roadmapItemId }),
        changelog_entry_id: null,
      };
    case 'shipped':
      return { changelog_entry_id: change.changelogEntryId ?? null };
    default:
      return { roadmap_item_id: null, changelog_entry_id: null };
  }
}

/** The thread entry of a status change, with the links the item has after it. */
function statusActivity(
  item: {
    status: string;
    roadmap_item_id: number | null;
    changelog_entry_id: number | null;
  },
  actorRef: string,
  now: Date,
  reason?: string,
): ActivityRow {
  return {
    kind: 'status',
    actor_ref: actorRef,
    actor_role: 'maintainer',
    status: item.status,
    body: reason ?? null,
    roadmap_item_id: item.roadmap_item_id ?? null,
    changelog_entry_id: item.changelog_entry_id ?? null,
    created_at: now,
  };
}

/** Adds to the maintained counts, in a fixed order so that writers never deadlock. */
async function bumpCounts(
  tx: Knex.Transaction,
  changes: { tool: string; status: string; by: number }[],
) {
  const sorted = [...changes].sort(
    (a, b) => a.tool.localeCompare(b.tool) || a.status.localeCompare(b.status),
  );
  for (const { tool, status, by } of sorted) {
    await tx(COUNTS)
      .insert({ tool_ref: tool, status, count: by })
      .onConflict(['tool_ref', 'status'])
      .merge({ count: tx.raw('??.count + ?', [COUNTS, by]) });
  }
}

type ActivityRow = {
  kind: 'status' | 'reply' | 'merge';
  actor_ref: string | null;
  actor_role: Actor['role'];
  status?: string;
  body?: string | null;
  related_item_id?: number;
  roadmap_item_id?: number | null;
  changelog_entry_id?: number | null;
  created_at: Date;
};

/**
 * Adds an entry to the thread of a locked item; when it is the first to end one of the waits
 * Insights measures, counts how long the item waited in the response-time histogram.
 */
async function addActivity(
  tx: Knex.Transaction,
  item: { id: unknown; created_at: unknown },
  entry: ActivityRow,
) {
  const itemId = Number(item.id);
  for (const measure of Object.keys(MEASURES) as ResponseMeasure[]) {
    const { ends, entries } = MEASURES[measure];
    if (!ends(entry)) continue;
    const earlier = await entries(
      tx(ACTIVITY).where({ item_id: itemId }),
    ).first('id');
    if (earlier) continue;
    const waited =
      (entry.created_at.getTime() -
        new Date(item.created_at as string).getTime()) /
      1000;
    await tx(RESPONSE_TALLIES)
      .insert({ measure, bucket: bucketOf(waited), count: 1 })
      .onConflict(['measure', 'bucket'])
      .merge({ count: tx.raw('??.count + 1', [RESPONSE_TALLIES]) });
  }
  await tx(ACTIVITY).insert({ item_id: itemId, ...entry });
}

/** Reads an item's row and locks it until the transaction ends (SQLite locks the database). */
async function lockItem(tx: Knex.Transaction, id: number) {
  const query = tx(ITEMS).where({ id });
  const row = await forUpdate(tx, query).first();
  if (!row) {
    throw new NotFoundError(`No feedback with id ${id}`);
  }
  return row;
}

function optionalNumber(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : Number(value);
}

function toItem(row: any, tags: string[]): StoredFeedbackItem {
  return {
    id: Number(row.id),
    toolRef: row.tool_ref,
    kind: row.kind,
    title: row.title,
    body: row.body,
    status: row.status,
    authorKey: row.author_key,
    authorSalt: row.author_salt,
    authorRef: row.author_ref ?? undefined,
    voteCount: Number(row.vote_count),
    roadmapItemId: optionalNumber(row.roadmap_item_id),
    changelogEntryId: optionalNumber(row.changelog_entry_id),
    declineReason: row.decline_reason ?? undefined,
    mergedIntoId: optionalNumber(row.merged_into_id),
    assigneeRef: row.assignee_ref ?? undefined,
    tags,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
