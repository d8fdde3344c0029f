import { TestDatabases } from '@backstage/backend-test-utils';
import { roadmapItemFields } from '../__testUtils__/roadmapItemFields';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { ImpactMapStore } from './ImpactMapStore';
import { migrationsDir } from './migrations';
import { RoadmapItemFields, RoadmapStore } from './RoadmapStore';

jest.setTimeout(60_000);

const now = new Date('2026-11-20T10:00:00Z');
const SVEN = 'user:default/sven.eriksen';
const CHECKOUT = 'group:default/checkout';

describe('ImpactMapStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: any) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    const store = new RoadmapStore(knex);
    const impactMap = new ImpactMapStore(knex);
    const add = (
      title: string,
      lane: 'now' | 'next',
      overrides: Partial<RoadmapItemFields> = {},
    ) =>
      store.create(
        { ...roadmapItemFields({ title, ...overrides }), lane },
        SVEN,
        now,
      );
    return { store, add, impactMap };
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
