import { ConflictError, NotFoundError } from '@backstage/errors';
import { FeedbackStatus } from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import type { StatusChange } from './FeedbackStore';
import { forUpdate } from './dialect';
import { bumpCounts } from './feedbackCounts';
import { FINAL, ITEMS, lockItem, VOTES } from './feedbackTables';
import { ActivityRow, addActivity } from './feedbackThread';
import { peopleBehind } from './feedbackVotes';

/*
 * FeedbackStore's triage (the store documents each): an item's status changed by a maintainer,
 * items shipped or declined with a roadmap item, and a duplicate merged into its original; each
 * in one transaction with the maintained counts and an entry in each thread.
 */

export async function changeStatus(
  db: Knex,
  itemId: number,
  from: FeedbackStatus,
  change: StatusChange,
  actorRef: string,
  now: Date,
  checkLinks?: (tx: Knex.Transaction) => Promise<void>,
): Promise<void> {
  await db.transaction(async tx => {
    await checkLinks?.(tx);
    const updated = await tx(ITEMS)
      .where({ id: itemId, status: from })
      .update({
        status: change.status,
        ...linksAfter(change),
        decline_reason:
          change.status === 'declined' ? change.reason ?? null : null,
        updated_at: now,
      });
    const item = await tx(ITEMS).where({ id: itemId }).first();
    if (!item) {
      throw new NotFoundError(`No feedback with id ${itemId}`);
    }
    if (!updated) {
      throw new ConflictError(
        `Feedback ${itemId} is ${item.status} now, not ${from}: someone else changed it meanwhile`,
      );
    }
    await bumpCounts(tx, [
      { tool: item.tool_ref, status: from, by: -1 },
      { tool: item.tool_ref, status: change.status, by: 1 },
    ]);
    await addActivity(
      tx,
      item,
      statusActivity(item, actorRef, now, change.reason),
    );
  });
}

export async function shipPlanned(
  tx: Knex.Transaction,
  roadmapItemIds: number[],
  changelogEntryId: number | undefined,
  actorRef: string,
  now: Date,
): Promise<{ id: number; people: string[] }[]> {
  const planned: any[] = await forUpdate(
    tx,
    tx(ITEMS)
      .whereIn('roadmap_item_id', roadmapItemIds)
      .andWhere('status', 'planned')
      .orderBy('id'),
  );
  const ids = await moveAll(
    tx,
    planned,
    { status: 'shipped', changelogEntryId },
    actorRef,
    now,
  );
  const people = await peopleBehind(tx, ids);
  return ids.map(id => ({ id, people: people.get(id) ?? [] }));
}

export async function settle(
  tx: Knex.Transaction,
  ids: number[],
  change: StatusChange & { status: 'shipped' | 'declined' },
  actorRef: string,
  now: Date,
): Promise<number[]> {
  if (!ids.length) return [];
  const open: any[] = await forUpdate(
    tx,
    tx(ITEMS)
      .whereIn('id', ids)
      .whereNotIn('status', [...FINAL, 'merged'])
      .orderBy('id'),
  );
  return moveAll(tx, open, change, actorRef, now);
}

export async function merge(
  db: Knex,
  duplicateId: number,
  originalId: number,
  actorRef: string,
  now: Date,
): Promise<void> {
  await db.transaction(async tx => {
    const [first, second] = [duplicateId, originalId].sort((a, b) => a - b);
    const locked = [await lockItem(tx, first), await lockItem(tx, second)];
    const merged = locked.find(row => row.status === 'merged');
    if (merged) {
      throw new ConflictError(`Feedback ${merged.id} is already merged`);
    }
    // Both rows are locked and every vote locks its item first: no +1 can slip in meanwhile.
    await tx(VOTES).insert(
      tx(VOTES)
        .where('item_id', duplicateId)
        .whereNotIn(
          'user_ref',
          tx(VOTES).where('item_id', originalId).select('user_ref'),
        )
        .select(tx.raw('?', [originalId]), 'user_ref', 'created_at'),
    );
    await tx(VOTES).where('item_id', duplicateId).delete();
    await tx(ITEMS)
      .where({ id: originalId })
      .update({
        vote_count: tx(VOTES).where('item_id', originalId).count('*'),
        updated_at: now,
      });
    await tx(ITEMS).where({ id: duplicateId }).update({
      status: 'merged',
      merged_into_id: originalId,
      vote_count: 0,
      updated_at: now,
    });
    const duplicate = locked.find(row => Number(row.id) === duplicateId)!;
    await bumpCounts(tx, [
      { tool: duplicate.tool_ref, status: duplicate.status, by: -1 },
      { tool: duplicate.tool_ref, status: 'merged', by: 1 },
    ]);
    for (const [item, related] of [
      [duplicate, originalId],
      [locked.find(row => Number(row.id) === originalId)!, duplicateId],
    ]) {
      await addActivity(tx, item, {
        kind: 'merge',
        actor_ref: actorRef,
        actor_role: 'maintainer',
        related_item_id: related,
        created_at: now,
      });
    }
  });
}

/**
 * Moves the locked `rows` to `change.status` (shipped or declined): the links and reason of the
 * step, the maintained counts, an entry in each thread. Returns their ids.
 */
async function moveAll(
  tx: Knex.Transaction,
  rows: any[],
  change: StatusChange,
  actorRef: string,
  now: Date,
): Promise<number[]> {
  if (!rows.length) return [];
  const ids = rows.map(row => Number(row.id));
  const links = {
    ...linksAfter(change),
    ...(change.status === 'shipped' &&
      change.roadmapItemId && { roadmap_item_id: change.roadmapItemId }),
  };
  const reason = change.status === 'declined' ? change.reason ?? null : null;
  await tx(ITEMS)
    .whereIn('id', ids)
    .update({
      status: change.status,
      ...links,
      decline_reason: reason,
      updated_at: now,
    });
  await bumpCounts(
    tx,
    rows.flatMap(row => [
      { tool: row.tool_ref, status: row.status, by: -1 },
      { tool: row.tool_ref, status: change.status, by: 1 },
    ]),
  );
  for (const row of rows) {
    const moved = { ...row, status: change.status, ...links };
    await addActivity(
      tx,
      moved,
      statusActivity(moved, actorRef, now, reason ?? undefined),
    );
  }
  return ids;
}

/**
 * The link columns a status change sets: planned takes the given roadmap item (else keeps its
 * own) and no changelog entry, shipped keeps the roadmap item and takes the given changelog
 * entry, and the other statuses link nothing.
 */
function linksAfter(change: StatusChange) {
  switch (change.status) {
    case 'planned':
      return {
        ...(change.roadmapItemId && { roadmap_item_id: change.roadmapItemId }),
        changelog_entry_id: null,
      };
    case 'shipped':
      return { changelog_entry_id: change.changelogEntryId ?? null };
    default:
      return { roadmap_item_id: null, changelog_entry_id: null };
  }
}

/** The thread entry of a status change, with the links the item has after it. */
function statusActivity(
  item: {
    status: string;
    roadmap_item_id: number | null;
    changelog_entry_id: number | null;
  },
  actorRef: string,
  now: Date,
  reason?: string,
): ActivityRow {
  return {
    kind: 'status',
    actor_ref: actorRef,
    actor_role: 'maintainer',
    status: item.status,
    body: reason ?? null,
    roadmap_item_id: item.roadmap_item_id ?? null,
    changelog_entry_id: item.changelog_entry_id ?? null,
    created_at: now,
  };
}
