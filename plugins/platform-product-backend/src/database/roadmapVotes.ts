import { Knex } from 'knex';
import { derivedOf, maintain } from './roadmapDerived';
import type { VotedChange } from './RoadmapStore';
import { HISTORY, ITEMS, VOTE_TEAMS, VOTES } from './roadmapTables';
import { lockVersion } from './roadmapWrites';

/*
 * RoadmapStore's votes (the store documents each): one vote per person and item with the teams
 * the person is in, the counts each item keeps of them (recounted under the item's row lock),
 * and the voters, their teams and the changes they hear about.
 */

export async function vote(
  db: Knex,
  id: number,
  userRef: string,
  teamRefs: string[],
  now: Date,
): Promise<void> {
  await db.transaction(async tx => {
    await lockVersion(tx, id, undefined, 'active');
    const inserted = await tx(VOTES)
      .insert({ item_id: id, user_ref: userRef, created_at: now })
      .onConflict(['item_id', 'user_ref'])
      .ignore()
      .returning('item_id');
    if (inserted.length && teamRefs.length) {
      await tx(VOTE_TEAMS).insert(
        teamRefs.map(team_ref => ({
          item_id: id,
          user_ref: userRef,
          team_ref,
        })),
      );
    }
    await recount(tx, id);
  });
}

export async function unvote(
  db: Knex,
  id: number,
  userRef: string,
): Promise<void> {
  await db.transaction(async tx => {
    await lockVersion(tx, id);
    await tx(VOTES).where({ item_id: id, user_ref: userRef }).delete();
    await tx(VOTE_TEAMS).where({ item_id: id, user_ref: userRef }).delete();
    await recount(tx, id);
  });
}

/** Recounts the votes and the voters' distinct teams; the caller holds the row lock. */
async function recount(tx: Knex.Transaction, id: number) {
  const before = await derivedOf(tx, id);
  await tx(ITEMS)
    .where({ id })
    .update({
      vote_count: tx(VOTES).where({ item_id: id }).count('*'),
      voter_team_count: tx(VOTE_TEAMS)
        .where({ item_id: id })
        .countDistinct('team_ref'),
    });
  await maintain(tx, id, before);
}

export async function votedBy(
  db: Knex,
  ids: number[],
  userRef: string,
): Promise<Set<number>> {
  const rows = await db(VOTES)
    .whereIn('item_id', ids)
    .andWhere('user_ref', userRef)
    .select('item_id');
  return new Set(rows.map(r => Number(r.item_id)));
}

export async function voterRefs(
  db: Knex | Knex.Transaction,
  id: number,
): Promise<string[]> {
  return db(VOTES).where({ item_id: id }).pluck('user_ref');
}

export async function votersOf(db: Knex, ids: number[]): Promise<string[]> {
  return db(VOTES)
    .whereIn('item_id', ids)
    .distinct('user_ref')
    .pluck('user_ref');
}

export async function voterTeamRefs(db: Knex, id: number): Promise<string[]> {
  return db(VOTE_TEAMS)
    .where({ item_id: id })
    .distinct('team_ref')
    .pluck('team_ref');
}

export async function votedChanges(
  db: Knex,
  userRefs: string[],
  from: Date,
  to: Date,
): Promise<VotedChange[]> {
  const rows = await db(HISTORY)
    .join(VOTES, `${VOTES}.item_id`, `${HISTORY}.item_id`)
    .join(ITEMS, `${ITEMS}.id`, `${HISTORY}.item_id`)
    .whereIn(`${VOTES}.user_ref`, userRefs)
    .whereIn(`${HISTORY}.kind`, ['moved', 'shipped', 'killed'])
    .where(`${HISTORY}.created_at`, '>=', from)
    .where(`${HISTORY}.created_at`, '<', to)
    .where(`${ITEMS}.early_access`, false)
    .orderBy(`${HISTORY}.id`)
    .select(
      `${VOTES}.user_ref`,
      `${HISTORY}.item_id`,
      `${ITEMS}.title`,
      `${HISTORY}.kind`,
      `${HISTORY}.from_lane`,
      `${HISTORY}.to_lane`,
    );
  return rows.map(row => ({
    userRef: row.user_ref,
    itemId: Number(row.item_id),
    title: row.title,
    kind: row.kind,
    fromLane: row.from_lane ?? undefined,
    toLane: row.to_lane ?? undefined,
  }));
}
