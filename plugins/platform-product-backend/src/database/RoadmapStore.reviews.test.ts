import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { roadmapItemFields } from '../__testUtils__/roadmapItemFields';
import {
  createRoadmapStore,
  DAY,
  now,
  SVEN,
} from '../__testUtils__/roadmapStore';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(60_000);

describe('RoadmapStore: success criteria, reviews and outcome decisions', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });
  const createStore = (databaseId: TestDatabaseId) =>
    createRoadmapStore(databases, databaseId);

  it.each(databases.eachSupportedId())(
    'keeps criteria outcomes across edits and lists reviews that are due, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const id = await add('cache', 'now', {
        criteria: [
          {
            metric: 'p50 build time',
            target: '< 5 min',
            reviewDate: new Date(now.getTime() - DAY),
          },
          {
            metric: 'adoption',
            target: '10 teams',
            reviewDate: new Date(now.getTime() + DAY),
          },
        ],
      });
      const [build, adoption] = await store.criteria(id);
      await store.setOutcome(adoption.id, 'met', 'done early');
      await store.update(
        id,
        1,
        roadmapItemFields({
          criteria: [
            { ...build, reviewDate: new Date(build.reviewDate) },
            {
              id: adoption.id,
              metric: 'adoption',
              target: '12 teams',
              reviewDate: new Date(adoption.reviewDate),
            },
          ],
        }),
        now,
      );
      expect(await store.criteria(id)).toEqual([
        expect.objectContaining({ id: build.id, outcome: 'pending' }),
        expect.objectContaining({
          id: adoption.id,
          target: '12 teams',
          outcome: 'met',
          note: 'done early',
        }),
      ]);
      const due = await store.reviewsDue(now, { limit: 10, offset: 0 });
      expect(due.items).toEqual([
        {
          item: expect.objectContaining({ id }),
          criteria: [expect.objectContaining({ id: build.id })],
        },
      ]);
      await expect(store.setOutcome(999, 'met', undefined)).rejects.toThrow(
        'No success criterion with id 999',
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'pages reviews due after leaving out killed items, so their criteria never hide active ones, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const criteria = (count: number, daysAgo: number) =>
        Array.from({ length: count }, (_, i) => ({
          metric: `metric ${i}`,
          target: 'more',
          reviewDate: new Date(now.getTime() - (daysAgo + i) * DAY),
        }));
      // The killed item's criteria are the oldest: a limit before the filter would return
      // only them, and then nothing.
      const killed = await add('killed', 'now', { criteria: criteria(3, 10) });
      await store.kill(killed, 1, 'no longer needed', SVEN, now);
      const first = await add('first', 'now', { criteria: criteria(2, 3) });
      const second = await add('second', 'now', { criteria: criteria(1, 1) });

      const page = await store.reviewsDue(now, { limit: 2, offset: 0 });
      expect(page.items.map(due => [due.item.id, due.criteria.length])).toEqual(
        [[first, 2]],
      );
      expect(page.totalCount).toBe(3);
      const rest = await store.reviewsDue(now, {
        limit: 2,
        offset: 0,
        cursor: page.nextCursor,
      });
      expect(rest.items.map(due => due.item.id)).toEqual([second]);
      expect(rest.nextCursor).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'records the outcome decision of a shipped item once per item, with its history, and it closes the review, on %p',
    async databaseId => {
      const { store, add, knex } = await createStore(databaseId);
      const id = await add('cache', 'now', {
        criteria: [
          {
            metric: 'p50 build time',
            target: '< 5 min',
            reviewDate: new Date(now.getTime() - DAY),
          },
        ],
      });
      const outcome = {
        decision: 'iterate' as const,
        reason: 'adoption flat',
        measured: { shippedAt: now.toISOString(), tools: [] },
        evidence: { people: 3, anonymous: 1, kinds: 2 },
      };
      await expect(
        store.decideOutcome(id, 1, outcome, SVEN, now),
      ).rejects.toThrow(`Roadmap item ${id} is active`);
      await store.ship(id, 1, [], SVEN, now);
      expect(
        (await store.reviewsDue(now, { limit: 10, offset: 0 })).items.map(
          d => d.item.id,
        ),
      ).toEqual([id]);
      await expect(
        store.decideOutcome(id, 1, outcome, SVEN, now),
      ).rejects.toMatchObject({ name: 'ConflictError' });

      await store.decideOutcome(id, 2, outcome, SVEN, now);
      await store.decideOutcome(
        id,
        3,
        { ...outcome, decision: 'kill', reason: 'nobody uses it' },
        SVEN,
        new Date(now.getTime() + DAY),
      );
      expect(await store.outcome(id)).toEqual({
        ...outcome,
        decision: 'kill',
        reason: 'nobody uses it',
        decidedBy: SVEN,
        decidedAt: new Date(now.getTime() + DAY).toISOString(),
      });
      expect((await store.get(id))?.version).toBe(4);
      // Lists filtered by tool sort by the tool link's copy of the item's sort keys.
      const { updated_at } = await knex('platform_product_roadmap_items')
        .where({ id })
        .first('updated_at');
      expect(
        await knex('platform_product_roadmap_item_tools')
          .where({ item_id: id })
          .pluck('updated_at'),
      ).toEqual([updated_at]);
      expect(
        (await store.history(id))
          .filter(h => h.kind === 'outcome')
          .map(h => h.note),
      ).toEqual(['iterate: adoption flat', 'kill: nobody uses it']);
      expect(
        (await store.reviewsDue(now, { limit: 10, offset: 0 })).items,
      ).toEqual([]);
      expect(await store.outcome(999)).toBeUndefined();
    },
  );
});
