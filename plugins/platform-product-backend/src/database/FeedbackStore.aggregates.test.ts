import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  CI,
  createFeedbackStore,
  daysAgo,
  DEPLOY,
  now,
  user,
} from '../__testUtils__/feedbackStore';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(60_000);

describe('FeedbackStore: maintained aggregates', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });
  const createStore = (databaseId: TestDatabaseId) =>
    createFeedbackStore(databases, databaseId);

  it.each(databases.eachSupportedId())(
    'keeps the response-time histogram equal to a recount while maintainers and authors answer at once, on %p',
    async databaseId => {
      const { knex, store, add } = await createStore(databaseId);
      const created = daysAgo(3);
      const ids = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          add(`item ${i}`, { at: new Date(created.getTime() + i * 600_000) }),
        ),
      );
      const sven = user('sven.eriksen');
      const later = (hours: number) =>
        new Date(created.getTime() + hours * 3600_000);
      // Per item, at once: two maintainers reply, one acknowledges then ships it, the author
      // replies; two items are merged. Only the first maintainer entry counts as the response.
      await Promise.allSettled(
        ids.flatMap((id, i) => [
          store.reply(id, { ref: sven, role: 'maintainer' }, 'on it', later(i)),
          store.reply(id, { ref: sven, role: 'maintainer' }, 'again', later(i)),
          store.reply(id, { role: 'author' }, 'thanks', later(1)),
          store
            .changeStatus(id, 'new', { status: 'acknowledged' }, sven, later(2))
            .then(() =>
              i % 2
                ? store.changeStatus(
                    id,
                    'acknowledged',
                    { status: 'declined', reason: 'no' },
                    sven,
                    later(30 + i),
                  )
                : undefined,
            ),
        ]),
      );
      await store.merge(ids[10], ids[11], sven, later(50));
      const tallies = await knex('platform_product_feedback_response_tallies')
        .groupBy('measure')
        .select('measure', knex.raw('sum(count) as count'));
      expect(
        Object.fromEntries(tallies.map(t => [t.measure, Number(t.count)])),
      ).toEqual({ first_response: 12, final_status: 6 });
      expect(await store.repairResponseTimes()).toBe(0);

      await knex('platform_product_feedback_response_tallies').update({
        count: 3,
      });
      expect(await store.repairResponseTimes()).toBeGreaterThan(0);
      expect(await store.repairResponseTimes()).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the counts per tool and status equal to a recount under concurrent triage, and repairs drift, on %p',
    async databaseId => {
      const { knex, store, add } = await createStore(databaseId);
      const ids = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          add(`item ${i}`, { toolRef: i % 2 ? CI : DEPLOY }),
        ),
      );
      const sven = user('sven.eriksen');
      // Two maintainers at once: each item acknowledged by one of them (the other gets a 409),
      // some declined, and merges, all concurrently.
      await Promise.allSettled([
        ...ids.flatMap(id => [
          store.changeStatus(id, 'new', { status: 'acknowledged' }, sven, now),
          store.changeStatus(id, 'new', { status: 'acknowledged' }, sven, now),
        ]),
        ...ids
          .slice(0, 6)
          .map(id =>
            store.changeStatus(
              id,
              'acknowledged',
              { status: 'declined', reason: 'no' },
              sven,
              now,
            ),
          ),
        store.merge(ids[10], ids[12], sven, now),
        store.merge(ids[11], ids[13], sven, now),
      ]);
      const recount = await knex('platform_product_feedback_items')
        .groupBy('status')
        .select('status', knex.raw('count(*) as count'));
      const page = await store.list(
        { sort: 'votes', limit: 25, offset: 0, status: ['acknowledged'] },
        now,
      );
      expect(page.totalCount).toBe(
        Number(recount.find(r => r.status === 'acknowledged')?.count ?? 0),
      );
      expect(await store.repairCounts()).toBe(0);

      await knex('platform_product_feedback_counts')
        .where({ tool_ref: CI, status: 'new' })
        .update({ count: 42 });
      expect(await store.repairCounts()).toBe(1);
      expect(await store.repairResponseTimes()).toBe(0);
      const all = await store.list(
        { sort: 'votes', limit: 25, offset: 0 },
        now,
      );
      expect(all.totalCount).toBe(ids.length - 2);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts the items waiting for triage from the maintained counts, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      expect(await store.countNew()).toBe(0);
      const first = await add('first');
      await add('second', { toolRef: DEPLOY });
      await store.changeStatus(
        first,
        'new',
        { status: 'acknowledged' },
        user('sven.eriksen'),
        now,
      );
      expect(await store.countNew()).toBe(1);
    },
  );
});
