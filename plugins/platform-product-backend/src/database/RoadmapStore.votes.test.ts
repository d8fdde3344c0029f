import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  CHECKOUT,
  createRoadmapStore,
  now,
  SEARCH,
} from '../__testUtils__/roadmapStore';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(60_000);

describe('RoadmapStore: votes', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });
  const createStore = (databaseId: TestDatabaseId) =>
    createRoadmapStore(databases, databaseId);

  it.each(databases.eachSupportedId())(
    'counts one vote per person and the distinct teams behind them, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const id = await add('cache', 'now');
      await Promise.all(
        Array.from({ length: 10 }, () =>
          store.vote(id, 'user:default/ravi', [CHECKOUT, SEARCH], now),
        ),
      );
      await Promise.all([
        store.vote(id, 'user:default/liam', [CHECKOUT], now),
        store.vote(id, 'user:default/maya', [], now),
      ]);
      expect(await store.get(id)).toMatchObject({
        voteCount: 3,
        voterTeamCount: 2,
      });
      expect((await store.voterTeamRefs(id)).sort()).toEqual([
        CHECKOUT,
        SEARCH,
      ]);

      await store.unvote(id, 'user:default/ravi');
      await store.unvote(id, 'user:default/ravi');
      expect(await store.get(id)).toMatchObject({
        voteCount: 2,
        voterTeamCount: 1,
        version: 1,
      });
      expect(await store.votedBy([id], 'user:default/liam')).toEqual(
        new Set([id]),
      );
    },
  );
});
