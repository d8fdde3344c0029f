import {
  ChampionActivity,
  ChampionActivityType,
  Kudos,
  Page,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { insertedId } from './dialect';
import { cappedCount, KeysetOrder, KeysetPage, keysetPage } from './keyset';

/*
 * ChampionsStore's record of what champions do and are thanked for (the store documents each):
 * the kudos feed and the activity log, appended to and read newest first or summarized.
 */

const KUDOS = 'platform_product_champion_kudos';
const ACTIVITIES = 'platform_product_champion_activities';

/** Kudos: newest first. */
const NEWEST_FIRST: KeysetOrder = { columns: ['id'], direction: 'desc' };

export async function addKudos(
  db: Knex | Knex.Transaction,
  kudos: Pick<Kudos, 'championRef' | 'fromRef' | 'message'>,
  now: Date,
): Promise<number> {
  const rows = await db(KUDOS)
    .insert({
      champion_ref: kudos.championRef,
      from_ref: kudos.fromRef,
      message: kudos.message,
      created_at: now,
    })
    .returning('id');
  return insertedId(rows);
}

export async function getKudos(
  db: Knex,
  id: number,
): Promise<Kudos | undefined> {
  const row = await db(KUDOS).where({ id }).first();
  return row && toKudos(row);
}

export async function listKudos(
  db: Knex,
  filter: { championRef?: string } & KeysetPage,
): Promise<Page<Kudos>> {
  const matches = () =>
    filter.championRef
      ? db(KUDOS).where('champion_ref', filter.championRef)
      : db(KUDOS);
  const [{ rows, nextCursor }, total] = await Promise.all([
    keysetPage(matches(), NEWEST_FIRST, filter),
    cappedCount(db, matches().select('id')),
  ]);
  return { items: rows.map(toKudos), ...total, nextCursor };
}

export async function logActivity(
  db: Knex,
  activity: Omit<ChampionActivity, 'id' | 'date'> & { date: Date },
  now: Date,
): Promise<number> {
  const rows = await db(ACTIVITIES)
    .insert({
      user_ref: activity.userRef,
      type: activity.type,
      date: activity.date,
      note: activity.note ?? null,
      created_at: now,
    })
    .returning('id');
  return insertedId(rows);
}

export async function summarizeActivities(
  db: Knex,
  since: Date,
): Promise<{
  byChampion: { userRef: string; count: number }[];
  byType: { type: ChampionActivityType; count: number }[];
}> {
  const recent = () => db(ACTIVITIES).where('date', '>=', since);
  const [byChampion, byType] = await Promise.all([
    recent()
      .groupBy('user_ref')
      .select('user_ref', db.raw('count(*) as count'))
      .orderBy([
        { column: 'count', order: 'desc' },
        { column: 'user_ref', order: 'asc' },
      ]),
    recent()
      .groupBy('type')
      .select('type', db.raw('count(*) as count'))
      .orderBy([
        { column: 'count', order: 'desc' },
        { column: 'type', order: 'asc' },
      ]),
  ]);
  return {
    byChampion: byChampion.map(r => ({
      userRef: r.user_ref,
      count: Number(r.count),
    })),
    byType: byType.map(r => ({ type: r.type, count: Number(r.count) })),
  };
}

export async function countActivities(
  db: Knex,
  userRef: string,
): Promise<number> {
  const [{ count }] = await db(ACTIVITIES)
    .where('user_ref', userRef)
    .count({ count: '*' });
  return Number(count);
}

function toKudos(row: any): Kudos {
  return {
    id: Number(row.id),
    championRef: row.champion_ref,
    fromRef: row.from_ref,
    message: row.message,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
