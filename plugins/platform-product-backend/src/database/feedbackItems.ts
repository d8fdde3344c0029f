import { NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import type { NewFeedbackItem } from './FeedbackStore';
import { insertedId } from './dialect';
import { bumpCounts } from './feedbackCounts';
import { ITEMS, lockItem, TAGS } from './feedbackTables';

/*
 * FeedbackStore's writes of an item's own fields (the store documents each): an item created
 * (with the maintained counts), assigned, tagged.
 */

export async function createItem(
  db: Knex | Knex.Transaction,
  item: NewFeedbackItem,
  now: Date,
): Promise<number> {
  return inTransaction(db, async trx => {
    const id = await insertItem(trx, item, now);
    await bumpCounts(trx, [{ tool: item.toolRef, status: 'new', by: 1 }]);
    return id;
  });
}

async function insertItem(
  tx: Knex.Transaction,
  item: NewFeedbackItem,
  now: Date,
): Promise<number> {
  const rows = await tx(ITEMS)
    .insert({
      tool_ref: item.toolRef,
      kind: item.kind,
      title: item.title,
      body: item.body,
      status: 'new',
      author_key: item.authorKey,
      author_salt: item.authorSalt,
      author_ref: item.authorRef ?? null,
      vote_count: 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id');
  return insertedId(rows);
}

/** Runs `fn` in `tx` if it is a transaction already, else in a new one. */
function inTransaction<T>(
  tx: Knex | Knex.Transaction,
  fn: (trx: Knex.Transaction) => Promise<T>,
): Promise<T> {
  return (tx as Knex.Transaction).isTransaction
    ? fn(tx as Knex.Transaction)
    : tx.transaction(fn);
}

export async function assign(
  db: Knex,
  itemId: number,
  assigneeRef: string | undefined,
  now: Date,
): Promise<void> {
  const updated = await db(ITEMS)
    .where({ id: itemId })
    .update({ assignee_ref: assigneeRef ?? null, updated_at: now });
  if (!updated) {
    throw new NotFoundError(`No feedback with id ${itemId}`);
  }
}

export async function setTags(
  db: Knex,
  itemId: number,
  tags: string[],
  now: Date,
): Promise<void> {
  await db.transaction(async tx => {
    await lockItem(tx, itemId);
    await tx(TAGS).where({ item_id: itemId }).delete();
    if (tags.length) {
      await tx(TAGS).insert(tags.map(tag => ({ item_id: itemId, tag })));
    }
    await tx(ITEMS).where({ id: itemId }).update({ updated_at: now });
  });
}
