import { FeedbackActivity } from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import type { Actor } from './FeedbackStore';
import { secondsBetween } from './dialect';
import { repairAggregate } from './aggregates';
import {
  ACTIVITY,
  FINAL,
  ITEMS,
  lockItem,
  optionalNumber,
} from './feedbackTables';
import {
  bucketOf,
  bucketSql,
  RESPONSE_TALLIES,
  ResponseMeasure,
} from './responseTimes';

/*
 * An item's thread (FeedbackStore documents its methods): replies, its entries added with the
 * response-time histogram that Insights shows, a page of it, and the histogram's repair.
 */

export type ActivityRow = {
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
 * Adds an entry to the thread of a locked item; when it is the first to end one of the waits
 * Insights measures, counts how long the item waited in the response-time histogram.
 */
export async function addActivity(
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

export async function reply(
  db: Knex,
  itemId: number,
  actor: Actor,
  body: string,
  now: Date,
): Promise<void> {
  await db.transaction(async tx => {
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

export async function listActivity(
  db: Knex,
  itemId: number,
  page: { limit: number; offset: number },
): Promise<{ items: FeedbackActivity[]; totalCount: number }> {
  const [rows, [{ count }]] = await Promise.all([
    db(ACTIVITY)
      .where({ item_id: itemId })
      .orderBy('id', 'asc')
      .limit(page.limit)
      .offset(page.offset),
    db(ACTIVITY).where({ item_id: itemId }).count({ count: '*' }),
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

export async function repairResponseTimes(db: Knex): Promise<number> {
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
  return repairAggregate(db, {
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
