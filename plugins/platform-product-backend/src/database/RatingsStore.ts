import { Knex } from 'knex';
import { insertedId, lockKey } from './dialect';
import { repairAggregate } from './aggregates';
import { newCommentId } from './commentIds';
import { cappedCount, KeysetOrder, KeysetPage, keysetPage } from './keyset';
import {
  MyRating,
  Page,
  RatingSummary,
} from 'backstage-plugin-platform-product-common';

const CURRENT = 'platform_product_ratings';
const HISTORY = 'platform_product_rating_history';
const TALLIES = 'platform_product_rating_tallies';
const PROMPTS = 'platform_product_rating_prompts';

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
  /** Whether the rater had used the tool lately (usage events) when they rated. */
  active?: boolean;
}

/** A current rating's comment, with its rater when the rating is not anonymous. */
export interface StoredRatingComment {
  commentId: number;
  toolRef: string;
  stars: number;
  comment: string;
  userRef?: string;
}

/** Comments: most stars first, then by the random comment id (never by time). */
const COMMENT_ORDER: KeysetOrder = {
  columns: ['stars', 'comment_id'],
  direction: 'desc',
  bigintColumns: ['comment_id'],
};

/** A person as the rater of one tool. */
export interface Rater {
  toolRef: string;
  raterKey: string;
}

/** A rating's place in the tallies. */
interface Tallied {
  teamRef?: string;
  stars: number;
  active: boolean;
  /** Stored without a user ref. */
  anonymous: boolean;
}

/** Count, star sum and per-star counts of a set of ratings. */
export interface RatingTally {
  count: number;
  starSum: number;
  distribution: Record<1 | 2 | 3 | 4 | 5, number>;
}

const STARS = [1, 2, 3, 4, 5] as const;
/** The tallies' figures, per tool and team. */
const TALLY_COLUMNS = [
  'count',
  'star_sum',
  ...STARS.map(s => `s${s}`),
  'active_count',
  'active_star_sum',
  'anonymous_count',
  'active_anonymous_count',
];

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
          comment_id: rating.comment ? newCommentId() : null,
          history_id: insertedId(rows),
          rater_active: rating.active ?? false,
          updated_at: now,
        })
        .onConflict(['tool_ref', 'rater_key'])
        .merge();
      await this.moveTallies(tx, rating.toolRef, before, {
        teamRef: rating.teamRef,
        stars: rating.stars,
        active: rating.active ?? false,
        anonymous: !rating.userRef,
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

  /**
   * One page of a tool's current ratings that have a comment (after `cursor`, if given), and
   * how many there are, counted up to COUNT_CAP.
   */
  async listComments(
    toolRef: string,
    page: KeysetPage,
  ): Promise<Page<StoredRatingComment>> {
    const withComment = () =>
      this.db(CURRENT).where({ tool_ref: toolRef }).whereNotNull('comment_id');
    const [{ rows, nextCursor }, total] = await Promise.all([
      keysetPage(withComment(), COMMENT_ORDER, page),
      cappedCount(this.db, withComment().select('comment_id')),
    ]);
    return { items: rows.map(toComment), ...total, nextCursor };
  }

  /** The current comments among `ids` (a changed or withdrawn rating's old id is gone). */
  async commentsByIds(
    ids: number[],
  ): Promise<Map<number, StoredRatingComment>> {
    if (!ids.length) return new Map();
    const rows = await this.db(CURRENT).whereIn('comment_id', ids);
    return new Map(rows.map(row => [Number(row.comment_id), toComment(row)]));
  }

  /**
   * The raters of the signed current ratings whose comments are among `ids`, read in `tx` (the
   * transition that closes the loop); an anonymous rating has no rater to give.
   */
  async signedRatersOf(tx: Knex.Transaction, ids: number[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await tx(CURRENT)
      .whereIn('comment_id', ids)
      .whereNotNull('user_ref')
      .select('user_ref');
    return rows.map(row => row.user_ref);
  }

  /**
   * Count, average, distribution and anonymous count of a tool's current ratings, and count,
   * star sum and anonymous count of those by active users, from its tallies.
   */
  async summarize(toolRef: string): Promise<{
    count: number;
    average: number | null;
    distribution: NonNullable<RatingSummary['distribution']>;
    anonymous: number;
    active: { count: number; starSum: number; anonymous: number };
  }> {
    const row = await this.db(TALLIES)
      .where({ tool_ref: toolRef })
      .select(
        ...TALLY_COLUMNS.map(column =>
          this.db.raw('sum(??) as ??', [column, column]),
        ),
      )
      .first();
    const tally = toTally(row ?? {});
    return {
      count: tally.count,
      average: tally.count ? tally.starSum / tally.count : null,
      distribution: tally.distribution,
      anonymous: Number(row?.anonymous_count ?? 0),
      active: {
        count: Number(row?.active_count ?? 0),
        starSum: Number(row?.active_star_sum ?? 0),
        anonymous: Number(row?.active_anonymous_count ?? 0),
      },
    };
  }

  /** When each (tool, rater) last rated the tool and last dismissed the invitation to. */
  async promptHistory(
    raters: Rater[],
  ): Promise<Map<string, { ratedAt?: Date; dismissedAt?: Date }>> {
    const history = new Map<string, { ratedAt?: Date; dismissedAt?: Date }>();
    if (!raters.length) {
      return history;
    }
    const pairs = raters.map(r => [r.toolRef, r.raterKey]);
    const [rated, dismissed] = await Promise.all([
      this.db(CURRENT)
        .whereIn(['tool_ref', 'rater_key'], pairs)
        .select('tool_ref', 'updated_at as at'),
      this.db(PROMPTS)
        .whereIn(['tool_ref', 'rater_key'], pairs)
        .select('tool_ref', 'dismissed_at as at'),
    ]);
    for (const [rows, field] of [
      [rated, 'ratedAt'],
      [dismissed, 'dismissedAt'],
    ] as const) {
      for (const row of rows) {
        history.set(row.tool_ref, {
          ...history.get(row.tool_ref),
          [field]: new Date(row.at),
        });
      }
    }
    return history;
  }

  /** Records that the rater dismissed the invitation to rate the tool. */
  async dismissPrompt(rater: Rater, now: Date) {
    await this.db(PROMPTS)
      .insert({
        tool_ref: rater.toolRef,
        rater_key: rater.raterKey,
        dismissed_at: now,
      })
      .onConflict(['tool_ref', 'rater_key'])
      .merge(['dismissed_at']);
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
      values: TALLY_COLUMNS,
      recount: tx =>
        tx(CURRENT)
          .groupBy('tool_ref', tx.raw("coalesce(team_ref, '')"))
          .select(
            'tool_ref',
            tx.raw("coalesce(team_ref, '') as team_ref"),
            tx.raw('count(*) as count'),
            tx.raw('sum(stars) as star_sum'),
            tx.raw(
              'sum(case when rater_active then 1 else 0 end) as active_count',
            ),
            tx.raw(
              'sum(case when rater_active then stars else 0 end) as active_star_sum',
            ),
            tx.raw(
              'sum(case when user_ref is null then 1 else 0 end) as anonymous_count',
            ),
            tx.raw(
              'sum(case when user_ref is null and rater_active then 1 else 0 end) as active_anonymous_count',
            ),
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
  ): Promise<Tallied | undefined> {
    await lockKey(tx, `rating\n${toolRef}\n${raterKey}`);
    const row = await tx(CURRENT)
      .where({ tool_ref: toolRef, rater_key: raterKey })
      .first();
    return row
      ? {
          teamRef: row.team_ref ?? undefined,
          stars: Number(row.stars),
          active: Boolean(row.rater_active),
          anonymous: row.user_ref === null,
        }
      : undefined;
  }

  /** Takes `from` out of its tally and adds `to` to its own, in a fixed order (no deadlock). */
  private async moveTallies(
    tx: Knex.Transaction,
    toolRef: string,
    from: Tallied | undefined,
    to: Tallied | undefined,
  ) {
    const changes = [
      ...(from ? [{ ...from, team: from.teamRef ?? '', sign: -1 }] : []),
      ...(to ? [{ ...to, team: to.teamRef ?? '', sign: 1 }] : []),
    ].sort((a, b) => a.team.localeCompare(b.team) || a.sign - b.sign);
    for (const { team, stars, active, anonymous, sign } of changes) {
      const delta = {
        count: sign,
        star_sum: sign * stars,
        [`s${stars}`]: sign,
        ...(active && { active_count: sign, active_star_sum: sign * stars }),
        ...(anonymous && { anonymous_count: sign }),
        ...(active && anonymous && { active_anonymous_count: sign }),
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
  return Object.fromEntries(TALLY_COLUMNS.map(column => [column, 0]));
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

function toComment(row: any): StoredRatingComment {
  return {
    commentId: Number(row.comment_id),
    toolRef: row.tool_ref,
    stars: Number(row.stars),
    comment: row.comment,
    userRef: row.user_ref ?? undefined,
  };
}
