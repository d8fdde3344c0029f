import { ChangelogDeliveryReport } from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { isSqlite } from './dialect';

export const DELIVERIES = 'platform_product_changelog_deliveries';
const ENTRIES = 'platform_product_changelog_entries';
const INSERT_BATCH = 500;

/**
 * A queued notification about an entry, for one person: the entry's announcement, or, with
 * `feedbackItemId`, the news that their feedback shipped with it.
 */
export type Delivery = {
  entryId: number;
  userRef: string;
  feedbackItemId?: number;
};

/**
 * The changelog's notification outbox: one row per entry and person, queued in the publish
 * transaction (`queueDeliveries`), claimed by senders a batch at a time, marked sent or released
 * for a retry. See docs/architecture.md, "Exactly once".
 */
export class ChangelogOutboxStore {
  constructor(private readonly db: Knex) {}

  /**
   * Queues, in `tx`, notices that feedback shipped with the entry: one per person and entry,
   * replacing the entry's announcement for a person queued already.
   */
  async queueFeedbackDeliveries(
    tx: Knex.Transaction,
    entryId: number,
    deliveries: { userRef: string; feedbackItemId: number }[],
  ): Promise<void> {
    await queueDeliveries(
      tx,
      deliveries.map(delivery => ({ ...delivery, entryId })),
      true,
    );
  }

  /**
   * Claims up to `limit` unsent notifications of published entries (or ones claimed before
   * `staleBefore`, whose sender died); those queued in a draft's or scheduled entry's outbox (a
   * roadmap item shipped by hand with it) wait for its publication. On PostgreSQL, rows another
   * replica is claiming are skipped, never shared.
   */
  async claimDeliveries(
    now: Date,
    staleBefore: Date,
    limit: number,
  ): Promise<Delivery[]> {
    return this.db.transaction(async tx => {
      const pending = tx(DELIVERIES)
        .whereNull('sent_at')
        .andWhere(q =>
          q.whereNull('claimed_at').orWhere('claimed_at', '<', staleBefore),
        )
        .whereExists(
          tx(ENTRIES)
            .whereRaw('??.id = ??.entry_id', [ENTRIES, DELIVERIES])
            .where('status', 'published'),
        )
        .orderBy(['entry_id', 'user_ref'])
        .limit(limit)
        .select('entry_id', 'user_ref', 'feedback_item_id');
      const rows = await (isSqlite(tx)
        ? pending
        : pending.forUpdate().skipLocked());
      if (rows.length) {
        await tx(DELIVERIES)
          .whereIn(
            ['entry_id', 'user_ref'],
            rows.map(r => [r.entry_id, r.user_ref]),
          )
          .update({ claimed_at: now });
      }
      return rows.map(r => ({
        entryId: Number(r.entry_id),
        userRef: r.user_ref,
        feedbackItemId: r.feedback_item_id
          ? Number(r.feedback_item_id)
          : undefined,
      }));
    });
  }

  async markDelivered(deliveries: Delivery[], now: Date): Promise<void> {
    await this.settle(deliveries, { sent_at: now, failed_at: null });
  }

  /**
   * Gives claimed deliveries back after a failed send, for the next run to retry, noting when
   * the send failed (the delivery report counts them as failed until one succeeds).
   */
  async releaseDeliveries(deliveries: Delivery[], now: Date): Promise<void> {
    await this.settle(deliveries, { claimed_at: null, failed_at: now });
  }

  /** The entry's outbox: sent, waiting, and waiting after a failed send (one indexed query). */
  async deliveryReport(entryId: number): Promise<ChangelogDeliveryReport> {
    const rows = await this.db(DELIVERIES)
      .where('entry_id', entryId)
      .select(
        this.db.raw(
          `case when sent_at is not null then 'sent' when failed_at is not null then 'failed' else 'pending' end as state`,
        ),
      )
      .count({ count: '*' })
      .groupBy('state');
    const report: ChangelogDeliveryReport = { sent: 0, pending: 0, failed: 0 };
    for (const row of rows as {
      state: keyof typeof report;
      count: unknown;
    }[]) {
      report[row.state] = Number(row.count);
    }
    return report;
  }

  private async settle(
    deliveries: Delivery[],
    changes: Record<string, unknown>,
  ) {
    if (deliveries.length) {
      await this.db(DELIVERIES)
        .whereIn(
          ['entry_id', 'user_ref'],
          deliveries.map(d => [d.entryId, d.userRef]),
        )
        .update(changes);
    }
  }
}

/**
 * Adds outbox rows, one per entry and person. With `replace`, a person already queued for the
 * entry gets this row's notification instead (e.g. about their feedback rather than the entry).
 */
export async function queueDeliveries(
  tx: Knex.Transaction,
  deliveries: Delivery[],
  replace = false,
) {
  const unique = new Map(deliveries.map(d => [d.userRef, d]));
  const rows = [...unique.values()].map(d => ({
    entry_id: d.entryId,
    user_ref: d.userRef,
    feedback_item_id: d.feedbackItemId ?? null,
  }));
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const insert = tx(DELIVERIES)
      .insert(rows.slice(i, i + INSERT_BATCH))
      .onConflict(['entry_id', 'user_ref']);
    await (replace ? insert.merge(['feedback_item_id']) : insert.ignore());
  }
}
