import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  CHECKOUT,
  createRoadmapStore,
  now,
} from '../__testUtils__/roadmapStore';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { ImpactMapStore } from './ImpactMapStore';

jest.setTimeout(60_000);

describe('ImpactMapStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: TestDatabaseId) {
    const { knex, store, add } = await createRoadmapStore(
      databases,
      databaseId,
    );
    return { store, add, impactMap: new ImpactMapStore(knex) };
  }

  it.each(databases.eachSupportedId())(
    'draws the impact map and unlinks items when a branch is deleted, on %p',
    async databaseId => {
      const { store, add, impactMap } = await createStore(databaseId);
      const goal = await impactMap.createGoal(
        { title: 'Halve time to production' },
        now,
      );
      const team = await impactMap.addActor(goal, { teamRef: CHECKOUT });
      const persona = await impactMap.addActor(goal, {
        persona: 'New joiners',
      });
      const impact = await impactMap.addImpact(team, 'Deploy without tickets');
      await impactMap.addImpact(persona, 'First deploy on day one');
      const item = await add('self-service', 'now', { impactId: impact });

      const {
        items: [map],
      } = await impactMap.goals(true, { limit: 25, offset: 0 });
      expect(map).toMatchObject({
        title: 'Halve time to production',
        actors: [
          {
            teamRef: CHECKOUT,
            impacts: [
              {
                title: 'Deploy without tickets',
                items: [{ id: item, lane: 'now', riceScore: 160 }],
              },
            ],
          },
          { persona: 'New joiners', impacts: [{ items: [] }] },
        ],
      });
      await expect(impactMap.addImpact(999, 'x')).rejects.toThrow(
        'No actor with id 999',
      );
      await impactMap.deleteFromMap('goal', goal);
      expect(await impactMap.goals(true, { limit: 25, offset: 0 })).toEqual({
        items: [],
        totalCount: 0,
      });
      expect((await store.get(item))?.impactId).toBeUndefined();
      expect(await impactMap.hasImpact(impact)).toBe(false);
    },
  );
});
