import { Knex } from 'knex';
import { isUniqueViolation } from './dialect';

const DIGESTS = 'platform_product_digests';
const SETTINGS = 'platform_product_digest_settings';

/** How a person's digest of a week ended. */
export type DigestOutcome = 'sent' | 'empty' | 'muted';

/**
 * Who got which week's digest, and who turned it off. A (week, person) row is the claim that
 * makes sending happen at most once, whatever the number of replicas or re-runs.
 */
export class DigestStore {
  constructor(private readonly db: Knex) {}

  /**
   * Of `userRefs`, those the week still owes a digest: no row yet, or a claim older than
   * `staleBefore` (its sender died before finishing).
   */
  async pending(
    week: string,
    userRefs: string[],
    staleBefore: Date,
  ): Promise<string[]> {
    const settled = new Set<string>(
      await this.db(DIGESTS)
        .where({ week })
        .whereIn('user_ref', userRefs)
        .where(q =>
          q.whereNotNull('outcome').orWhere('claimed_at', '>=', staleBefore),
        )
        .pluck('user_ref'),
    );
    return userRefs.filter(ref => !settled.has(ref));
  }

  /** How many people the week is settled for (sent, empty, muted or being sent). */
  async countWeek(week: string): Promise<number> {
    const [{ count }] = await this.db(DIGESTS)
      .where({ week })
      .count({ count: '*' });
    return Number(count);
  }

  /**
   * Claims the person's digest of the week; true for exactly one caller. The insert is atomic
   * against the primary key; a claim left by a sender that died (older than `staleBefore`) is
   * taken over by one conditional update, which PostgreSQL re-checks under the row lock.
   */
  async claim(
    week: string,
    userRef: string,
    now: Date,
    staleBefore: Date,
  ): Promise<boolean> {
    try {
      await this.db(DIGESTS).insert({
        week,
        user_ref: userRef,
        claimed_at: now,
      });
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const taken = await this.db(DIGESTS)
      .where({ week, user_ref: userRef })
      .whereNull('outcome')
      .where('claimed_at', '<', staleBefore)
      .update({ claimed_at: now });
    return taken === 1;
  }

  /** Records how the claimed digest ended. */
  async complete(
    week: string,
    userRef: string,
    outcome: DigestOutcome,
    now: Date,
  ): Promise<void> {
    await this.db(DIGESTS)
      .where({ week, user_ref: userRef })
      .update({ outcome, completed_at: now });
  }

  /** Gives a claim back after a failed send, so that the next run tries again. */
  async release(week: string, userRef: string): Promise<void> {
    await this.db(DIGESTS)
      .where({ week, user_ref: userRef })
      .whereNull('outcome')
      .delete();
  }

  /** Outcomes of the week, by person (for tests and support). */
  async outcomes(week: string): Promise<Map<string, DigestOutcome | null>> {
    const rows = await this.db(DIGESTS)
      .where({ week })
      .select('user_ref', 'outcome');
    return new Map(rows.map(row => [row.user_ref, row.outcome]));
  }

  /** Of `userRefs`, those who turned the digest off. */
  async mutedAmong(userRefs: string[]): Promise<Set<string>> {
    const rows = await this.db(SETTINGS)
      .whereIn('user_ref', userRefs)
      .where('enabled', false)
      .pluck('user_ref');
    return new Set(rows);
  }

  async isEnabled(userRef: string): Promise<boolean> {
    return !(await this.mutedAmong([userRef])).has(userRef);
  }

  async setEnabled(userRef: string, enabled: boolean, now: Date) {
    await this.db(SETTINGS)
      .insert({ user_ref: userRef, enabled, updated_at: now })
      .onConflict('user_ref')
      .merge(['enabled', 'updated_at']);
  }
}
