import { Knex } from 'knex';
import type { FeedbackFilter } from './FeedbackStore';
import { repairAggregate } from './aggregates';
import { COUNTS, ITEMS } from './feedbackTables';
import { cappedCount } from './keyset';

/*
 * The maintained counts of items per tool and status (FeedbackStore documents its methods):
 * what each write adds to them in its transaction, the totals read from them, and their repair.
 */

/** Adds to the maintained counts, in a fixed order so that writers never deadlock. */
export async function bumpCounts(
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

/**
 * How many items match: from the maintained counts when the filter is only statuses and a
 * tool (the inbox's usual views), else by counting the matching rows up to COUNT_CAP.
 */
export async function countMatching(
  db: Knex,
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
    return cappedCount(db, matching());
  }
  const query = db(COUNTS).sum({ count: 'count' });
  if (filter.toolRef) query.where('tool_ref', filter.toolRef);
  if (filter.status) query.whereIn('status', filter.status);
  else query.whereNot('status', 'merged');
  const [{ count }] = await query;
  return { totalCount: Number(count ?? 0) };
}

export async function countNew(db: Knex): Promise<number> {
  const [{ count }] = await db(COUNTS)
    .where('status', 'new')
    .sum({ count: 'count' });
  return Number(count ?? 0);
}

export async function repairCounts(db: Knex): Promise<number> {
  return repairAggregate(db, {
    table: COUNTS,
    keys: ['tool_ref', 'status'],
    values: ['count'],
    recount: tx =>
      tx(ITEMS)
        .groupBy('tool_ref', 'status')
        .select('tool_ref', 'status', tx.raw('count(*) as count')),
  });
}
