import { Knex } from 'knex';
import { insertedId } from './dialect';
import {
  MyRating,
  RatingSummary,
} from 'backstage-plugin-platform-product-common';

const CURRENT = 'platform_product_ratings';
const HISTORY = 'platform_product_rating_history';

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

/**
 * Tool ratings: one current rating per (tool, rater) and an append-only history of every
 * change. Only the current rating knows its rater; the history holds stars, comments and
 * times, never who, so nothing in it can be linked to a person or to their other ratings.
 * Aggregates are computed in SQL over the current ratings.
 */
export class RatingsStore {
  constructor(private readonly db: Knex) {}

  /** Records a rating and makes it the rater's current one, atomically. */
  async set(rating: StoredRating, now: Date): Promise<void> {
    await this.db.transaction(async tx => {
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
    });
  }

  /** Withdraws the rater's current rating; returns false when there was none. */
  async withdraw(
    toolRef: string,
    raterKey: string,
    now: Date,
  ): Promise<boolean> {
    return this.db.transaction(async tx => {
      const deleted = await tx(CURRENT)
        .where({ tool_ref: toolRef, rater_key: raterKey })
        .delete();
      if (!deleted) {
        return false;
      }
      await tx(HISTORY).insert({
        tool_ref: toolRef,
        stars: null,
        comment: null,
        created_at: now,
      });
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

  /** Count, average and distribution of a tool's current ratings, in one query. */
  async summarize(toolRef: string): Promise<{
    count: number;
    average: number | null;
    distribution: NonNullable<RatingSummary['distribution']>;
  }> {
    const stars = [1, 2, 3, 4, 5] as const;
    const row = await this.db(CURRENT)
      .where({ tool_ref: toolRef })
      .select(
        this.db.raw('count(*) as count'),
        this.db.raw('avg(stars) as average'),
        ...stars.map(s =>
          this.db.raw(`sum(case when stars = ? then 1 else 0 end) as s${s}`, [
            s,
          ]),
        ),
      )
      .first();
    const count = Number(row?.count ?? 0);
    return {
      count,
      average: count ? Number(row.average) : null,
      distribution: {
        1: Number(row?.s1 ?? 0),
        2: Number(row?.s2 ?? 0),
        3: Number(row?.s3 ?? 0),
        4: Number(row?.s4 ?? 0),
        5: Number(row?.s5 ?? 0),
      },
    };
  }
}
