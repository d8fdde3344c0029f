import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { draftChangelogEntry } from '../__testUtils__/draftChangelogEntry';
import { roadmapItemFields } from '../__testUtils__/roadmapItemFields';
import {
  CHECKOUT,
  CI,
  createRoadmapStore,
  now,
  SEARCH,
  SVEN,
} from '../__testUtils__/roadmapStore';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { refuseDanglingLinks } from '../lib/links';
import { ChangelogStore } from './ChangelogStore';
import { FeedbackStore } from './FeedbackStore';

jest.setTimeout(60_000);

describe('RoadmapStore: versioned writes, deletes and maintained counts', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });
  const createStore = (databaseId: TestDatabaseId) =>
    createRoadmapStore(databases, databaseId);

  it.each(databases.eachSupportedId())(
    'refuses stale versions and records every lane move, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const id = await add('cache', 'next');
      await store.move(id, 1, 'now', SVEN, now);
      await expect(
        store.update(id, 1, roadmapItemFields({ title: 'stale' }), now),
      ).rejects.toThrow('changed by someone else (version 2, yours 1)');
      // Two maintainers moving the same version at once: exactly one wins.
      const results = await Promise.allSettled([
        store.move(id, 2, 'later', SVEN, now),
        store.move(id, 2, 'exploring', 'user:default/maya', now),
      ]);
      expect(results.map(r => r.status).sort()).toEqual([
        'fulfilled',
        'rejected',
      ]);
      await store.ship(id, 3, [7, 9], SVEN, now);
      await expect(store.kill(id, 4, 'too late', SVEN, now)).rejects.toThrow(
        `Roadmap item ${id} is shipped`,
      );
      await expect(store.move(999, 1, 'now', SVEN, now)).rejects.toThrow(
        'No roadmap item with id 999',
      );

      expect(await store.get(id)).toMatchObject({
        status: 'shipped',
        version: 4,
        changelogEntryIds: [7, 9],
        shippedAt: now.toISOString(),
      });
      const history = await store.history(id);
      expect(history.map(h => [h.kind, h.fromLane, h.toLane])).toEqual([
        ['created', undefined, 'next'],
        ['moved', 'next', 'now'],
        ['moved', 'now', expect.stringMatching(/later|exploring/)],
        ['shipped', expect.stringMatching(/later|exploring/), undefined],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the board counts equal to a recount while maintainers edit at once, and repairs drift, on %p',
    async databaseId => {
      const { knex, store, add } = await createStore(databaseId);
      const ids = await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          add(`item ${i}`, i % 2 ? 'now' : 'next', {
            earlyAccess: i % 3 === 0,
            requestingTeamRefs: [CHECKOUT],
          }),
        ),
      );
      const secondMaintainer = [
        (id: number) => store.delete(id, async () => {}),
        (id: number) => store.ship(id, 1, [], SVEN, now),
        (id: number) => store.kill(id, 1, 'no', SVEN, now),
        (id: number) =>
          store.update(
            id,
            1,
            roadmapItemFields({
              title: 'x',
              earlyAccess: true,
              requestingTeamRefs: [SEARCH],
            }),
            now,
          ),
      ];
      // Two maintainers acting on every item at once (one of each pair wins, the other gets a
      // 409 or a 404) while people vote.
      await Promise.allSettled(
        ids.flatMap((id, i) => [
          store.vote(id, `user:default/voter-${i}`, [SEARCH], now),
          store.move(id, 1, 'later', SVEN, now),
          secondMaintainer[i % 4](id),
        ]),
      );
      const recount = await knex('platform_product_roadmap_items')
        .where('status', 'active')
        .groupBy('lane')
        .select('lane', knex.raw('count(*) as count'));
      const board = await store.board(50, true);
      expect(
        Object.fromEntries([...board].map(([lane, p]) => [lane, p.totalCount])),
      ).toEqual(
        Object.fromEntries(recount.map(r => [r.lane, Number(r.count)])),
      );
      expect(await store.repairLaneCounts()).toBe(0);
      for (const links of ['item_tools', 'item_teams']) {
        const copies = await knex(`platform_product_roadmap_${links} as l`)
          .join('platform_product_roadmap_items as i', 'i.id', 'l.item_id')
          .select(
            'i.status',
            'i.lane',
            'i.early_access',
            'i.rice_score',
            'i.vote_count',
            knex.raw('l.status as link_status'),
            knex.raw('l.lane as link_lane'),
            knex.raw('l.early_access as link_early_access'),
            knex.raw('l.rice_score as link_rice_score'),
            knex.raw('l.vote_count as link_vote_count'),
          );
        expect(copies.length).toBeGreaterThan(0);
        for (const row of copies) {
          expect([
            row.link_status,
            row.link_lane,
            !!row.link_early_access,
            Number(row.link_rice_score),
            Number(row.link_vote_count),
          ]).toEqual([
            row.status,
            row.lane,
            !!row.early_access,
            Number(row.rice_score),
            Number(row.vote_count),
          ]);
        }
      }

      await knex('platform_product_roadmap_lane_counts').update({ count: 42 });
      expect(await store.repairLaneCounts()).toBeGreaterThan(0);
      expect(await store.repairLaneCounts()).toBe(0);

      // The items shipped and killed per quarter (program health) match a recount too, also
      // when the remaining items are shipped, killed and deleted at once.
      const left = await knex('platform_product_roadmap_items')
        .where('status', 'active')
        .select('id', 'version');
      await Promise.allSettled(
        left.flatMap(({ id, version }, i) => [
          store.ship(Number(id), version, [], SVEN, now),
          store.kill(Number(id), version, 'no', SVEN, now),
          ...(i % 3 ? [] : [store.delete(Number(id), async () => {})]),
        ]),
      );
      const [{ ended }] = await knex('platform_product_roadmap_items')
        .whereIn('status', ['shipped', 'killed'])
        .count({ ended: '*' });
      const [{ counted }] = await knex(
        'platform_product_roadmap_quarter_counts',
      ).sum({ counted: 'count' });
      expect(Number(ended)).toBeGreaterThan(0);
      expect(Number(counted)).toBe(Number(ended));
      expect(await store.repairQuarterCounts()).toBe(0);
      await knex('platform_product_roadmap_quarter_counts').update({
        count: 7,
      });
      expect(await store.repairQuarterCounts()).toBeGreaterThan(0);
      expect(await store.repairQuarterCounts()).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'checks that nothing links to an item inside its delete, after a shipment linking an entry meanwhile, on %p',
    async databaseId => {
      const { knex, store, add } = await createStore(databaseId);
      const changelog = new ChangelogStore(knex);
      const id = await add('Faster CI caches', 'now');
      const entryId = await draftChangelogEntry(changelog, 'Caches', now);
      let deleting: Promise<string> | undefined;
      // The shipment holds the item's row while the delete starts, then links the entry.
      const shipping = store.ship(id, 1, [entryId], SVEN, now, async tx => {
        deleting = store
          .delete(id, async deleteTx => {
            const linked = await changelog.linkingRoadmapItem(id, 10, deleteTx);
            refuseDanglingLinks(`Roadmap item ${id}`, {
              changelogEntryIds: linked,
            });
          })
          .then(
            () => 'deleted',
            (error: Error) => error.message,
          );
        await new Promise(resolve => setTimeout(resolve, 300));
        await changelog.linkShippedItem(tx, [entryId], id);
      });

      await shipping;
      expect(await deleting).toBe(
        `Roadmap item ${id} is still linked from changelog entries #${entryId}: unlink them first`,
      );
      expect((await store.get(id))?.status).toBe('shipped');
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps an item that feedback is being planned against from being deleted meanwhile, on %p',
    async databaseId => {
      const { knex, store, add } = await createStore(databaseId);
      const feedback = new FeedbackStore(knex);
      const id = await add('Faster CI caches', 'now');
      const feedbackId = await feedback.create(
        {
          toolRef: CI,
          kind: 'idea',
          title: 'Cache',
          body: '',
          authorKey: 'key',
          authorSalt: 'salt',
          authorRef: SVEN,
        },
        now,
      );
      let deleting: Promise<string> | undefined;
      // The plan checks its roadmap item (and keeps it) while the delete starts.
      await feedback.changeStatus(
        feedbackId,
        'new',
        { status: 'planned', roadmapItemId: id },
        SVEN,
        now,
        async tx => {
          await store.existing([id], tx);
          deleting = store
            .delete(id, async deleteTx => {
              refuseDanglingLinks(`Roadmap item ${id}`, {
                feedbackIds: await feedback.linkedTo(
                  { roadmapItemId: id },
                  deleteTx,
                ),
              });
            })
            .then(
              () => 'deleted',
              (error: Error) => error.message,
            );
          await new Promise(resolve => setTimeout(resolve, 300));
        },
      );

      expect(await deleting).toBe(
        `Roadmap item ${id} is still linked from feedback #${feedbackId}: unlink them first`,
      );
      expect(await store.get(id)).toBeDefined();
    },
  );
});
