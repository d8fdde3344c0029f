import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import { ITEMS, lockItem, VOTES } from './feedbackTables';

/*
 * FeedbackStore's +1s (the store documents each): a person's +1 added or taken back under the
 * item's row lock with its `vote_count`, who +1'd what, and the people behind items (their
 * named authors and everyone who +1'd).
 */

export async function votedBy(
  db: Knex,
  itemIds: number[],
  userRef: string,
): Promise<Set<number>> {
  const rows = await db(VOTES)
    .whereIn('item_id', itemIds)
    .andWhere('user_ref', userRef)
    .select('item_id');
  return new Set(rows.map(r => Number(r.item_id)));
}

export async function voterRefs(db: Knex, itemId: number): Promise<string[]> {
  const rows = await db(VOTES).where('item_id', itemId).select('user_ref');
  return rows.map(r => r.user_ref);
}

export async function vote(
  db: Knex,
  itemId: number,
  userRef: string,
  now: Date,
): Promise<void> {
  await db.transaction(async tx => {
    const item = await lockItem(tx, itemId);
    if (item.status === 'merged') {
      throw new ConflictError(
        `Feedback ${itemId} was merged into ${item.merged_into_id}`,
      );
    }
    const inserted = await tx(VOTES)
      .insert({ item_id: itemId, user_ref: userRef, created_at: now })
      .onConflict(['item_id', 'user_ref'])
      .ignore()
      .returning('item_id');
    if (inserted.length) {
      await tx(ITEMS).where({ id: itemId }).increment('vote_count', 1);
    }
  });
}

export async function unvote(
  db: Knex,
  itemId: number,
  userRef: string,
): Promise<void> {
  await db.transaction(async tx => {
    await lockItem(tx, itemId);
    const deleted = await tx(VOTES)
      .where({ item_id: itemId, user_ref: userRef })
      .delete();
    if (deleted) {
      await tx(ITEMS).where({ id: itemId }).decrement('vote_count', 1);
    }
  });
}

export async function peopleBehind(
  tx: Knex.Transaction,
  ids: number[],
): Promise<Map<number, string[]>> {
  if (!ids.length) return new Map();
  const [items, votes] = await Promise.all([
    tx(ITEMS).whereIn('id', ids).select('id', 'author_ref'),
    tx(VOTES).whereIn('item_id', ids).select('item_id', 'user_ref'),
  ]);
  const people = new Map<number, string[]>(
    items.map(row => [Number(row.id), row.author_ref ? [row.author_ref] : []]),
  );
  for (const voter of votes) {
    people.get(Number(voter.item_id))?.push(voter.user_ref);
  }
  return people;
}
