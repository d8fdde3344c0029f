import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { migrationsDir } from './migrations';
import { RatingsStore } from './RatingsStore';

jest.setTimeout(60_000);

const TOOL = 'component:default/ci-pipelines';
const now = new Date('2026-11-20T10:00:00Z');

describe('RatingsStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: any) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    return { knex, store: new RatingsStore(knex) };
  }

  it.each(databases.eachSupportedId())(
    'keeps one current rating per rater and summarises them in SQL, on %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      await store.set(
        { toolRef: TOOL, raterKey: 'a', userRef: 'user:default/a', stars: 2 },
        now,
      );
      await store.set(
        {
          toolRef: TOOL,
          raterKey: 'a',
          userRef: 'user:default/a',
          stars: 5,
          comment: 'better now',
        },
        now,
      );
      await store.set({ toolRef: TOOL, raterKey: 'b', stars: 4 }, now);
      await store.set(
        { toolRef: TOOL, raterKey: 'c', userRef: 'user:default/c', stars: 4 },
        now,
      );
      await store.set(
        { toolRef: 'api:default/other', raterKey: 'a', stars: 1 },
        now,
      );

      expect(await store.summarize(TOOL)).toEqual({
        count: 3,
        average: 13 / 3,
        distribution: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 1 },
      });
      expect(await store.getCurrent(TOOL, 'a')).toEqual({
        stars: 5,
        comment: 'better now',
        anonymous: false,
        updatedAt: now.toISOString(),
      });
      expect((await store.getCurrent(TOOL, 'b'))?.anonymous).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'summarises a tool nobody rated as empty, on %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      expect(await store.summarize(TOOL)).toEqual({
        count: 0,
        average: null,
        distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the history, and going anonymous erases the name from it, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      await store.set(
        { toolRef: TOOL, raterKey: 'a', userRef: 'user:default/a', stars: 3 },
        now,
      );
      await store.set(
        { toolRef: TOOL, raterKey: 'z', userRef: 'user:default/z', stars: 3 },
        now,
      );
      await store.set({ toolRef: TOOL, raterKey: 'a', stars: 1 }, now);

      const history = await knex('platform_product_rating_history')
        .where({ rater_key: 'a' })
        .orderBy('id');
      expect(history.map(r => Number(r.stars))).toEqual([3, 1]);
      expect(history.map(r => r.user_ref)).toEqual([null, null]);
      const current = await knex('platform_product_ratings').where({
        rater_key: 'a',
      });
      expect(current.map(r => r.user_ref)).toEqual([null]);
      // Someone else's named rating is untouched.
      const other = await knex('platform_product_rating_history').where({
        rater_key: 'z',
      });
      expect(other[0].user_ref).toBe('user:default/z');
    },
  );

  it.each(databases.eachSupportedId())(
    'withdraws a rating once, recording it in the history, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      await store.set({ toolRef: TOOL, raterKey: 'a', stars: 4 }, now);
      expect(await store.withdraw(TOOL, 'a', now)).toBe(true);
      expect(await store.withdraw(TOOL, 'a', now)).toBe(false);
      expect(await store.getCurrent(TOOL, 'a')).toBeUndefined();
      expect((await store.summarize(TOOL)).count).toBe(0);
      const history = await knex('platform_product_rating_history').orderBy(
        'id',
      );
      expect(
        history.map(r => (r.stars === null ? null : Number(r.stars))),
      ).toEqual([4, null]);
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves exactly one current rating when one person rates concurrently, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      await Promise.all(
        [1, 2, 3, 4, 5, 1, 2, 3, 4, 5].map(stars =>
          store.set({ toolRef: TOOL, raterKey: 'a', stars }, now),
        ),
      );
      const current = await knex('platform_product_ratings');
      expect(current).toHaveLength(1);
      expect((await store.summarize(TOOL)).count).toBe(1);
      const history = await knex('platform_product_rating_history');
      expect(history).toHaveLength(10);
    },
  );
});
