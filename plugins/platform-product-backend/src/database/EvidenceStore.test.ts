import { TestDatabases } from '@backstage/backend-test-utils';
import { roadmapItemFields } from '../__testUtils__/roadmapItemFields';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { EvidenceStore } from './EvidenceStore';
import { migrationsDir } from './migrations';
import { RoadmapStore } from './RoadmapStore';

jest.setTimeout(60_000);

const now = new Date('2026-12-14T10:00:00Z');
const SVEN = 'user:default/sven.eriksen';
const MAYA = 'user:default/maya.lindqvist';

describe('EvidenceStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: any) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    const roadmap = new RoadmapStore(knex);
    const addItem = (title: string) =>
      roadmap.create(
        { ...roadmapItemFields({ title }), lane: 'now' },
        SVEN,
        now,
      );
    return { knex, roadmap, store: new EvidenceStore(knex), addItem };
  }

  const feedback = (sourceId: number) =>
    ({ sourceKind: 'feedback', sourceId } as const);

  describe('link', () => {
    it.each(databases.eachSupportedId())(
      'links a source once per item, and returns the first link when linked again, on %p',
      async databaseId => {
        const { store, addItem } = await createStore(databaseId);
        const cache = await addItem('Build cache');
        const canary = await addItem('Canary deploys');

        const first = await store.link(cache, feedback(7), SVEN, now);
        const again = await store.link(cache, feedback(7), MAYA, now);
        const elsewhere = await store.link(canary, feedback(7), MAYA, now);

        expect(first).toEqual({
          created: true,
          link: {
            id: expect.any(Number),
            roadmapItemId: cache,
            sourceKind: 'feedback',
            sourceId: 7,
            linkedBy: SVEN,
            linkedAt: now.toISOString(),
          },
        });
        expect(again).toEqual({ created: false, link: first.link });
        expect(elsewhere.created).toBe(true);
        expect(elsewhere.link.id).not.toBe(first.link.id);
      },
    );
  });

  describe('linksOf and itemsOf', () => {
    it.each(databases.eachSupportedId())(
      'reads the links of several items in one go, and the items of a source with their titles, on %p',
      async databaseId => {
        const { store, addItem } = await createStore(databaseId);
        const cache = await addItem('Build cache');
        const canary = await addItem('Canary deploys');
        await store.link(cache, feedback(7), SVEN, now);
        await store.link(cache, feedback(8), SVEN, now);
        await store.link(canary, feedback(7), SVEN, now);

        const links = await store.linksOf([cache, canary]);
        expect(links.map(l => [l.roadmapItemId, l.sourceId])).toEqual([
          [cache, 7],
          [cache, 8],
          [canary, 7],
        ]);
        expect(await store.linksOf([])).toEqual([]);
        const items = await store.itemsOf(feedback(7));
        expect(items.map(i => [i.roadmapItemId, i.roadmapItemTitle])).toEqual([
          [cache, 'Build cache'],
          [canary, 'Canary deploys'],
        ]);
        expect(await store.itemsOf(feedback(9))).toEqual([]);
      },
    );
  });

  describe('unlink', () => {
    it.each(databases.eachSupportedId())(
      'removes a link of the item only, and links go with their item, on %p',
      async databaseId => {
        const { store, roadmap, addItem } = await createStore(databaseId);
        const cache = await addItem('Build cache');
        const canary = await addItem('Canary deploys');
        const { link } = await store.link(cache, feedback(7), SVEN, now);
        await store.link(canary, feedback(8), SVEN, now);

        expect(await store.unlink(canary, link.id)).toBe(false);
        expect(await store.unlink(cache, link.id)).toBe(true);
        expect(await store.unlink(cache, link.id)).toBe(false);
        expect(await store.linksOf([cache])).toEqual([]);

        await roadmap.delete(canary, async () => {});
        expect(await store.itemsOf(feedback(8))).toEqual([]);
      },
    );
  });
});
