import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  CHECKOUT,
  CI,
  createRoadmapStore,
  DEPLOY,
  now,
  SEARCH,
  SVEN,
} from '../__testUtils__/roadmapStore';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { COUNT_CAP } from './keyset';

jest.setTimeout(60_000);

describe('RoadmapStore: lists and the board', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });
  const createStore = (databaseId: TestDatabaseId) =>
    createRoadmapStore(databases, databaseId);

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
});
