import { NotFoundError } from '@backstage/errors';
import {
  Page,
  RoadmapOutcome,
  SuccessCriterion,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { cappedCount, KeysetOrder, KeysetPage, keysetPage } from './keyset';
import { derivedOf, maintain } from './roadmapDerived';
import { withLinks } from './roadmapReads';
import type { StoredRoadmapItem } from './RoadmapStore';
import { CRITERIA, HISTORY, ITEMS, OUTCOMES } from './roadmapTables';
import { historyRow, lockVersion } from './roadmapWrites';

/*
 * RoadmapStore's reviews after shipping (the store documents each): an item's success criteria
 * and how each turned out, the criteria whose review is due, and the outcome decision of a
 * shipped item, which closes its review.
 */

/** Reviews due: oldest review date first, through the `(outcome, review_date, id)` index. */
const DUE_ORDER: KeysetOrder = {
  columns: [`${CRITERIA}.review_date`, `${CRITERIA}.id`],
  direction: 'asc',
  dateColumns: [`${CRITERIA}.review_date`],
};

export async function criteria(
  db: Knex,
  itemId: number,
): Promise<SuccessCriterion[]> {
  const rows = await db(CRITERIA).where({ item_id: itemId }).orderBy('id');
  return rows.map(toCriterion);
}

export async function setOutcome(
  db: Knex,
  criterionId: number,
  outcome: SuccessCriterion['outcome'],
  note: string | undefined,
): Promise<number> {
  const row = await db(CRITERIA).where({ id: criterionId }).first();
  if (!row) {
    throw new NotFoundError(`No success criterion with id ${criterionId}`);
  }
  await db(CRITERIA)
    .where({ id: criterionId })
    .update({ outcome, note: note ?? null });
  return Number(row.item_id);
}

export async function reviewsDue(
  db: Knex,
  now: Date,
  page: KeysetPage,
): Promise<Page<{ item: StoredRoadmapItem; criteria: SuccessCriterion[] }>> {
  const due = () =>
    db(CRITERIA)
      .join(ITEMS, `${ITEMS}.id`, `${CRITERIA}.item_id`)
      .where(`${CRITERIA}.outcome`, 'pending')
      .andWhere(`${CRITERIA}.review_date`, '<', now)
      .whereNot(`${ITEMS}.status`, 'killed')
      .whereNotExists(
        db(OUTCOMES).whereRaw('??.item_id = ??.id', [OUTCOMES, ITEMS]),
      );
  const [{ rows, nextCursor }, total] = await Promise.all([
    keysetPage<any>(due().select(`${CRITERIA}.*`), DUE_ORDER, page),
    cappedCount(db, due().select(`${CRITERIA}.id`)),
  ]);
  const ids = [...new Set(rows.map(row => Number(row.item_id)))];
  const items = new Map(
    (await withLinks(db, await db(ITEMS).whereIn('id', ids))).map(item => [
      item.id,
      item,
    ]),
  );
  return {
    items: ids.map(id => ({
      item: items.get(id)!,
      criteria: rows.filter(row => Number(row.item_id) === id).map(toCriterion),
    })),
    ...total,
    nextCursor,
  };
}

export async function decideOutcome(
  db: Knex,
  id: number,
  version: number,
  outcome: Omit<RoadmapOutcome, 'decidedAt' | 'decidedBy'>,
  actorRef: string,
  now: Date,
): Promise<void> {
  await db.transaction(async tx => {
    await lockVersion(tx, id, version, 'shipped');
    const before = await derivedOf(tx, id);
    await tx(ITEMS)
      .where({ id })
      .update({ version: version + 1, updated_at: now });
    await maintain(tx, id, before);
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

export async function outcomeOf(
  db: Knex,
  itemId: number,
): Promise<RoadmapOutcome | undefined> {
  const row = await db(OUTCOMES).where({ item_id: itemId }).first();
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
