import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { migrationsDir } from './migrations';
import { RatingsStore } from './RatingsStore';

jest.setTimeout(60_000);

const TOOL = 'component:default/ci-pipelines';
const now = new Date('2026-11-20T10:00:00Z');

describe('RatingsStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: any) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    return { knex, store: new RatingsStore(knex) };
  }

  it.each(databases.eachSupportedId())(
    'lists current comments by stars under random ids drawn anew on every change, and finds them by id, on %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      const rate = (raterKey: string, stars: number, comment?: string) =>
        store.set(
          {
            toolRef: TOOL,
            raterKey,
            userRef: raterKey === 'a' ? 'user:default/a' : undefined,
            stars,
            comment,
          },
          now,
        );
      await rate('a', 2, 'slow');
      await rate('b', 4, 'fine');
      await rate('c', 5);
      const first = await store.listComments(TOOL, { limit: 1, offset: 0 });
      expect(first.totalCount).toBe(2);
      expect(first.items).toEqual([
        {
          commentId: expect.any(Number),
          toolRef: TOOL,
          stars: 4,
          comment: 'fine',
          userRef: undefined,
        },
      ]);
      const rest = await store.listComments(TOOL, {
        limit: 1,
        offset: 0,
        cursor: first.nextCursor,
      });
      const slow = rest.items[0];
      expect(slow).toMatchObject({
        comment: 'slow',
        userRef: 'user:default/a',
      });

      await rate('a', 3, 'slow still');
      const found = await store.commentsByIds([
        slow.commentId,
        first.items[0].commentId,
      ]);
      expect([...found.values()].map(c => c.comment)).toEqual(['fine']);
      await store.withdraw(TOOL, 'b', now);
      expect((await store.commentsByIds([first.items[0].commentId])).size).toBe(
        0,
      );
      expect(await store.commentsByIds([])).toEqual(new Map());
    },
  );

  it.each(databases.eachSupportedId())(
    'gives the raters of signed ratings among comment ids, never an anonymous one, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const rate = (raterKey: string, userRef?: string) =>
        store.set(
          { toolRef: TOOL, raterKey, userRef, stars: 2, comment: raterKey },
          now,
        );
      await rate('a', 'user:default/a');
      await rate('b');
      await rate('c', 'user:default/c');
      const { items } = await store.listComments(TOOL, {
        limit: 10,
        offset: 0,
      });
      const idOf = (comment: string) =>
        items.find(c => c.comment === comment)!.commentId;

      const raters = (ids: number[]) =>
        knex.transaction(tx => store.signedRatersOf(tx, ids));
      expect(await raters([idOf('a'), idOf('b'), 1])).toEqual([
        'user:default/a',
      ]);
      expect(await raters([])).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps one current rating per rater and summarises them in SQL, on %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      await store.set(
        { toolRef: TOOL, raterKey: 'a', userRef: 'user:default/a', stars: 2 },
        now,
      );
      await store.set(
        {
          toolRef: TOOL,
          raterKey: 'a',
          userRef: 'user:default/a',
          stars: 5,
          comment: 'better now',
        },
        now,
      );
      await store.set({ toolRef: TOOL, raterKey: 'b', stars: 4 }, now);
      await store.set(
        { toolRef: TOOL, raterKey: 'c', userRef: 'user:default/c', stars: 4 },
        now,
      );
      await store.set(
        { toolRef: 'api:default/other', raterKey: 'a', stars: 1 },
        now,
      );

      expect(await store.summarize(TOOL)).toEqual({
        count: 3,
        average: 13 / 3,
        distribution: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 1 },
        anonymous: 1,
        active: { count: 0, starSum: 0, anonymous: 0 },
      });
      expect(await store.getCurrent(TOOL, 'a')).toEqual({
        stars: 5,
        comment: 'better now',
        anonymous: false,
        updatedAt: now.toISOString(),
      });
      expect((await store.getCurrent(TOOL, 'b'))?.anonymous).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'summarises a tool nobody rated as empty, on %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      expect(await store.summarize(TOOL)).toEqual({
        count: 0,
        average: null,
        distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
        anonymous: 0,
        active: { count: 0, starSum: 0, anonymous: 0 },
      });
    },
  );

  /** Every stored row of both rating tables, as text: where a name could hide. */
  async function everyRow(knex: Knex) {
    const rows = [
      ...(await knex('platform_product_ratings')),
      ...(await knex('platform_product_rating_history')),
    ];
    return JSON.stringify(rows);
  }

  it.each(databases.eachSupportedId())(
    'keeps the history without identities, so going anonymous leaves no name behind, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      await store.set(
        { toolRef: TOOL, raterKey: 'a', userRef: 'user:default/a', stars: 3 },
        now,
      );
      await store.set(
        { toolRef: TOOL, raterKey: 'z', userRef: 'user:default/z', stars: 3 },
        now,
      );
      await store.set({ toolRef: TOOL, raterKey: 'a', stars: 1 }, now);

      const history = await knex('platform_product_rating_history').orderBy(
        'id',
      );
      expect(history.map(r => Number(r.stars))).toEqual([3, 3, 1]);
      expect(Object.keys(history[0]).sort()).toEqual(
        ['comment', 'created_at', 'id', 'stars', 'tool_ref'].sort(),
      );
      expect(await everyRow(knex)).not.toContain('user:default/a');
      // Someone else's named rating is untouched.
      expect(await everyRow(knex)).toContain('user:default/z');
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves no trace of the name when one person rates named and anonymously at the same moment, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const A = 'user:default/a';
      for (let pair = 0; pair < 30; pair++) {
        // Two replicas: each write runs in its own transaction on its own connection.
        await Promise.all([
          store.set(
            { toolRef: TOOL, raterKey: 'a', userRef: A, stars: 2 },
            now,
          ),
          store.set({ toolRef: TOOL, raterKey: 'a', stars: 1 }, now),
        ]);
        const current = await store.getCurrent(TOOL, 'a');
        // A name may be stored only while the current rating is named.
        const nameLeft = (await everyRow(knex)).includes(A);
        expect(current?.anonymous && nameLeft).toBe(false);
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps when each rater last rated each tool and dismissed its invitation, on %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      const later = new Date(now.getTime() + 60_000);
      const OTHER = 'component:default/other';
      await store.set({ toolRef: TOOL, raterKey: 'a', stars: 4 }, now);
      await store.set({ toolRef: OTHER, raterKey: 'b', stars: 4 }, now);
      await store.dismissPrompt({ toolRef: OTHER, raterKey: 'a2' }, now);
      await store.dismissPrompt({ toolRef: OTHER, raterKey: 'a2' }, later);
      await store.dismissPrompt({ toolRef: TOOL, raterKey: 'b' }, now);
      expect(
        await store.promptHistory([
          { toolRef: TOOL, raterKey: 'a' },
          { toolRef: OTHER, raterKey: 'a2' },
          { toolRef: 'component:default/third', raterKey: 'a3' },
        ]),
      ).toEqual(
        new Map([
          [TOOL, { ratedAt: now }],
          [OTHER, { dismissedAt: later }],
        ]),
      );
      expect(await store.promptHistory([])).toEqual(new Map());
    },
  );

  it.each(databases.eachSupportedId())(
    'withdraws a rating once, recording it in the history, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      await store.set({ toolRef: TOOL, raterKey: 'a', stars: 4 }, now);
      expect(await store.withdraw(TOOL, 'a', now)).toBe(true);
      expect(await store.withdraw(TOOL, 'a', now)).toBe(false);
      expect(await store.getCurrent(TOOL, 'a')).toBeUndefined();
      expect((await store.summarize(TOOL)).count).toBe(0);
      const history = await knex('platform_product_rating_history').orderBy(
        'id',
      );
      expect(
        history.map(r => (r.stars === null ? null : Number(r.stars))),
      ).toEqual([4, null]);
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves exactly one current rating when one person rates concurrently, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      await Promise.all(
        [1, 2, 3, 4, 5, 1, 2, 3, 4, 5].map(stars =>
          store.set({ toolRef: TOOL, raterKey: 'a', stars }, now),
        ),
      );
      const current = await knex('platform_product_ratings');
      expect(current).toHaveLength(1);
      expect((await store.summarize(TOOL)).count).toBe(1);
      const history = await knex('platform_product_rating_history');
      expect(history).toHaveLength(10);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the tallies equal to a recount while many raters change at once, and repairs drift, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const teams = [undefined, 'group:default/a', 'group:default/b'];
      const writes = Array.from({ length: 120 }, (_, i) => {
        const rater = `r${i % 15}`;
        if (i % 7 === 3) return () => store.withdraw(TOOL, rater, now);
        return () =>
          store.set(
            {
              toolRef: TOOL,
              raterKey: rater,
              teamRef: teams[i % 3],
              stars: 1 + (i % 5),
              active: i % 4 !== 0,
            },
            now,
          );
      });
      // Several writers at once, as replicas would be, on their own connections.
      await Promise.all(
        [0, 1, 2, 3].map(async lane => {
          for (let i = lane; i < writes.length; i += 4) await writes[i]();
        }),
      );
      // Whichever lane ended last, one rater ends active and another inactive.
      await store.set(
        { toolRef: TOOL, raterKey: 'r0', stars: 2, active: true },
        now,
      );
      await store.set(
        {
          toolRef: TOOL,
          raterKey: 'r1',
          teamRef: 'group:default/a',
          stars: 3,
          active: false,
        },
        now,
      );

      const current = await knex('platform_product_ratings');
      const stars = current.map(r => Number(r.stars));
      const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
      const active = current.filter(r => r.rater_active);
      expect(await store.summarize(TOOL)).toEqual({
        count: current.length,
        average: sum(stars) / current.length,
        distribution: Object.fromEntries(
          [1, 2, 3, 4, 5].map(n => [n, stars.filter(s => s === n).length]),
        ),
        anonymous: current.length,
        active: {
          count: active.length,
          starSum: sum(active.map(r => Number(r.stars))),
          anonymous: active.length,
        },
      });
      expect(active.length).toBeGreaterThan(0);
      expect(active.length).toBeLessThan(current.length);
      expect(await store.repairTallies()).toBe(0);

      await knex('platform_product_rating_tallies')
        .where({ tool_ref: TOOL, team_ref: '' })
        .update({ count: 999 });
      await knex('platform_product_rating_tallies')
        .where({ tool_ref: TOOL, team_ref: 'group:default/a' })
        .update({ active_count: 999 });
      expect(await store.repairTallies()).toBe(2);
      expect((await store.summarize(TOOL)).count).toBe(current.length);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts the anonymous ratings in the tallies as ratings go signed and anonymous, and repairs them, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const X = 'group:default/x';
      const Y = 'group:default/y';
      const rate = (
        raterKey: string,
        options: { signed: boolean; teamRef?: string; active?: boolean },
      ) =>
        store.set(
          {
            toolRef: TOOL,
            raterKey,
            userRef: options.signed ? `user:default/${raterKey}` : undefined,
            teamRef: options.teamRef,
            stars: 3,
            active: options.active,
          },
          now,
        );
      const tallies = async () =>
        Object.fromEntries(
          (
            await knex('platform_product_rating_tallies')
              .where({ tool_ref: TOOL })
              .orderBy('team_ref')
          ).map(r => [
            r.team_ref,
            [
              Number(r.count),
              Number(r.anonymous_count),
              Number(r.active_anonymous_count),
            ],
          ]),
        );

      await rate('a', { signed: true, teamRef: X, active: true });
      await rate('b', { signed: false, teamRef: X, active: true });
      await rate('c', { signed: false });
      await rate('d', { signed: false, teamRef: Y });
      expect(await tallies()).toEqual({
        '': [1, 1, 0],
        [X]: [2, 1, 1],
        [Y]: [1, 1, 0],
      });
      // Going anonymous, going signed, changing team and withdrawing move the counts.
      await rate('a', { signed: false, teamRef: X, active: true });
      await rate('b', { signed: true, teamRef: X, active: false });
      await rate('d', { signed: false, teamRef: X, active: true });
      await store.withdraw(TOOL, 'c', now);
      expect(await tallies()).toEqual({
        '': [0, 0, 0],
        [X]: [3, 2, 2],
        [Y]: [0, 0, 0],
      });
      expect(await store.summarize(TOOL)).toMatchObject({
        count: 3,
        anonymous: 2,
        active: { count: 2, anonymous: 2 },
      });

      // Many raters flipping between signed and anonymous at once, as replicas would.
      await Promise.all(
        [0, 1, 2, 3].map(async lane => {
          for (let i = lane; i < 80; i += 4) {
            const rater = `r${i % 12}`;
            if (i % 9 === 4) await store.withdraw(TOOL, rater, now);
            else
              await rate(rater, {
                signed: i % 3 === 0,
                teamRef: i % 2 ? X : Y,
                active: i % 5 !== 0,
              });
          }
        }),
      );
      const current = await knex('platform_product_ratings');
      const anonymous = current.filter(r => r.user_ref === null);
      expect(anonymous.length).toBeGreaterThan(0);
      expect(anonymous.length).toBeLessThan(current.length);
      expect(await store.summarize(TOOL)).toMatchObject({
        count: current.length,
        anonymous: anonymous.length,
        active: { anonymous: anonymous.filter(r => r.rater_active).length },
      });
      expect(await store.repairTallies()).toBe(0);

      const before = await tallies();
      await knex('platform_product_rating_tallies')
        .where({ tool_ref: TOOL, team_ref: X })
        .update({ anonymous_count: 999 });
      await knex('platform_product_rating_tallies')
        .where({ tool_ref: TOOL, team_ref: Y })
        .update({ active_anonymous_count: 999 });
      expect(await store.repairTallies()).toBe(2);
      expect(await tallies()).toEqual(before);
    },
  );
});
