import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  RoadmapHistoryEntry,
  RoadmapLane,
  roadmapLanes,
  RoadmapOutcome,
  RoadmapStatus,
  SuccessCriterion,
  Page,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { forKeyShare, forUpdate, insertedId } from './dialect';
import {
  CRITERIA,
  HISTORY,
  ITEMS,
  OUTCOMES,
  TEAMS,
  TOOLS,
  VOTE_TEAMS,
  VOTES,
} from './roadmapTables';
import {
  derivedOf,
  laneTotal,
  maintain,
  repairLaneCounts,
  repairQuarterCounts,
} from './roadmapDerived';
import { cappedCount, KeysetOrder, KeysetPage, keysetPage } from './keyset';

/** Reviews due: oldest review date first, through the `(outcome, review_date, id)` index. */
const DUE_ORDER: KeysetOrder = {
  columns: [`${CRITERIA}.review_date`, `${CRITERIA}.id`],
  direction: 'asc',
  dateColumns: [`${CRITERIA}.review_date`],
};
import { whereTitleHasWords } from './titleSearch';

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

/**
 * Roadmap items with their links, votes, history and success criteria, and the impact map.
 * Every edit names the version it started from; a stale version is a ConflictError.
 */
export class RoadmapStore {
  constructor(private readonly db: Knex) {}

  /** Creates an item, in `tx` when given (e.g. the one that records an idempotency key). */
  async create(
    fields: RoadmapItemFields & { lane: RoadmapLane },
    actorRef: string,
    now: Date,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number> {
    return tx.transaction(async trx => {
      const rows = await trx(ITEMS)
        .insert({
          ...itemRow(fields),
          lane: fields.lane,
          status: 'active',
          vote_count: 0,
          voter_team_count: 0,
          changelog_entry_ids: '[]',
          version: 1,
          created_by: actorRef,
          created_at: now,
          updated_at: now,
        })
        .returning('id');
      const id = insertedId(rows);
      await writeLinks(trx, id, fields);
      await maintain(trx, id, undefined);
      await trx(HISTORY).insert(
        historyRow(id, 'created', actorRef, now, { to: fields.lane }),
      );
      return id;
    });
  }

  async update(
    id: number,
    version: number,
    fields: RoadmapItemFields,
    now: Date,
  ): Promise<void> {
    await this.db.transaction(async tx => {
      await lockVersion(tx, id, version);
      const before = await derivedOf(tx, id);
      await tx(ITEMS)
        .where({ id })
        .update({ ...itemRow(fields), version: version + 1, updated_at: now });
      await tx(TOOLS).where({ item_id: id }).delete();
      await tx(TEAMS).where({ item_id: id }).delete();
      await writeLinks(tx, id, fields);
      await maintain(tx, id, before);
    });
  }

  /** Moves an active item to another lane and records who moved it from where. */
  async move(
    id: number,
    version: number,
    lane: RoadmapLane,
    actorRef: string,
    now: Date,
    alongside?: (tx: Knex.Transaction, from: RoadmapLane) => Promise<void>,
  ): Promise<{ from: RoadmapLane }> {
    return this.db.transaction(async tx => {
      const row = await lockVersion(tx, id, version, 'active');
      const before = await derivedOf(tx, id);
      await tx(ITEMS)
        .where({ id })
        .update({ lane, version: version + 1, updated_at: now });
      await maintain(tx, id, before);
      await tx(HISTORY).insert(
        historyRow(id, 'moved', actorRef, now, { from: row.lane, to: lane }),
      );
      await alongside?.(tx, row.lane);
      return { from: row.lane };
    });
  }

  /**
   * Ships an active item with the changelog entries that announce it; `linkBack` runs in the same
   * transaction and links the entries back to the item (it throws, undoing the shipment, when an
   * entry does not exist). The history entry names the entries.
   */
  async ship(
    id: number,
    version: number,
    changelogEntryIds: number[],
    actorRef: string,
    now: Date,
    alongside?: (tx: Knex.Transaction) => Promise<void>,
  ): Promise<void> {
    const entryIds = [...new Set(changelogEntryIds)];
    await this.end(
      id,
      version,
      actorRef,
      now,
      {
        status: 'shipped',
        shipped_at: now,
        changelog_entry_ids: JSON.stringify(entryIds),
      },
      { note: entriesNote(entryIds), alongside },
    );
  }

  async kill(
    id: number,
    version: number,
    reason: string,
    actorRef: string,
    now: Date,
    alongside?: (tx: Knex.Transaction) => Promise<void>,
  ): Promise<void> {
    await this.end(
      id,
      version,
      actorRef,
      now,
      { status: 'killed', killed_at: now, kill_reason: reason },
      { note: reason, alongside },
    );
  }

  /**
   * Records the outcome decision of a shipped item (replacing an earlier one) and notes it in
   * the item's history, in one transaction under the item's row lock; a stale version is a
   * ConflictError, and so is an item that is not shipped.
   */
  async decideOutcome(
    id: number,
    version: number,
    outcome: Omit<RoadmapOutcome, 'decidedAt' | 'decidedBy'>,
    actorRef: string,
    now: Date,
  ): Promise<void> {
    await this.db.transaction(async tx => {
      await lockVersion(tx, id, version, 'shipped');
      await tx(ITEMS)
        .where({ id })
        .update({ version: version + 1, updated_at: now });
      const row = {
        decision: outcome.decision,
        reason: outcome.reason ?? null,
        measured: JSON.stringify(outcome.measured),
        evidence: JSON.stringify(outcome.evidence),
        decided_by: actorRef,
        decided_at: now,
      };
      await tx(OUTCOMES)
        .insert({ item_id: id, ...row })
        .onConflict('item_id')
        .merge();
      await tx(HISTORY).insert(
        historyRow(id, 'outcome', actorRef, now, {
          note: [outcome.decision, outcome.reason].filter(Boolean).join(': '),
        }),
      );
    });
  }

  /** The item's outcome decision, if it has one. */
  async outcome(itemId: number): Promise<RoadmapOutcome | undefined> {
    const row = await this.db(OUTCOMES).where({ item_id: itemId }).first();
    return (
      row && {
        decision: row.decision,
        reason: row.reason ?? undefined,
        measured: JSON.parse(row.measured),
        evidence: JSON.parse(row.evidence),
        decidedBy: row.decided_by,
        decidedAt: new Date(row.decided_at).toISOString(),
      }
    );
  }

  /**
   * Deletes an item under its row lock, after `refuse` checked in the same transaction that
   * nothing links to it (it throws to keep the item). A write that links to the item while
   * holding its row lock (a shipment linking changelog entries) either commits before the check
   * sees its link, or finds the item gone. False when there is no such item.
   */
  async delete(
    id: number,
    refuse: (tx: Knex.Transaction) => Promise<void>,
  ): Promise<boolean> {
    return this.db.transaction(async tx => {
      const row = await forUpdate(tx, tx(ITEMS).where({ id })).first();
      if (!row) return false;
      await refuse(tx);
      const before = await derivedOf(tx, id);
      await tx(ITEMS).where({ id }).delete();
      await maintain(tx, id, before);
      return true;
    });
  }

  async get(id: number): Promise<StoredRoadmapItem | undefined> {
    const row = await this.db(ITEMS).where({ id }).first();
    return row && (await this.withLinks([row]))[0];
  }

  async list(filter: RoadmapFilter): Promise<Page<StoredRoadmapItem>> {
    const { query, table, id } = this.matching(filter);
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
        ? cappedCount(this.db, query.clone().select(`${table}.${id}`))
        : laneTotal(this.db, filter).then(totalCount => ({ totalCount })),
    ]);
    return { items: await this.withLinks(rows), ...total };
  }

  /**
   * The rows of the items a list shows, unsorted: the items, or, filtered by a tool (or a
   * requesting team), that link's rows, which carry a copy of what lists filter and sort by
   * (see `maintain`). `table` and `id` name the table and its item id column.
   */
  private matching(filter: RoadmapFilter) {
    const link = filter.toolRef
      ? { table: TOOLS, column: 'tool_ref', ref: filter.toolRef }
      : filter.requestingTeamRef && {
          table: TEAMS,
          column: 'team_ref',
          ref: filter.requestingTeamRef,
        };
    const table = link ? link.table : ITEMS;
    const id = link ? 'item_id' : 'id';
    const query = this.db(table).where(`${table}.status`, filter.status);
    if (link) query.where(`${table}.${link.column}`, link.ref);
    if (!filter.includeEarlyAccess) {
      query.where(`${table}.early_access`, false);
    }
    if (filter.lane) query.where(`${table}.lane`, filter.lane);
    if (filter.ownerRef) query.where(`${table}.owner_ref`, filter.ownerRef);
    if (filter.q) {
      query.whereIn(
        `${table}.${id}`,
        whereTitleHasWords(this.db(ITEMS).select('id'), 'title', filter.q),
      );
    }
    if (filter.toolRef && filter.requestingTeamRef) {
      query.whereExists(
        this.db(TEAMS)
          .whereRaw('??.item_id = ??.item_id', [TEAMS, table])
          .andWhere('team_ref', filter.requestingTeamRef),
      );
    }
    return { query, table, id };
  }

  /** Recounts the board's maintained counts from the items; returns how many had drifted. */
  async repairLaneCounts(): Promise<number> {
    return repairLaneCounts(this.db);
  }

  /** Recounts the items shipped and killed per quarter; returns how many counts had drifted. */
  async repairQuarterCounts(): Promise<number> {
    return repairQuarterCounts(this.db);
  }

  /** The top `perLane` active items of each lane by score (one indexed query per lane), and each lane's size. */
  async board(
    perLane: number,
    includeEarlyAccess: boolean,
  ): Promise<Map<RoadmapLane, Page<StoredRoadmapItem>>> {
    const active = () => {
      const query = this.db(ITEMS).where('status', 'active');
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
          laneTotal(this.db, { status: 'active', lane, includeEarlyAccess }),
        ),
      ),
    ]);
    const items = await this.withLinks(perLaneRows.flat());
    const board = new Map<RoadmapLane, Page<StoredRoadmapItem>>();
    roadmapLanes.forEach((lane, i) => {
      if (totals[i] > 0) {
        board.set(lane, {
          items: items.filter(item => item.lane === lane),
          totalCount: totals[i],
        });
      }
    });
    return board;
  }

  /**
   * Adds the person's vote and the teams they are in; a second vote changes nothing. Only active
   * items take votes.
   */
  async vote(
    id: number,
    userRef: string,
    teamRefs: string[],
    now: Date,
  ): Promise<void> {
    await this.db.transaction(async tx => {
      await lockVersion(tx, id, undefined, 'active');
      const inserted = await tx(VOTES)
        .insert({ item_id: id, user_ref: userRef, created_at: now })
        .onConflict(['item_id', 'user_ref'])
        .ignore()
        .returning('item_id');
      if (inserted.length && teamRefs.length) {
        await tx(VOTE_TEAMS).insert(
          teamRefs.map(team_ref => ({
            item_id: id,
            user_ref: userRef,
            team_ref,
          })),
        );
      }
      await recount(tx, id);
    });
  }

  /** Withdraws the person's vote; withdrawing twice is harmless. */
  async unvote(id: number, userRef: string): Promise<void> {
    await this.db.transaction(async tx => {
      await lockVersion(tx, id);
      await tx(VOTES).where({ item_id: id, user_ref: userRef }).delete();
      await tx(VOTE_TEAMS).where({ item_id: id, user_ref: userRef }).delete();
      await recount(tx, id);
    });
  }

  async votedBy(ids: number[], userRef: string): Promise<Set<number>> {
    const rows = await this.db(VOTES)
      .whereIn('item_id', ids)
      .andWhere('user_ref', userRef)
      .select('item_id');
    return new Set(rows.map(r => Number(r.item_id)));
  }

  /** The item's voters, read in `tx` when given. */
  async voterRefs(
    id: number,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<string[]> {
    return tx(VOTES).where({ item_id: id }).pluck('user_ref');
  }

  /** Of `ids`, the items flagged early access. */
  async earlyAccessAmong(ids: number[]): Promise<Set<number>> {
    if (!ids.length) return new Set();
    const rows = await this.db(ITEMS)
      .whereIn('id', ids)
      .where('early_access', true)
      .pluck('id');
    return new Set(rows.map(Number));
  }

  /** The people who voted for any of the items, each once. */
  async votersOf(ids: number[]): Promise<string[]> {
    return this.db(VOTES)
      .whereIn('item_id', ids)
      .distinct('user_ref')
      .pluck('user_ref');
  }

  /**
   * Moves, shipments and kills in [from, to) of items that any of `userRefs` voted for (items
   * in early access left out), one row per voter and change, oldest change first.
   */
  async votedChanges(
    userRefs: string[],
    from: Date,
    to: Date,
  ): Promise<VotedChange[]> {
    const rows = await this.db(HISTORY)
      .join(VOTES, `${VOTES}.item_id`, `${HISTORY}.item_id`)
      .join(ITEMS, `${ITEMS}.id`, `${HISTORY}.item_id`)
      .whereIn(`${VOTES}.user_ref`, userRefs)
      .whereIn(`${HISTORY}.kind`, ['moved', 'shipped', 'killed'])
      .where(`${HISTORY}.created_at`, '>=', from)
      .where(`${HISTORY}.created_at`, '<', to)
      .where(`${ITEMS}.early_access`, false)
      .orderBy(`${HISTORY}.id`)
      .select(
        `${VOTES}.user_ref`,
        `${HISTORY}.item_id`,
        `${ITEMS}.title`,
        `${HISTORY}.kind`,
        `${HISTORY}.from_lane`,
        `${HISTORY}.to_lane`,
      );
    return rows.map(row => ({
      userRef: row.user_ref,
      itemId: Number(row.item_id),
      title: row.title,
      kind: row.kind,
      fromLane: row.from_lane ?? undefined,
      toLane: row.to_lane ?? undefined,
    }));
  }

  /**
   * The titles of the items among `ids` that a reader may see, in one read: items flagged early
   * access only with `includeEarlyAccess` (the rule of every list and of the item's page).
   */
  async titles(
    ids: number[],
    reader: { includeEarlyAccess: boolean },
  ): Promise<Map<number, string>> {
    const query = this.db(ITEMS).whereIn('id', ids);
    if (!reader.includeEarlyAccess) query.where('early_access', false);
    const rows = await query.select('id', 'title');
    return new Map(rows.map(row => [Number(row.id), row.title]));
  }

  /**
   * Of `ids`, those that exist; in `tx` (a write linking to them), kept from being deleted until
   * it ends (see `delete`).
   */
  async existing(ids: number[], tx?: Knex.Transaction): Promise<Set<number>> {
    const query = (tx ?? this.db)(ITEMS).whereIn('id', ids);
    const rows: { id: unknown }[] = await (tx
      ? forKeyShare(tx, query)
      : query
    ).select('id');
    return new Set(rows.map(r => Number(r.id)));
  }

  /** Of `ids`, the items that list changelog entry `entryId` among the entries they shipped with. */
  async shippedWith(
    ids: number[],
    entryId: number,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number[]> {
    const rows = await tx(ITEMS)
      .whereIn('id', ids)
      .select('id', 'changelog_entry_ids');
    return rows
      .filter(row =>
        (JSON.parse(row.changelog_entry_ids) as number[]).includes(entryId),
      )
      .map(row => Number(row.id))
      .sort((a, b) => a - b);
  }

  /**
   * Records that a published changelog entry ships these items: active items become shipped
   * (with a history entry), and every item lists the entry among its changelog entries. Runs in
   * `tx`, the publish transaction, so that a failure here undoes the publish; items deleted
   * since are skipped, and an item that lists the entry already is left alone. Returns the ids
   * of the items it shipped (active before).
   */
  async shipByChangelog(
    ids: number[],
    entryId: number,
    actorRef: string,
    now: Date,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number[]> {
    const shipped: number[] = [];
    await tx.transaction(async trx => {
      // In id order, so that two transactions locking the same items cannot deadlock.
      for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
        const row = await forUpdate(trx, trx(ITEMS).where({ id })).first();
        const entries: number[] = row
          ? JSON.parse(row.changelog_entry_ids)
          : [];
        if (!row || entries.includes(entryId)) continue;
        const active = row.status === 'active';
        const before = await derivedOf(trx, id);
        await trx(ITEMS)
          .where({ id })
          .update({
            changelog_entry_ids: JSON.stringify([...entries, entryId]),
            ...(active && { status: 'shipped', shipped_at: now }),
            version: row.version + 1,
            updated_at: now,
          });
        await maintain(trx, id, before);
        if (active) {
          shipped.push(id);
          await trx(HISTORY).insert(
            historyRow(id, 'shipped', actorRef, now, {
              from: row.lane,
              note: entriesNote([entryId]),
            }),
          );
        }
      }
    });
    return shipped;
  }

  /** The teams of the people who voted for the item, each once. */
  async voterTeamRefs(id: number): Promise<string[]> {
    return this.db(VOTE_TEAMS)
      .where({ item_id: id })
      .distinct('team_ref')
      .pluck('team_ref');
  }

  async criteria(itemId: number): Promise<SuccessCriterion[]> {
    const rows = await this.db(CRITERIA)
      .where({ item_id: itemId })
      .orderBy('id');
    return rows.map(toCriterion);
  }

  async history(itemId: number): Promise<RoadmapHistoryEntry[]> {
    const rows = await this.db(HISTORY)
      .where({ item_id: itemId })
      .orderBy('id');
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

  /** Records how a criterion turned out; returns its item's id. */
  async setOutcome(
    criterionId: number,
    outcome: SuccessCriterion['outcome'],
    note: string | undefined,
  ): Promise<number> {
    const row = await this.db(CRITERIA).where({ id: criterionId }).first();
    if (!row) {
      throw new NotFoundError(`No success criterion with id ${criterionId}`);
    }
    await this.db(CRITERIA)
      .where({ id: criterionId })
      .update({ outcome, note: note ?? null });
    return Number(row.item_id);
  }

  /**
   * Criteria still pending after their review date, of items neither killed nor decided (an
   * outcome decision closes the review), oldest review first,
   * a page at a time (after `cursor`), grouped under their items in that order. Killed items are
   * left out before the limit, so their criteria never take an active item's place on a page.
   */
  async reviewsDue(
    now: Date,
    page: KeysetPage,
  ): Promise<Page<{ item: StoredRoadmapItem; criteria: SuccessCriterion[] }>> {
    const due = () =>
      this.db(CRITERIA)
        .join(ITEMS, `${ITEMS}.id`, `${CRITERIA}.item_id`)
        .where(`${CRITERIA}.outcome`, 'pending')
        .andWhere(`${CRITERIA}.review_date`, '<', now)
        .whereNot(`${ITEMS}.status`, 'killed')
        .whereNotExists(
          this.db(OUTCOMES).whereRaw('??.item_id = ??.id', [OUTCOMES, ITEMS]),
        );
    const [{ rows, nextCursor }, total] = await Promise.all([
      keysetPage<any>(due().select(`${CRITERIA}.*`), DUE_ORDER, page),
      cappedCount(this.db, due().select(`${CRITERIA}.id`)),
    ]);
    const ids = [...new Set(rows.map(row => Number(row.item_id)))];
    const items = new Map(
      (await this.withLinks(await this.db(ITEMS).whereIn('id', ids))).map(
        item => [item.id, item],
      ),
    );
    return {
      items: ids.map(id => ({
        item: items.get(id)!,
        criteria: rows
          .filter(row => Number(row.item_id) === id)
          .map(toCriterion),
      })),
      ...total,
      nextCursor,
    };
  }

  private async end(
    id: number,
    version: number,
    actorRef: string,
    now: Date,
    changes: Record<string, unknown>,
    step: {
      note?: string;
      alongside?: (tx: Knex.Transaction) => Promise<void>;
    },
  ) {
    await this.db.transaction(async tx => {
      const row = await lockVersion(tx, id, version, 'active');
      const before = await derivedOf(tx, id);
      await tx(ITEMS)
        .where({ id })
        .update({ ...changes, version: version + 1, updated_at: now });
      await maintain(tx, id, before);
      await tx(HISTORY).insert(
        historyRow(id, changes.status as string, actorRef, now, {
          from: row.lane,
          note: step.note,
        }),
      );
      await step.alongside?.(tx);
    });
  }

  /** Adds each item's tools and requesting teams, in two queries for the whole page. */
  private async withLinks(rows: any[]): Promise<StoredRoadmapItem[]> {
    const ids = rows.map(row => Number(row.id));
    // Only the primary keys' columns: each read is an index-only scan, no row visited.
    const [tools, teams] = await Promise.all([
      this.db(TOOLS)
        .whereIn('item_id', ids)
        .orderBy('tool_ref')
        .select('item_id', 'tool_ref'),
      this.db(TEAMS)
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
}

/**
 * Locks the item's row for the transaction; with `version`, also checks that nobody changed it
 * since, and with `status`, that it is still in that status.
 */
async function lockVersion(
  tx: Knex.Transaction,
  id: number,
  version?: number,
  status?: RoadmapStatus,
) {
  const query = tx(ITEMS).where({ id });
  const row = await forUpdate(tx, query).first();
  if (!row) {
    throw new NotFoundError(`No roadmap item with id ${id}`);
  }
  if (version !== undefined && row.version !== version) {
    throw new ConflictError(
      `Roadmap item ${id} was changed by someone else (version ${row.version}, yours ${version}); reload it`,
    );
  }
  if (status && row.status !== status) {
    throw new ConflictError(`Roadmap item ${id} is ${row.status}`);
  }
  return row;
}

/** Recounts the votes and the voters' distinct teams; the caller holds the row lock. */
async function recount(tx: Knex.Transaction, id: number) {
  const before = await derivedOf(tx, id);
  await tx(ITEMS)
    .where({ id })
    .update({
      vote_count: tx(VOTES).where({ item_id: id }).count('*'),
      voter_team_count: tx(VOTE_TEAMS)
        .where({ item_id: id })
        .countDistinct('team_ref'),
    });
  await maintain(tx, id, before);
}

async function writeLinks(
  tx: Knex.Transaction,
  id: number,
  fields: RoadmapItemFields,
) {
  if (fields.toolRefs.length) {
    await tx(TOOLS).insert(
      [...new Set(fields.toolRefs)].map(tool_ref => ({
        item_id: id,
        tool_ref,
      })),
    );
  }
  if (fields.requestingTeamRefs.length) {
    await tx(TEAMS).insert(
      [...new Set(fields.requestingTeamRefs)].map(team_ref => ({
        item_id: id,
        team_ref,
      })),
    );
  }
  const keep = fields.criteria.flatMap(c => (c.id ? [c.id] : []));
  await tx(CRITERIA).where({ item_id: id }).whereNotIn('id', keep).delete();
  for (const criterion of fields.criteria) {
    const values = {
      metric: criterion.metric,
      target: criterion.target,
      review_date: criterion.reviewDate,
    };
    if (criterion.id) {
      await tx(CRITERIA)
        .where({ id: criterion.id, item_id: id })
        .update(values);
    } else {
      await tx(CRITERIA).insert({ ...values, item_id: id, outcome: 'pending' });
    }
  }
}

function itemRow(fields: RoadmapItemFields) {
  return {
    title: fields.title,
    description: fields.description,
    owner_ref: fields.ownerRef,
    reach: fields.reach,
    reach_source: fields.reachSource,
    impact: fields.impact,
    confidence: fields.confidence,
    effort: fields.effort,
    rice_score: fields.riceScore,
    early_access: fields.earlyAccess,
    impact_id: fields.impactId ?? null,
  };
}

function historyRow(
  id: number,
  kind: string,
  actorRef: string,
  now: Date,
  lanes: { from?: RoadmapLane; to?: RoadmapLane; note?: string },
) {
  return {
    item_id: id,
    kind,
    from_lane: lanes.from ?? null,
    to_lane: lanes.to ?? null,
    actor_ref: actorRef,
    note: lanes.note ?? null,
    created_at: now,
  };
}

/** The history note of a shipment: which changelog entries it was shipped with. */
function entriesNote(entryIds: number[]): string | undefined {
  if (!entryIds.length) return undefined;
  const list = entryIds.map(id => `#${id}`).join(', ');
  return `Changelog entr${entryIds.length > 1 ? 'ies' : 'y'} ${list}`;
}

function optionalDate(value: unknown): string | undefined {
  return value ? new Date(value as string).toISOString() : undefined;
}

function toCriterion(row: any): SuccessCriterion {
  return {
    id: Number(row.id),
    metric: row.metric,
    target: row.target,
    reviewDate: new Date(row.review_date).toISOString(),
    outcome: row.outcome,
    note: row.note ?? undefined,
  };
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
