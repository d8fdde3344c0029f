import { NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { DELIVERIES } from './ChangelogOutboxStore';
import { ENTRIES, REACTIONS, SEEN } from './changelogTables';
import { forUpdate } from './dialect';

/*
 * ChangelogStore's per-person state and what it adds up to (the store documents each): the
 * "helpful" reactions, whose count each entry keeps; each person's "last seen" marker; and an
 * entry's reach, its audience (the notification outbox) joined with those markers.
 */

/** 1 when the person's "last seen" marker is after the entry's publication. */
const READ = 'case when s.seen_at >= e.published_at then 1 else 0 end';

export async function react(
  db: Knex,
  id: number,
  userRef: string,
  helpful: boolean,
  now: Date,
): Promise<void> {
  await db.transaction(async tx => {
    const query = tx(ENTRIES)
      .where({ id, status: 'published' })
      .whereNull('deleted_at');
    if (!(await forUpdate(tx, query).first('id'))) {
      throw new NotFoundError(`No published changelog entry with id ${id}`);
    }
    if (helpful) {
      await tx(REACTIONS)
        .insert({ entry_id: id, user_ref: userRef, created_at: now })
        .onConflict(['entry_id', 'user_ref'])
        .ignore();
    } else {
      await tx(REACTIONS).where({ entry_id: id, user_ref: userRef }).delete();
    }
    await tx(ENTRIES)
      .where({ id })
      .update({
        helpful_count: tx(REACTIONS).where({ entry_id: id }).count('*'),
      });
  });
}

export async function helpfulFor(
  db: Knex,
  ids: number[],
  userRef: string,
): Promise<Set<number>> {
  const rows = await db(REACTIONS)
    .whereIn('entry_id', ids)
    .andWhere('user_ref', userRef)
    .select('entry_id');
  return new Set(rows.map(r => Number(r.entry_id)));
}

export async function seenAt(
  db: Knex,
  userRef: string,
): Promise<Date | undefined> {
  const row = await db(SEEN).where({ user_ref: userRef }).first();
  return row ? new Date(row.seen_at) : undefined;
}

export async function markSeen(
  db: Knex,
  userRef: string,
  now: Date,
): Promise<void> {
  await db(SEEN)
    .insert({ user_ref: userRef, seen_at: now })
    .onConflict('user_ref')
    .merge();
}

export async function readers(
  db: Knex,
  entryId: number,
): Promise<{ userRef: string; read: boolean }[]> {
  const rows = await db(`${DELIVERIES} as d`)
    .join(`${ENTRIES} as e`, 'e.id', 'd.entry_id')
    .leftJoin(`${SEEN} as s`, 's.user_ref', 'd.user_ref')
    .where('d.entry_id', entryId)
    .whereNotNull('e.published_at')
    .select('d.user_ref', db.raw(`${READ} as is_read`));
  return rows.map(r => ({
    userRef: r.user_ref,
    read: Number(r.is_read) === 1,
  }));
}

export async function reachSince(
  db: Knex,
  since: Date,
): Promise<{ publishedAt: Date; audience: number; readers: number }[]> {
  const rows = await db(`${ENTRIES} as e`)
    .join(`${DELIVERIES} as d`, 'd.entry_id', 'e.id')
    .leftJoin(`${SEEN} as s`, 's.user_ref', 'd.user_ref')
    .where('e.status', 'published')
    .whereNull('e.deleted_at')
    .andWhere('e.published_at', '>=', since)
    .groupBy('e.id', 'e.published_at')
    .select(
      'e.published_at',
      db.raw('count(*) as audience'),
      db.raw(`sum(${READ}) as readers`),
    );
  return rows.map(r => ({
    publishedAt: new Date(r.published_at),
    audience: Number(r.audience),
    readers: Number(r.readers),
  }));
}
