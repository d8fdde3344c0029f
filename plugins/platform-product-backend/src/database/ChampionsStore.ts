import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  Champion,
  ChampionActivity,
  ChampionActivityType,
  CoverageSnapshot,
  Kudos,
  Nomination,
  Page,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import * as championsActivity from './championsActivity';
import { insertedId, isUniqueViolation } from './dialect';
import {
  cappedCount,
  KeysetOrder,
  KeysetPage,
  keysetPage,
  orderBy,
} from './keyset';

const CHAMPIONS = 'platform_product_champions';
const NOMINATIONS = 'platform_product_champion_nominations';
const SNAPSHOTS = 'platform_product_coverage_snapshots';

/** The roster: longest-standing first. */
const ROSTER_ORDER: KeysetOrder = {
  columns: ['since', 'id'],
  direction: 'asc',
  dateColumns: ['since'],
};
/** Nominations: newest first. */
const NEWEST_FIRST: KeysetOrder = { columns: ['id'], direction: 'desc' };

/**
 * Champions, nominations, kudos, the activity log and daily coverage snapshots. "One active
 * championship per person and team" and "one open nomination per person and team" are partial
 * unique indexes; a violation becomes a ConflictError. The SQL of kudos and the activity log is
 * in championsActivity.ts.
 */
export class ChampionsStore {
  constructor(private readonly db: Knex) {}

  /**
   * Championships of one team or one person (a handful of rows), longest-standing first. The
   * whole roster is read a page at a time with `pageChampions`.
   */
  async listChampions(
    filter: {
      status?: Champion['status'];
      teamRef?: string;
      userRef?: string;
    } = {},
  ): Promise<Champion[]> {
    const query = this.championsWhere(filter).orderBy(orderBy(ROSTER_ORDER));
    return (await query).map(toChampion);
  }

  /**
   * The roster, longest-standing first, a page at a time (after `cursor`, through the
   * `(status, since, id)` index), with the matches counted up to COUNT_CAP.
   */
  async pageChampions(
    filter: {
      status?: Champion['status'];
      teamRef?: string;
      userRef?: string;
    } & KeysetPage,
  ): Promise<Page<Champion>> {
    const [{ rows, nextCursor }, total] = await Promise.all([
      keysetPage(this.championsWhere(filter), ROSTER_ORDER, filter),
      cappedCount(this.db, this.championsWhere(filter).select('id')),
    ]);
    return { items: rows.map(toChampion), ...total, nextCursor };
  }

  private championsWhere(filter: {
    status?: Champion['status'];
    teamRef?: string;
    userRef?: string;
  }): Knex.QueryBuilder {
    const query = this.db(CHAMPIONS);
    if (filter.status) query.where('status', filter.status);
    if (filter.teamRef) query.where('team_ref', filter.teamRef);
    if (filter.userRef) query.where('user_ref', filter.userRef);
    return query;
  }

  async getChampion(id: number): Promise<Champion | undefined> {
    const row = await this.db(CHAMPIONS).where({ id }).first();
    return row && toChampion(row);
  }

  /** Active champions per team, counted in SQL. */
  async countActiveByTeam(): Promise<Map<string, number>> {
    const rows = await this.db(CHAMPIONS)
      .where('status', 'active')
      .groupBy('team_ref')
      .select('team_ref', this.db.raw('count(distinct user_ref) as count'));
    return new Map(rows.map(row => [row.team_ref, Number(row.count)]));
  }

  async isActiveChampion(userRef: string): Promise<boolean> {
    return !!(await this.db(CHAMPIONS)
      .where({ user_ref: userRef, status: 'active' })
      .first('id'));
  }

  async activeChampionRefs(): Promise<string[]> {
    return this.db(CHAMPIONS)
      .where('status', 'active')
      .distinct('user_ref')
      .pluck('user_ref');
  }

  /** Championships that began in [from, to) and are still active, oldest first. */
  async appointedBetween(from: Date, to: Date): Promise<Champion[]> {
    const rows = await this.championsWhere({ status: 'active' })
      .where('since', '>=', from)
      .where('since', '<', to)
      .orderBy(orderBy(ROSTER_ORDER));
    return rows.map(toChampion);
  }

  /** Moves a champion to the alumni; returns false when they were not active. */
  async retire(id: number, now: Date): Promise<boolean> {
    const updated = await this.db(CHAMPIONS)
      .where({ id, status: 'active' })
      .update({ status: 'alumni', ended_at: now });
    return updated > 0;
  }

  async nominate(
    nomination: Pick<
      Nomination,
      'nomineeRef' | 'teamRef' | 'nominatorRef' | 'reason' | 'focusAreas'
    >,
    now: Date,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number> {
    try {
      const rows = await tx(NOMINATIONS)
        .insert({
          nominee_ref: nomination.nomineeRef,
          team_ref: nomination.teamRef,
          nominator_ref: nomination.nominatorRef,
          reason: nomination.reason,
          focus_areas: JSON.stringify(nomination.focusAreas),
          status: 'open',
          created_at: now,
        })
        .returning('id');
      return insertedId(rows);
    } catch (error) {
      throw isUniqueViolation(error)
        ? new ConflictError(
            `${nomination.nomineeRef} already has an open nomination for ${nomination.teamRef}`,
          )
        : error;
    }
  }

  async getNomination(id: number): Promise<Nomination | undefined> {
    const row = await this.db(NOMINATIONS).where({ id }).first();
    return row && toNomination(row);
  }

  /** Nominations, newest first, a page at a time (after `cursor`), counted up to COUNT_CAP. */
  async listNominations(
    filter: {
      status?: Nomination['status'];
      /** Only nominations this person made or received. */
      involving?: string;
    } & KeysetPage,
  ): Promise<Page<Nomination>> {
    const matches = () => {
      const query = this.db(NOMINATIONS);
      if (filter.status) query.where('status', filter.status);
      if (filter.involving) {
        query.where(q =>
          q
            .where('nominee_ref', filter.involving!)
            .orWhere('nominator_ref', filter.involving!),
        );
      }
      return query;
    };
    const [{ rows, nextCursor }, total] = await Promise.all([
      keysetPage(matches(), NEWEST_FIRST, filter),
      cappedCount(this.db, matches().select('id')),
    ]);
    return { items: rows.map(toNomination), ...total, nextCursor };
  }

  /**
   * Approves an open nomination and makes the nominee an active champion, atomically. A
   * nomination decided meanwhile, or a nominee already active for the team, is a ConflictError.
   */
  async approve(
    id: number,
    decidedBy: string,
    focusAreas: string[] | undefined,
    now: Date,
  ): Promise<number> {
    return this.db.transaction(async tx => {
      const nomination = await this.decide(tx, id, {
        status: 'approved',
        decided_by: decidedBy,
        decided_at: now,
      });
      try {
        const rows = await tx(CHAMPIONS)
          .insert({
            user_ref: nomination.nominee_ref,
            team_ref: nomination.team_ref,
            status: 'active',
            focus_areas: JSON.stringify(
              focusAreas ?? JSON.parse(nomination.focus_areas),
            ),
            since: now,
          })
          .returning('id');
        return insertedId(rows);
      } catch (error) {
        throw isUniqueViolation(error)
          ? new ConflictError(
              `${nomination.nominee_ref} is already a champion of ${nomination.team_ref}`,
            )
          : error;
      }
    });
  }

  async decline(
    id: number,
    decidedBy: string,
    reason: string,
    now: Date,
  ): Promise<void> {
    await this.db.transaction(tx =>
      this.decide(tx, id, {
        status: 'declined',
        decline_reason: reason,
        decided_by: decidedBy,
        decided_at: now,
      }),
    );
  }

  addKudos(
    kudos: Pick<Kudos, 'championRef' | 'fromRef' | 'message'>,
    now: Date,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number> {
    return championsActivity.addKudos(tx, kudos, now);
  }

  getKudos(id: number): Promise<Kudos | undefined> {
    return championsActivity.getKudos(this.db, id);
  }

  /**
   * The kudos feed (or one champion's kudos), newest first, a page at a time (after `cursor`),
   * counted up to COUNT_CAP: an exact count would read every kudos ever given.
   */
  listKudos(
    filter: { championRef?: string } & KeysetPage,
  ): Promise<Page<Kudos>> {
    return championsActivity.listKudos(this.db, filter);
  }

  logActivity(
    activity: Omit<ChampionActivity, 'id' | 'date'> & { date: Date },
    now: Date,
  ): Promise<number> {
    return championsActivity.logActivity(this.db, activity, now);
  }

  /** Activities since a date, counted per champion and per type: two grouped queries. */
  summarizeActivities(since: Date): Promise<{
    byChampion: { userRef: string; count: number }[];
    byType: { type: ChampionActivityType; count: number }[];
  }> {
    return championsActivity.summarizeActivities(this.db, since);
  }

  countActivities(userRef: string): Promise<number> {
    return championsActivity.countActivities(this.db, userRef);
  }

  /**
   * Records the day's coverage; a later call the same day replaces it, so today's point follows
   * today's live coverage (past days stay as they were last recorded).
   */
  async snapshotCoverage(snapshot: CoverageSnapshot): Promise<void> {
    await this.db(SNAPSHOTS)
      .insert({
        day: snapshot.day,
        eligible_teams: snapshot.eligibleTeams,
        covered_teams: snapshot.coveredTeams,
      })
      .onConflict('day')
      .merge(['eligible_teams', 'covered_teams']);
  }

  async coverageHistory(sinceDay: string): Promise<CoverageSnapshot[]> {
    const rows = await this.db(SNAPSHOTS)
      .where('day', '>=', sinceDay)
      .orderBy('day');
    return rows.map(row => ({
      day: row.day,
      eligibleTeams: Number(row.eligible_teams),
      coveredTeams: Number(row.covered_teams),
    }));
  }

  /** Closes an open nomination; throws when it does not exist or was decided already. */
  private async decide(
    tx: Knex.Transaction,
    id: number,
    changes: Record<string, unknown>,
  ) {
    const row = await tx(NOMINATIONS).where({ id }).first();
    if (!row) {
      throw new NotFoundError(`No nomination with id ${id}`);
    }
    const updated = await tx(NOMINATIONS)
      .where({ id, status: 'open' })
      .update(changes);
    if (!updated) {
      throw new ConflictError(`Nomination ${id} was already ${row.status}`);
    }
    return row;
  }
}

function toChampion(row: any): Champion {
  return {
    id: Number(row.id),
    userRef: row.user_ref,
    teamRef: row.team_ref,
    status: row.status,
    focusAreas: JSON.parse(row.focus_areas),
    since: new Date(row.since).toISOString(),
    endedAt: row.ended_at ? new Date(row.ended_at).toISOString() : undefined,
  };
}

function toNomination(row: any): Nomination {
  return {
    id: Number(row.id),
    nomineeRef: row.nominee_ref,
    teamRef: row.team_ref,
    nominatorRef: row.nominator_ref,
    reason: row.reason,
    focusAreas: JSON.parse(row.focus_areas),
    status: row.status,
    declineReason: row.decline_reason ?? undefined,
    decidedBy: row.decided_by ?? undefined,
    createdAt: new Date(row.created_at).toISOString(),
    decidedAt: row.decided_at
      ? new Date(row.decided_at).toISOString()
      : undefined,
  };
}
