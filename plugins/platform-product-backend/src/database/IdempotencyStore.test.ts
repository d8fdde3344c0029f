import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { ChampionsStore } from './ChampionsStore';
import { IdempotencyStore } from './IdempotencyStore';
import { migrationsDir } from './migrations';

jest.setTimeout(60_000);

const now = new Date('2026-12-01T10:00:00Z');
const ALEX = 'user:default/alex.morgan';
const LIAM = 'user:default/liam.walsh';
const RAVI = 'user:default/ravi.iyer';
const KEY = '0b6f3a52-4c1e-4f7d-9a0e-2f1c3d4e5f60';
const KUDOS = { championRef: RAVI, message: 'Thanks for the demo!' };
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('IdempotencyStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: any) {
    const db = await databases.init(databaseId);
    await db.migrate.latest({ directory: migrationsDir });
    const champions = new ChampionsStore(db);
    /** Gives kudos in the key's transaction, slowly, so that a second request overlaps it. */
    const giveKudos = (message: string) => async (tx?: Knex.Transaction) => {
      const id = await champions.addKudos(
        { ...KUDOS, message, fromRef: ALEX },
        now,
        tx,
      );
      await sleep(200);
      return id;
    };
    const kudosCount = async () =>
      Number(
        (await db('platform_product_champion_kudos').count('* as n'))[0].n,
      );
    return {
      db,
      store: new IdempotencyStore(db, 'secret'),
      giveKudos,
      kudosCount,
    };
  }

  it.each(databases.eachSupportedId())(
    'creates once per key, answers a retry with the first resource, and refuses another body, on %p',
    async databaseId => {
      const { db, store, giveKudos, kudosCount } = await createStore(
        databaseId,
      );
      const claim = store.claim('champion-kudos', ALEX, KEY, KUDOS);
      expect(await store.find(claim)).toBeUndefined();
      const first = await store.once(claim, giveKudos('first'), now);
      expect(first.created).toBe(true);

      expect(await store.find(claim)).toBe(first.id);
      const insert = jest.fn(giveKudos('second'));
      expect(await store.once(claim, insert, now)).toEqual({
        id: first.id,
        created: false,
      });
      expect(insert).not.toHaveBeenCalled();
      expect(await kudosCount()).toBe(1);

      const otherBody = store.claim('champion-kudos', ALEX, KEY, {
        ...KUDOS,
        message: 'Thanks!',
      });
      await expect(store.find(otherBody)).rejects.toThrow(
        'Idempotency-Key was used before for a different request',
      );
      await expect(
        store.once(otherBody, giveKudos('other'), now),
      ).rejects.toThrow('Idempotency-Key was used before');
      // The same key of another person, or for another kind of create, is another key.
      for (const other of [
        store.claim('champion-kudos', LIAM, KEY, KUDOS),
        store.claim('feedback', ALEX, KEY, KUDOS),
      ]) {
        expect(await store.find(other)).toBeUndefined();
      }
      expect(await kudosCount()).toBe(1);

      // Nothing stored names the person or holds the key itself.
      const rows = await db('platform_product_idempotency_keys');
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toMatch(/alex|0b6f3a52/);
    },
  );

  it.each(databases.eachSupportedId())(
    'records no key when the create fails, so that a retry creates, on %p',
    async databaseId => {
      const { store, giveKudos, kudosCount } = await createStore(databaseId);
      const claim = store.claim('champion-kudos', ALEX, KEY, KUDOS);
      await expect(
        store.once(
          claim,
          async tx => {
            await giveKudos('lost')(tx);
            throw new Error('connection lost');
          },
          now,
        ),
      ).rejects.toThrow('connection lost');
      expect(await store.find(claim)).toBeUndefined();
      expect(await kudosCount()).toBe(0);
      expect((await store.once(claim, giveKudos('again'), now)).created).toBe(
        true,
      );
      expect(await kudosCount()).toBe(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'creates exactly once when two requests with one key arrive at once, on %p',
    async databaseId => {
      const { db, giveKudos, kudosCount } = await createStore(databaseId);
      // Two replicas, each with its own store, on one database.
      const replicas = [
        new IdempotencyStore(db, 'secret'),
        new IdempotencyStore(db, 'secret'),
      ];
      for (let round = 0; round < 5; round++) {
        const key = `${KEY}-${round}`;
        const results = await Promise.all(
          replicas.map((store, i) =>
            store.once(
              store.claim('champion-kudos', ALEX, key, KUDOS),
              giveKudos(`replica ${i}`),
              now,
            ),
          ),
        );
        expect(results.map(r => r.created).sort()).toEqual([false, true]);
        expect(results[0].id).toBe(results[1].id);
        expect(await kudosCount()).toBe(round + 1);
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'forgets keys older than the given time, on %p',
    async databaseId => {
      const { store, giveKudos } = await createStore(databaseId);
      const old = store.claim('champion-kudos', ALEX, 'old', KUDOS);
      const recent = store.claim('champion-kudos', ALEX, 'recent', KUDOS);
      await store.once(old, giveKudos('old'), new Date('2026-11-20T10:00:00Z'));
      const { id } = await store.once(recent, giveKudos('recent'), now);
      expect(
        await store.deleteOlderThan(new Date('2026-11-24T10:00:00Z')),
      ).toBe(1);
      expect(await store.find(old)).toBeUndefined();
      expect(await store.find(recent)).toBe(id);
    },
  );
});
