import { Knex } from 'knex';
import { insertedId, lockKey } from './dialect';
import { repairAggregate } from './aggregates';
import {
  MyRating,
  RatingSummary,
} from 'backstage-plugin-platform-product-common';

const CURRENT = 'platform_product_ratings';
const HISTORY = 'platform_product_rating_history';
const TALLIES = 'platform_product_rating_tallies';

/**
 * A rating as stored: `userRef` is undefined for anonymous ratings; `teamRef` is the one team
 * the rating counts for in per-team figures.
 */
export interface StoredRating {
  toolRef: string;
  raterKey: string;
  userRef?: string;
  teamRef?: string;
  stars: number;
  comment?: string;
}

/** Count, star sum and per-star counts of a set of ratings. */
export interface RatingTally {
  count: number;
  starSum: number;
  distribution: Record<1 | 2 | 3 | 4 | 5, number>;
}

const STARS = [1, 2, 3, 4, 5] as const;

/**
 * Tool ratings: one current rating per (tool, rater), an append-only history of every change,
 * and tallies per (tool, team) maintained in the same transaction as each change. Only the
 * current rating knows its rater; the history holds stars, comments and times, never who, so
 * nothing in it can be linked to a person or to their other ratings. Reads of figures use the
 * tallies, never the ratings themselves.
 */
export class RatingsStore {
  constructor(private readonly db: Knex) {}

  /** Records a rating and makes it the rater's current one, atomically. */
  async set(rating: StoredRating, now: Date): Promise<void> {
    await this.db.transaction(async tx => {
      const before = await this.lockCurrent(
        tx,
        rating.toolRef,
        rating.raterKey,
      );
      const rows = await tx(HISTORY)
        .insert({
          tool_ref: rating.toolRef,
          stars: rating.stars,
          comment: rating.comment ?? null,
          created_at: now,
        })
        .returning('id');
      await tx(CURRENT)
        .insert({
          tool_ref: rating.toolRef,
          rater_key: rating.raterKey,
          user_ref: rating.userRef ?? null,
          team_ref: rating.teamRef ?? null,
          stars: rating.stars,
          comment: rating.comment ?? null,
          history_id: insertedId(rows),
          updated_at: now,
        })
        .onConflict(['tool_ref', 'rater_key'])
        .merge();
      await this.moveTallies(tx, rating.toolRef, before, {
        teamRef: rating.teamRef,
        stars: rating.stars,
      });
    });
  }

  /** Withdraws the rater's current rating; returns false when there was none. */
  async withdraw(
    toolRef: string,
    raterKey: string,
    now: Date,
  ): Promise<boolean> {
    return this.db.transaction(async tx => {
      const before = await this.lockCurrent(tx, toolRef, raterKey);
      if (!before) {
        return false;
      }
      await tx(CURRENT)
        .where({ tool_ref: toolRef, rater_key: raterKey })
        .delete();
      await tx(HISTORY).insert({
        tool_ref: toolRef,
        stars: null,
        comment: null,
        created_at: now,
      });
      await this.moveTallies(tx, toolRef, before, undefined);
      return true;
    });
  }

  async getCurrent(
    toolRef: string,
    raterKey: string,
  ): Promise<MyRating | undefined> {
    const row = await this.db(CURRENT)
      .where({ tool_ref: toolRef, rater_key: raterKey })
      .first();
    if (!row) {
      return undefined;
    }
    return {
      stars: Number(row.stars),
      comment: row.comment ?? undefined,
      anonymous: row.user_ref === null,
      updatedAt: new Date(row.updated_at).toISOString(),
    };
  }

  /** Count, average and distribution of a tool's current ratings, from its tallies. */
  async summarize(toolRef: string): Promise<{
    count: number;
    average: number | null;
    distribution: NonNullable<RatingSummary['distribution']>;
  }> {
    const row = await this.db(TALLIES)
      .where({ tool_ref: toolRef })
      .select(
        ...['count', 'star_sum', ...STARS.map(s => `s${s}`)].map(column =>
          this.db.raw('sum(??) as ??', [column, column]),
        ),
      )
      .first();
    const tally = toTally(row ?? {});
    return {
      count: tally.count,
      average: tally.count ? tally.starSum / tally.count : null,
      distribution: tally.distribution,
    };
  }

  /**
   * Recounts every tally from the current ratings and corrects the ones that drifted (which
   * only a bug or a hand edit can cause); returns how many were wrong. Blocks rating writes
   * while it runs, so that nothing changes between the count and the correction.
   */
  async repairTallies(): Promise<number> {
    return repairAggregate(this.db, {
      table: TALLIES,
      keys: ['tool_ref', 'team_ref'],
      values: ['count', 'star_sum', ...STARS.map(s => `s${s}`)],
      recount: tx =>
        tx(CURRENT)
          .groupBy('tool_ref', tx.raw("coalesce(team_ref, '')"))
          .select(
            'tool_ref',
            tx.raw("coalesce(team_ref, '') as team_ref"),
            tx.raw('count(*) as count'),
            tx.raw('sum(stars) as star_sum'),
            ...STARS.map(s =>
              tx.raw(`sum(case when stars = ? then 1 else 0 end) as s${s}`, [
                s,
              ]),
            ),
          ),
    });
  }

  /**
   * Locks the rater's current rating of the tool (or its absence) until the transaction ends,
   * and returns it: two writes for one rater never interleave.
   */
  private async lockCurrent(
    tx: Knex.Transaction,
    toolRef: string,
    raterKey: string,
  ): Promise<{ teamRef?: string; stars: number } | undefined> {
    await lockKey(tx, `rating\n${toolRef}\n${raterKey}`);
    const row = await tx(CURRENT)
      .where({ tool_ref: toolRef, rater_key: raterKey })
      .first();
    return row
      ? { teamRef: row.team_ref ?? undefined, stars: Number(row.stars) }
      : undefined;
  }

  /** Takes `from` out of its tally and adds `to` to its own, in a fixed order (no deadlock). */
  private async moveTallies(
    tx: Knex.Transaction,
    toolRef: string,
    from: { teamRef?: string; stars: number } | undefined,
    to: { teamRef?: string; stars: number } | undefined,
  ) {
    const changes = [
      ...(from
        ? [{ team: from.teamRef ?? '', stars: from.stars, sign: -1 }]
        : []),
      ...(to ? [{ team: to.teamRef ?? '', stars: to.stars, sign: 1 }] : []),
    ].sort((a, b) => a.team.localeCompare(b.team) || a.sign - b.sign);
    for (const { team, stars, sign } of changes) {
      const delta = {
        count: sign,
        star_sum: sign * stars,
        [`s${stars}`]: sign,
      };
      await tx(TALLIES)
        .insert({ tool_ref: toolRef, team_ref: team, ...zeroTally(), ...delta })
        .onConflict(['tool_ref', 'team_ref'])
        .merge(
          Object.fromEntries(
            Object.entries(delta).map(([column, value]) => [
              column,
              tx.raw('??.?? + ?', [TALLIES, column, value]),
            ]),
          ),
        );
    }
  }
}

function zeroTally() {
  return { count: 0, star_sum: 0, s1: 0, s2: 0, s3: 0, s4: 0, s5: 0 };
}

function toTally(row: any): RatingTally {
  return {
    count: Number(row.count ?? 0),
    starSum: Number(row.star_sum ?? 0),
    distribution: {
      1: Number(row.s1 ?? 0),
      2: Number(row.s2 ?? 0),
      3: Number(row.s3 ?? 0),
      4: Number(row.s4 ?? 0),
      5: Number(row.s5 ?? 0),
    },
  };
}
