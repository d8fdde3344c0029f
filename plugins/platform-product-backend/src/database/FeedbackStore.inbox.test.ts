import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { FeedbackStatus } from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import {
  CI,
  createFeedbackStore,
  daysAgo,
  DEPLOY,
  now,
  user,
} from '../__testUtils__/feedbackStore';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { FeedbackFilter } from './FeedbackStore';

jest.setTimeout(60_000);

/**
 * PostgreSQL's plan of the page query `list` sends, with sequential scans and sorts priced out
 * as on a big table.
 */
async function plansOfPage(knex: Knex, list: () => Promise<unknown>) {
  const pages: { sql: string; bindings: Knex.RawBinding[] }[] = [];
  const record = (q: { sql: string; bindings: Knex.RawBinding[] }) => {
    if (/^select \*/i.test(q.sql)) pages.push(q);
  };
  knex.on('query', record);
  await list();
  knex.off('query', record);
  const [{ sql, bindings }] = pages;
  return knex.transaction(async tx => {
    await tx.raw('set local enable_seqscan = off');
    await tx.raw('set local enable_sort = off');
    const plan = await tx.raw(
      `explain ${sql.replace(/\$\d+/g, '?')}`,
      bindings,
    );
    return JSON.stringify(plan.rows);
  });
}

describe('FeedbackStore: the inbox', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });
  const createStore = (databaseId: TestDatabaseId) =>
    createFeedbackStore(databases, databaseId);

  it.each(databases.eachSupportedId())(
    'searches titles by their words, in any order and case, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      await add('Slow builds on main');
      await add('Build cache misses');
      await add('100% CPU_usage');
      await add('Slow builds elsewhere', { toolRef: DEPLOY });
      const titles = async (q: string, toolRef?: string) =>
        (
          await store.list(
            { q, toolRef, sort: 'newest', limit: 25, offset: 0 },
            now,
          )
        ).items.map(i => i.title);

      expect(await titles('BUILDS slow', CI)).toEqual(['Slow builds on main']);
      expect(await titles('build')).toEqual([
        'Slow builds elsewhere',
        'Build cache misses',
        'Slow builds on main',
      ]);
      // LIKE's wildcards are words' separators here, never wildcards.
      expect(await titles('cpu_usage')).toEqual(['100% CPU_usage']);
      expect(await titles('%')).toHaveLength(4);
      expect(await titles('nothing like it')).toEqual([]);
      const counted = await store.list(
        { q: 'slow', sort: 'votes', limit: 1, offset: 0 },
        now,
      );
      expect(counted.totalCount).toBe(2);
    },
  );

  it.each(databases.eachSupportedId())(
    'suggests similar items of the same tool, most shared words first, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const both = await add('Slow builds on main');
      const one = await add('Builds fail randomly');
      await add('Slow builds', { toolRef: DEPLOY });
      const merged = await add('Slow builds again');
      await store.merge(merged, both, user('sven.eriksen'), now);
      await store.vote(one, user('a'), now);

      const similar = (title: string, excludeId?: number) =>
        store
          .similar({ toolRef: CI, title, excludeId, limit: 5 })
          .then(items => items.map(i => i.title));
      expect(await similar('builds are slow')).toEqual([
        'Slow builds on main',
        'Builds fail randomly',
      ]);
      expect(await similar('builds are slow', both)).toEqual([
        'Builds fail randomly',
      ]);
      // Words of fewer than four letters say nothing about a title.
      expect(await similar('on a CI')).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'filters, sorts and pages the inbox on the server, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const old = await add('old', { at: daysAgo(40) });
      const popular = await add('popular', { at: daysAgo(10) });
      const fresh = await add('fresh', { at: daysAgo(1), anonymous: true });
      const deploy = await add('deploy', { toolRef: DEPLOY, at: daysAgo(2) });
      for (const name of ['a', 'b', 'c']) {
        await store.vote(popular, user(name), now);
      }
      await store.vote(old, user('a'), now);
      await store.changeStatus(
        old,
        'new',
        { status: 'declined', reason: 'out of scope' },
        user('sven.eriksen'),
        now,
      );

      const list = (filter: object) =>
        store.list({ sort: 'votes', limit: 25, offset: 0, ...filter }, now);
      const titles = async (filter: object) =>
        (await list(filter)).items.map(i => i.title);

      expect(await titles({})).toEqual(['popular', 'old', 'deploy', 'fresh']);
      expect(await titles({ sort: 'newest' })).toEqual([
        'deploy',
        'fresh',
        'popular',
        'old',
      ]);
      expect(await titles({ sort: 'oldest', toolRef: CI })).toEqual([
        'old',
        'popular',
        'fresh',
      ]);
      expect(await titles({ status: ['new'], maxAgeDays: 7 })).toEqual([
        'deploy',
        'fresh',
      ]);
      expect(await titles({ minAgeDays: 7, sort: 'oldest' })).toEqual([
        'old',
        'popular',
      ]);
      // Only named items can be listed as someone's; the anonymous 'fresh' is not.
      expect(await titles({ authorRef: user('alex.morgan') })).toEqual([
        'popular',
        'old',
        'deploy',
      ]);

      const page = await list({ sort: 'newest', limit: 2, offset: 2 });
      expect(page.totalCount).toBe(4);
      expect(page.items.map(i => i.id)).toEqual([popular, old]);

      expect(await store.get(old)).toMatchObject({
        status: 'declined',
        declineReason: 'out of scope',
        voteCount: 1,
        authorRef: user('alex.morgan'),
      });
      expect((await store.get(fresh))?.authorRef).toBeUndefined();
      expect((await store.get(deploy))?.toolRef).toBe(DEPLOY);
    },
  );

  it.each(databases.eachSupportedId())(
    'pages the open inbox of every tool or one, without the closed items, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const ids: number[] = [];
      for (let i = 0; i < 8; i++) {
        ids.push(await add(`item ${i}`, { toolRef: i % 2 ? DEPLOY : CI }));
      }
      for (const i of [2, 3, 5]) await store.vote(ids[i], user('a'), now);
      await store.vote(ids[5], user('b'), now);
      const [planned, declined] = [ids[2], ids[5]];
      await store.changeStatus(
        planned,
        'new',
        { status: 'planned' },
        user('sven.eriksen'),
        now,
      );
      await store.changeStatus(
        declined,
        'new',
        { status: 'declined', reason: 'no' },
        user('sven.eriksen'),
        now,
      );
      const open: FeedbackStatus[] = ['planned', 'new', 'acknowledged'];
      const pages = async (filter: Partial<FeedbackFilter>) => {
        const seen: number[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.list(
            {
              sort: 'votes',
              limit: 2,
              offset: 0,
              status: open,
              ...filter,
              cursor,
            },
            now,
          );
          seen.push(...page.items.map(i => i.id));
          cursor = page.nextCursor;
        } while (cursor);
        return seen;
      };
      const [a, b, c, d, e, , g, h] = ids;
      expect(await pages({})).toEqual([d, c, h, g, e, b, a]);
      expect(await pages({ toolRef: CI })).toEqual([c, g, e, a]);
      expect(await pages({ sort: 'newest', toolRef: DEPLOY })).toEqual([
        h,
        d,
        b,
      ]);
      expect(await pages({ sort: 'oldest' })).toEqual([a, b, c, d, e, g, h]);
    },
  );

  // PostgreSQL, where the inbox grows; SQLite (for development) proves no partial index from a
  // query's parameters.
  const postgres = databases
    .eachSupportedId()
    .filter(([id]) => id.startsWith('POSTGRES'));
  if (postgres.length) {
    it.each(postgres)(
      'reads the open inbox through the open items’ own indexes, on %p',
      async databaseId => {
        const { knex, store, add } = await createStore(databaseId);
        for (const title of ['a', 'b', 'c']) await add(title);
        const open: FeedbackStatus[] = ['new', 'acknowledged', 'planned'];
        const list = (filter: Partial<FeedbackFilter>) =>
          store.list(
            { sort: 'votes', limit: 2, offset: 0, status: open, ...filter },
            now,
          );
        const { nextCursor } = await list({});
        const { nextCursor: newest } = await list({ sort: 'newest' });
        expect([
          await plansOfPage(knex, () => list({ cursor: nextCursor })),
          await plansOfPage(knex, () =>
            list({ sort: 'newest', cursor: newest }),
          ),
          await plansOfPage(knex, () => list({ toolRef: CI })),
          await plansOfPage(knex, () => list({ sort: 'oldest', toolRef: CI })),
        ]).toEqual([
          expect.stringContaining('pp_feedback_open_votes_idx'),
          expect.stringContaining('pp_feedback_open_newest_idx'),
          expect.stringContaining('pp_feedback_open_tool_votes_idx'),
          expect.stringContaining('pp_feedback_open_tool_newest_idx'),
        ]);
      },
    );
  }

  it.each(databases.eachSupportedId())(
    'pages by cursor in every sort, equal to offset paging, and counts other filters up to a cap, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const ids: number[] = [];
      for (let i = 0; i < 7; i++) {
        ids.push(await add(`item ${i}`, { at: daysAgo(i + 1) }));
      }
      // Ties on +1s: items 1, 3 and 5 have one each, the tie broken by id.
      for (const i of [1, 3, 5]) await store.vote(ids[i], user('a'), now);
      await store.vote(ids[6], user('a'), now);
      await store.vote(ids[6], user('b'), now);
      for (const sort of ['votes', 'newest', 'oldest'] as const) {
        const all = await store.list({ sort, limit: 25, offset: 0 }, now);
        const seen: number[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.list(
            { sort, limit: 3, offset: 0, cursor },
            now,
          );
          seen.push(...page.items.map(i => i.id));
          expect(page.totalCount).toBe(7);
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen).toEqual(all.items.map(i => i.id));
        expect(all.nextCursor).toBeUndefined();
      }
      // The offset counts from the cursor: 6 and 5 on the first page, then 3 skipped.
      const first = await store.list(
        { sort: 'votes', limit: 2, offset: 0 },
        now,
      );
      const skipped = await store.list(
        { sort: 'votes', limit: 2, offset: 1, cursor: first.nextCursor },
        now,
      );
      expect(skipped.items.map(i => i.id)).toEqual([ids[1], ids[4]]);
      // Filters the maintained counts do not cover are counted (up to COUNT_CAP).
      expect(
        await store.list(
          { sort: 'newest', limit: 2, offset: 0, maxAgeDays: 3 },
          now,
        ),
      ).toMatchObject({ totalCount: 3 });
      await expect(
        store.list(
          { sort: 'votes', limit: 2, offset: 0, cursor: 'bm9wZQ' },
          now,
        ),
      ).rejects.toThrow('Invalid query: cursor');
      // Well-formed cursors whose values the integer columns cannot hold.
      for (const key of [
        ['many', 1],
        [2, 1.5],
        [1e300, 1],
        [2 ** 31, 1],
      ]) {
        await expect(
          store.list(
            {
              sort: 'votes',
              limit: 2,
              offset: 0,
              cursor: Buffer.from(JSON.stringify(key)).toString('base64url'),
            },
            now,
          ),
        ).rejects.toThrow('Invalid query: cursor');
      }
    },
  );
});
