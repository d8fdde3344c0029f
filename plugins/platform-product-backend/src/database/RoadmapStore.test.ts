import { TestDatabases } from '@backstage/backend-test-utils';
import { roadmapItemFields } from '../__testUtils__/roadmapItemFields';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { draftChangelogEntry } from '../__testUtils__/draftChangelogEntry';
import { migrationsDir } from './migrations';
import { COUNT_CAP } from './keyset';
import { RoadmapItemFields, RoadmapStore } from './RoadmapStore';
import { ChangelogStore } from './ChangelogStore';
import { FeedbackStore } from './FeedbackStore';
import { refuseDanglingLinks } from '../lib/links';

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-20T10:00:00Z');
const SVEN = 'user:default/sven.eriksen';
const CI = 'component:default/ci-pipelines';
const DEPLOY = 'system:default/deploy';
const CHECKOUT = 'group:default/checkout';
const SEARCH = 'group:default/search';

describe('RoadmapStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: any) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    const store = new RoadmapStore(knex);
    const add = (
      title: string,
      lane: 'now' | 'next' | 'later' | 'exploring',
      overrides: Partial<RoadmapItemFields> = {},
    ) =>
      store.create(
        { ...roadmapItemFields({ title, ...overrides }), lane },
        SVEN,
        now,
      );
    return { knex, store, add };
  }

  it.each(databases.eachSupportedId())(
    'searches titles for the pickers, alone or with other filters, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      await add('Faster CI caches', 'now', { riceScore: 10 });
      await add('Cache the canary', 'next', {
        riceScore: 20,
        toolRefs: [DEPLOY],
      });
      const ended = await add('Old caches', 'later');
      await store.kill(ended, 1, 'no', SVEN, now);
      const search = (filter: object) =>
        store.list({
          status: 'active',
          sort: 'rice',
          limit: 1,
          offset: 0,
          includeEarlyAccess: true,
          ...filter,
        });

      const all = await search({ q: 'CACHE', limit: 25 });
      expect(all.items.map(i => i.title)).toEqual([
        'Cache the canary',
        'Faster CI caches',
      ]);
      expect((await search({ q: 'cache' })).totalCount).toBe(2);
      const byTool = await search({ q: 'cache', toolRef: DEPLOY });
      expect(byTool.items.map(i => i.title)).toEqual(['Cache the canary']);
      const killed = await search({ q: 'caches', status: 'killed' });
      expect(killed.items.map(i => i.title)).toEqual(['Old caches']);
      expect(
        await store.titles([ended, ended + 100], { includeEarlyAccess: true }),
      ).toEqual(new Map([[ended, 'Old caches']]));
    },
  );

  it.each(databases.eachSupportedId())(
    'filters, sorts and pages items, and builds the board, in SQL, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const cache = await add('cache', 'now', { riceScore: 160 });
      const canary = await add('canary', 'now', {
        riceScore: 60,
        toolRefs: [DEPLOY],
        requestingTeamRefs: [CHECKOUT],
      });
      const arm = await add('arm', 'next', { riceScore: 300 });
      const portal = await add('portal', 'later', {
        riceScore: 10,
        ownerRef: 'group:default/security',
        toolRefs: [CI, DEPLOY],
        requestingTeamRefs: [CHECKOUT, SEARCH],
      });
      const titles = async (filter: object) =>
        (
          await store.list({
            status: 'active',
            sort: 'rice',
            limit: 25,
            offset: 0,
            includeEarlyAccess: true,
            ...filter,
          })
        ).items.map(i => i.title);

      expect(await titles({})).toEqual(['arm', 'cache', 'canary', 'portal']);
      expect(await titles({ lane: 'now' })).toEqual(['cache', 'canary']);
      expect(await titles({ toolRef: DEPLOY })).toEqual(['canary', 'portal']);
      expect(await titles({ requestingTeamRef: SEARCH })).toEqual(['portal']);
      expect(await titles({ ownerRef: 'group:default/security' })).toEqual([
        'portal',
      ]);
      expect(await titles({ sort: 'newest' })).toEqual([
        'portal',
        'arm',
        'canary',
        'cache',
      ]);
      const page = await store.list({
        status: 'active',
        sort: 'rice',
        limit: 2,
        offset: 2,
        includeEarlyAccess: true,
      });
      expect(page.totalCount).toBe(4);
      expect(page.items.map(i => i.id)).toEqual([canary, portal]);
      expect(page.items[1]).toMatchObject({
        toolRefs: [CI, DEPLOY].sort(),
        requestingTeamRefs: [CHECKOUT, SEARCH],
      });

      await store.kill(arm, 1, 'superseded', SVEN, now);
      const board = await store.board(1, true);
      expect(board.get('now')).toMatchObject({
        totalCount: 2,
        items: [expect.objectContaining({ id: cache })],
      });
      expect(board.get('later')?.items.map(i => i.id)).toEqual([portal]);
      expect(board.has('next')).toBe(false);
      expect(await titles({ status: 'killed' })).toEqual(['arm']);

      // Early-access items only for those who may see them: lists, board and counts.
      await add('preview', 'now', { riceScore: 500, earlyAccess: true });
      expect(await titles({ lane: 'now' })).toEqual([
        'preview',
        'cache',
        'canary',
      ]);
      expect(await titles({ lane: 'now', includeEarlyAccess: false })).toEqual([
        'cache',
        'canary',
      ]);
      expect((await store.board(1, false)).get('now')).toMatchObject({
        totalCount: 2,
        items: [expect.objectContaining({ id: cache })],
      });
      expect((await store.board(1, true)).get('now')?.totalCount).toBe(3);
    },
  );

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
      const { store, add } = await createStore(databaseId);
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
    'counts a list filtered by a requesting team up to a cap, then says there are more, on %p',
    async databaseId => {
      const { knex, store, add } = await createStore(databaseId);
      const first = await add('first', 'now', {
        requestingTeamRefs: [CHECKOUT],
      });
      const [{ max }] = await knex('platform_product_roadmap_items').max({
        max: 'id',
      });
      const template = await knex('platform_product_roadmap_items')
        .where({ id: first })
        .first();
      const rows = Array.from({ length: COUNT_CAP }, (_, i) => ({
        ...template,
        id: Number(max) + 1 + i,
      }));
      await knex.batchInsert('platform_product_roadmap_items', rows, 200);
      const sortKeys = {
        owner_ref: template.owner_ref,
        status: template.status,
        lane: template.lane,
        early_access: template.early_access,
        rice_score: template.rice_score,
        vote_count: template.vote_count,
        updated_at: template.updated_at,
      };
      await knex.batchInsert(
        'platform_product_roadmap_item_teams',
        rows.map(r => ({
          item_id: r.id,
          team_ref: CHECKOUT,
          ...sortKeys,
        })),
        200,
      );
      const filter = {
        status: 'active' as const,
        sort: 'newest' as const,
        limit: 25,
        offset: 0,
        includeEarlyAccess: false,
      };
      expect(
        await store.list({ ...filter, requestingTeamRef: CHECKOUT }),
      ).toMatchObject({
        totalCount: COUNT_CAP,
        moreThanTotal: true,
      });
      await knex('platform_product_roadmap_items')
        .where({ id: first })
        .delete();
      const exact = await store.list({
        ...filter,
        requestingTeamRef: CHECKOUT,
      });
      expect(exact.totalCount).toBe(COUNT_CAP);
      expect(exact.moreThanTotal).toBeUndefined();
      expect(exact.items).toHaveLength(25);
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
