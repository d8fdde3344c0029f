import { TestDatabases } from '@backstage/backend-test-utils';
import { FeedbackStatus } from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { FeedbackFilter, FeedbackStore } from './FeedbackStore';
import { migrationsDir } from './migrations';

jest.setTimeout(60_000);

const CI = 'component:default/ci-pipelines';
const DEPLOY = 'system:default/deploy';
const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-20T10:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
const user = (name: string) => `user:default/${name}`;

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

describe('FeedbackStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: any) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    const store = new FeedbackStore(knex);
    const add = (
      title: string,
      options: { toolRef?: string; at?: Date; anonymous?: boolean } = {},
    ) =>
      store.create(
        {
          toolRef: options.toolRef ?? CI,
          kind: 'idea',
          title,
          body: '',
          authorKey: `key-${title}`,
          authorSalt: `salt-${title}`,
          authorRef: options.anonymous ? undefined : user('alex.morgan'),
        },
        options.at ?? now,
      );
    return { knex, store, add };
  }

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
    'reads the titles of existing items in one batch, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const id = await add('Faster builds');
      expect(await store.titles([id, id + 100])).toEqual(
        new Map([[id, 'Faster builds']]),
      );
      expect(await store.titles([])).toEqual(new Map());
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

  it.each(databases.eachSupportedId())(
    'counts one +1 per person, even when they click many times at once, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const id = await add('flaky builds');
      await Promise.all(
        Array.from({ length: 10 }, () => store.vote(id, user('liam'), now)),
      );
      await Promise.all(
        ['a', 'b', 'c', 'd', 'e'].map(name => store.vote(id, user(name), now)),
      );
      expect((await store.get(id))?.voteCount).toBe(6);

      await Promise.all([
        store.unvote(id, user('liam')),
        store.unvote(id, user('liam')),
      ]);
      expect((await store.get(id))?.voteCount).toBe(5);
      expect(await store.votedBy([id], user('liam'))).toEqual(new Set());
      expect(await store.votedBy([id], user('a'))).toEqual(new Set([id]));
      expect((await store.voterRefs(id)).sort()).toEqual(
        ['a', 'b', 'c', 'd', 'e'].map(user),
      );
      await expect(store.vote(999, user('a'), now)).rejects.toThrow(
        'No feedback with id 999',
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'changes status only from the expected one and records it in the thread, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const id = await add('faster caches');
      await store.changeStatus(
        id,
        'new',
        { status: 'planned', roadmapItemId: 42 },
        user('sven'),
        now,
      );
      await expect(
        store.changeStatus(
          id,
          'new',
          { status: 'acknowledged' },
          user('maya'),
          now,
        ),
      ).rejects.toThrow(
        `Feedback ${id} is planned now, not new: someone else changed it meanwhile`,
      );
      await store.reply(
        id,
        { ref: user('sven'), role: 'maintainer' },
        'On it',
        now,
      );
      await store.reply(id, { role: 'author' }, 'Thanks!', now);
      await store.changeStatus(
        id,
        'planned',
        { status: 'shipped', changelogEntryId: 7 },
        user('sven'),
        now,
      );

      expect(await store.get(id)).toMatchObject({
        status: 'shipped',
        roadmapItemId: 42,
        changelogEntryId: 7,
      });
      const thread = await store.listActivity(id, { limit: 2, offset: 1 });
      expect(thread.totalCount).toBe(4);
      expect(thread.items).toEqual([
        expect.objectContaining({
          kind: 'reply',
          actorRef: user('sven'),
          body: 'On it',
        }),
        expect.objectContaining({
          kind: 'reply',
          actorRole: 'author',
          actorRef: undefined,
          body: 'Thanks!',
        }),
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'ships the feedback planned against shipped roadmap items, once, with who to tell, on %p',
    async databaseId => {
      const { knex, store, add } = await createStore(databaseId);
      const sven = user('sven');
      const plan = async (
        title: string,
        roadmapItemId: number,
        options: { anonymous?: boolean } = {},
      ) => {
        const id = await add(title, options);
        await store.changeStatus(
          id,
          'new',
          { status: 'planned', roadmapItemId },
          sven,
          now,
        );
        return id;
      };
      const cache = await plan('cache', 3);
      const anonymous = await plan('anonymous', 3, { anonymous: true });
      const other = await plan('other item', 4);
      for (const name of ['b', 'c']) await store.vote(cache, user(name), now);

      const ship = () =>
        knex.transaction(tx => store.shipPlanned([3], 9, sven, now, tx));
      expect(await ship()).toEqual([
        { id: cache, people: [user('alex.morgan'), user('b'), user('c')] },
        { id: anonymous, people: [] },
      ]);
      expect(await ship()).toEqual([]);

      expect(await store.get(cache)).toMatchObject({
        status: 'shipped',
        roadmapItemId: 3,
        changelogEntryId: 9,
      });
      expect((await store.get(other))?.status).toBe('planned');
      const thread = await store.listActivity(cache, { limit: 10, offset: 0 });
      expect(thread.items.at(-1)).toMatchObject({
        kind: 'status',
        status: 'shipped',
        actorRef: sven,
        roadmapItemId: 3,
        changelogEntryId: 9,
      });
      expect(await store.repairCounts()).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'merges a duplicate, moving its +1s and counting each person once, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const original = await add('monorepo support');
      const duplicate = await add('support monorepos');
      for (const name of ['a', 'b'])
        await store.vote(original, user(name), now);
      for (const name of ['b', 'c', 'd'])
        await store.vote(duplicate, user(name), now);

      await store.merge(duplicate, original, user('sven'), now);

      expect((await store.get(original))?.voteCount).toBe(4);
      expect((await store.voterRefs(original)).sort()).toEqual(
        ['a', 'b', 'c', 'd'].map(user),
      );
      expect(await store.get(duplicate)).toMatchObject({
        status: 'merged',
        mergedIntoId: original,
        voteCount: 0,
      });
      const { items } = await store.list(
        { sort: 'votes', limit: 10, offset: 0 },
        now,
      );
      expect(items.map(i => i.id)).toEqual([original]);
      await expect(
        store.merge(duplicate, original, user('sven'), now),
      ).rejects.toThrow(`Feedback ${duplicate} is already merged`);
      await expect(store.vote(duplicate, user('e'), now)).rejects.toThrow(
        `merged into ${original}`,
      );
      const thread = await store.listActivity(original, {
        limit: 10,
        offset: 0,
      });
      expect(thread.items).toEqual([
        expect.objectContaining({ kind: 'merge', relatedItemId: duplicate }),
      ]);
    },
  );

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
    'assigns, tags and filters the inbox by assignee, no assignee and tag, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const cache = await add('cache');
      const flaky = await add('flaky');
      const docs = await add('docs');
      await store.assign(cache, user('sven.eriksen'), now);
      await store.assign(flaky, user('sven.eriksen'), now);
      await store.assign(flaky, undefined, now);
      await store.setTags(cache, ['ci', 'speed'], now);
      await store.setTags(docs, ['docs', 'speed'], now);
      await store.setTags(docs, ['speed'], now);

      const ids = async (filter: object) =>
        (
          await store.list(
            { sort: 'oldest', limit: 10, offset: 0, ...filter },
            now,
          )
        ).items.map(i => i.id);
      expect(await ids({ assigneeRef: user('sven.eriksen') })).toEqual([cache]);
      expect(await ids({ unassigned: true })).toEqual([flaky, docs]);
      expect(await ids({ tag: 'speed' })).toEqual([cache, docs]);
      expect(await ids({ tag: 'docs' })).toEqual([]);
      const tagged = await store.list(
        { tag: 'speed', sort: 'oldest', limit: 1, offset: 0 },
        now,
      );
      expect(tagged.totalCount).toBe(2);
      expect(tagged.items[0]).toMatchObject({
        id: cache,
        assigneeRef: user('sven.eriksen'),
        tags: ['ci', 'speed'],
      });
      expect((await store.get(docs))?.tags).toEqual(['speed']);
      await expect(store.assign(9999, undefined, now)).rejects.toThrow(
        'No feedback with id 9999',
      );
      await expect(store.setTags(9999, ['x'], now)).rejects.toThrow(
        'No feedback with id 9999',
      );
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

  it.each(databases.eachSupportedId())(
    'finds the items linked to a roadmap item or a changelog entry, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const planned = await add('planned');
      const shipped = await add('shipped');
      await add('unlinked');
      await store.changeStatus(
        planned,
        'new',
        { status: 'planned', roadmapItemId: 7 },
        user('sven.eriksen'),
        now,
      );
      await store.changeStatus(
        shipped,
        'new',
        { status: 'planned', roadmapItemId: 7 },
        user('sven.eriksen'),
        now,
      );
      await store.changeStatus(
        shipped,
        'planned',
        { status: 'shipped', changelogEntryId: 3 },
        user('sven.eriksen'),
        now,
      );
      expect(await store.linkedTo({ roadmapItemId: 7 })).toEqual([
        planned,
        shipped,
      ]);
      expect(await store.linkedTo({ changelogEntryId: 3 })).toEqual([shipped]);
      expect(await store.linkedTo({ roadmapItemId: 8 })).toEqual([]);
    },
  );
});
