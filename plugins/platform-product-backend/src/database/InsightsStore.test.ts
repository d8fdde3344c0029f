import { TestDatabases } from '@backstage/backend-test-utils';
import { roadmapItemFields } from '../__testUtils__/roadmapItemFields';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { ChangelogStore } from './ChangelogStore';
import { FeedbackStore } from './FeedbackStore';
import { InsightsStore } from './InsightsStore';
import { migrationsDir } from './migrations';
import { RatingsStore } from './RatingsStore';
import { RoadmapStore } from './RoadmapStore';

jest.setTimeout(60_000);

const HOUR = 60 * 60 * 1000;
const T0 = new Date('2026-11-16T09:00:00Z'); // a Monday
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);
const A = 'component:default/tool-a';
const B = 'component:default/tool-b';
const SVEN = 'user:default/sven';
const X = 'group:default/x';
const Y = 'group:default/y';
const sortBy = <T>(items: T[], key: (item: T) => string) =>
  [...items].sort((a, b) => key(a).localeCompare(key(b)));

describe('InsightsStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStores(databaseId: any) {
    const db = await databases.init(databaseId);
    await db.migrate.latest({ directory: migrationsDir });
    return {
      db,
      insights: new InsightsStore(db),
      ratings: new RatingsStore(db),
      feedback: new FeedbackStore(db),
      roadmap: new RoadmapStore(db),
      changelog: new ChangelogStore(db),
    };
  }

  it.each(databases.eachSupportedId())(
    'computes averages, open feedback and median response times on a small fixture, on %p',
    async databaseId => {
      const { insights, ratings, feedback } = await createStores(databaseId);
      for (const [key, stars] of [
        ['a', 5],
        ['b', 4],
        ['c', 3],
      ] as const) {
        await ratings.set(
          { toolRef: A, raterKey: key, stars, teamRef: key === 'c' ? Y : X },
          T0,
        );
      }
      await ratings.set({ toolRef: B, raterKey: 'a', stars: 2 }, T0);
      expect(Object.fromEntries(await insights.ratingsByTool())).toEqual({
        [A]: { count: 3, starSum: 12, average: 4, anonymous: 3 },
        [B]: { count: 1, starSum: 2, average: 2, anonymous: 1 },
      });
      expect(
        sortBy(
          await insights.ratingsByTeam([A, B]),
          r => r.toolRef + r.teamRef,
        ),
      ).toEqual(
        [
          { toolRef: A, teamRef: X, count: 2, starSum: 9, average: 4.5 },
          { toolRef: A, teamRef: Y, count: 1, starSum: 3, average: 3 },
          { toolRef: B, teamRef: undefined, count: 1, starSum: 2, average: 2 },
        ].map(r => ({ ...r, anonymous: r.count })),
      );

      const item = (title: string, toolRef = A, authorRef?: string) =>
        feedback.create(
          {
            toolRef,
            kind: 'idea',
            title,
            body: '',
            authorKey: title,
            authorSalt: title,
            authorRef,
          },
          T0,
        );
      const one = await item('one');
      const two = await item('two');
      const three = await item('three', B, 'user:default/liam');
      await feedback.reply(
        one,
        { ref: SVEN, role: 'maintainer' },
        'On it',
        at(2),
      );
      await feedback.changeStatus(
        one,
        'new',
        { status: 'planned' },
        SVEN,
        at(5),
      );
      await feedback.changeStatus(
        one,
        'planned',
        { status: 'shipped' },
        SVEN,
        at(10),
      );
      await feedback.changeStatus(
        two,
        'new',
        { status: 'acknowledged' },
        SVEN,
        at(4),
      );
      await feedback.changeStatus(
        two,
        'acknowledged',
        { status: 'declined', reason: 'no' },
        SVEN,
        at(20),
      );
      await feedback.reply(three, { role: 'author' }, 'More detail', at(1));
      await feedback.reply(
        three,
        { ref: SVEN, role: 'maintainer' },
        'Thanks',
        at(6),
      );

      // First maintainer response after 2 h, 4 h and 6 h: median 4 h (the author's reply
      // does not count). Final status after 10 h and 20 h: median 15 h.
      expect(await insights.feedbackResponseTimes()).toEqual({
        firstResponse: { median: 4 * 3600, count: 3 },
        finalStatus: { median: 15 * 3600, count: 2 },
      });
      expect(Object.fromEntries(await insights.openFeedbackByTool())).toEqual({
        [B]: 1,
      });
      expect(await insights.openFeedbackBy(['user:default/liam'])).toEqual([
        { id: three, title: 'three', toolRef: B, status: 'new' },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts roadmap and changelog activity per lane, quarter and week, on %p',
    async databaseId => {
      const { insights, roadmap, changelog } = await createStores(databaseId);
      const add = (title: string, lane: 'now' | 'next', toolRefs = [A]) =>
        roadmap.create(
          { ...roadmapItemFields({ title, toolRefs }), lane },
          SVEN,
          T0,
        );
      await add('now A', 'now');
      await add('now AB', 'now', [A, B]);
      await add('next A', 'next');
      const shipped1 = await add('shipped 1', 'now');
      const shipped2 = await add('shipped 2', 'now');
      const killed = await add('killed', 'next');
      await roadmap.ship(
        shipped1,
        1,
        [],
        SVEN,
        new Date('2026-08-03T10:00:00Z'),
      );
      await roadmap.ship(
        shipped2,
        1,
        [],
        SVEN,
        new Date('2026-09-30T10:00:00Z'),
      );
      await roadmap.kill(
        killed,
        1,
        'no',
        SVEN,
        new Date('2026-10-01T10:00:00Z'),
      );
      expect(Object.fromEntries(await insights.roadmapNowByTool())).toEqual({
        [A]: 2,
        [B]: 1,
      });
      expect(await insights.roadmapByQuarter()).toEqual([
        { quarter: '2026-Q3', shipped: 2, killed: 0 },
        { quarter: '2026-Q4', shipped: 0, killed: 1 },
      ]);

      const post = async (
        toolRefs: string[],
        publishedAt: Date,
        helpful = 0,
      ) => {
        const id = await changelog.create(
          {
            title: 'x',
            body: '',
            category: 'new',
            toolRefs,
            roadmapItemIds: [],
            earlyAccess: false,
          },
          'draft',
          SVEN,
          publishedAt,
        );
        await changelog.publish(id, [], SVEN, publishedAt);
        for (let i = 0; i < helpful; i++) {
          await changelog.react(id, `user:default/p${i}`, true, publishedAt);
        }
      };
      await post([A], at(0), 2); // Monday 16 Nov
      await post([A, B], at(48 + 12), 1); // Wednesday 18 Nov
      await post([B], new Date('2026-11-15T23:00:00Z')); // Sunday: the week of 9 Nov
      expect(
        await insights.changelogByWeek(new Date('2026-11-01'), at(100)),
      ).toEqual([
        { week: '2026-11-09', entries: 1, helpful: 0 },
        { week: '2026-11-16', entries: 2, helpful: 3 },
      ]);
      expect(
        Object.fromEntries(await insights.lastChangelogByTool(at(100))),
      ).toEqual({
        [A]: at(60).toISOString(),
        [B]: at(60).toISOString(),
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'records one snapshot per tool and day, the latest of the day winning, on %p',
    async databaseId => {
      const { insights } = await createStores(databaseId);
      const snapshot = (day: string, adoptingTeams: number, active = 2) => ({
        day,
        toolRef: A,
        adoptingTeams,
        adoptionRate: adoptingTeams / 10,
        activeTeams: active,
        activeRate: active / 10,
        ratingCount: 3,
        ratingAverage: 4,
      });
      await Promise.all([
        insights.snapshotTools([snapshot('2026-11-15', 5)], 10),
        insights.snapshotTools([snapshot('2026-11-15', 5)], 10),
      ]);
      await insights.snapshotTools([snapshot('2026-11-16', 6)], 10);
      await insights.snapshotTools([snapshot('2026-11-16', 9, 7)], 10);
      expect(await insights.toolSnapshots('2026-11-01', A)).toEqual([
        snapshot('2026-11-15', 5),
        snapshot('2026-11-16', 9, 7),
      ]);
      expect(await insights.toolSnapshots('2026-11-16')).toHaveLength(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps one scorecard value per KPI and day, the latest run winning, on %p',
    async databaseId => {
      const { insights } = await createStores(databaseId);
      await insights.snapshotScorecard(
        '2026-11-15',
        new Map([
          ['nps', 20],
          ['activeAdoption', 0.5],
        ]),
      );
      await insights.snapshotScorecard('2026-11-16', new Map([['nps', 30]]));
      await insights.snapshotScorecard('2026-11-16', new Map([['nps', 35]]));
      await insights.snapshotScorecard('2026-11-16', new Map());

      expect(await insights.scorecardHistory('2026-11-15')).toEqual([
        { kpi: 'activeAdoption', day: '2026-11-15', value: 0.5 },
        { kpi: 'nps', day: '2026-11-15', value: 20 },
        { kpi: 'nps', day: '2026-11-16', value: 35 },
      ]);
      expect(await insights.scorecardHistory('2026-11-16')).toEqual([
        { kpi: 'nps', day: '2026-11-16', value: 35 },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    "reads each tool's latest snapshot at or before a day, and the latest of all, on %p",
    async databaseId => {
      const { insights } = await createStores(databaseId);
      const snapshot = (day: string, toolRef: string, activeTeams: number) => ({
        day,
        toolRef,
        adoptingTeams: 5,
        adoptionRate: 0.5,
        activeTeams,
        activeRate: activeTeams / 10,
        ratingCount: 6,
        ratingAverage: 4,
      });
      await insights.snapshotTools(
        [snapshot('2026-11-01', A, 1), snapshot('2026-11-01', B, 7)],
        10,
      );
      await insights.snapshotTools([snapshot('2026-11-10', A, 2)], 10);
      await insights.snapshotTools([snapshot('2026-11-20', A, 4)], 10);

      const before = await insights.latestSnapshots([A, B], '2026-11-15');
      expect(before.get(A)).toMatchObject({
        day: '2026-11-10',
        activeTeams: 2,
      });
      expect(before.get(B)).toMatchObject({
        day: '2026-11-01',
        activeTeams: 7,
      });
      const after = await insights.latestSnapshots([A]);
      expect([...after.values()]).toEqual([snapshot('2026-11-20', A, 4)]);
      expect((await insights.latestSnapshots([A], '2026-10-01')).size).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps active adoption unknown on days recorded before it was, on %p',
    async databaseId => {
      const { db, insights } = await createStores(databaseId);
      await db('platform_product_tool_snapshots').insert({
        day: '2026-11-14',
        tool_ref: A,
        adopting_teams: 4,
        eligible_teams: 10,
        rating_count: 0,
        rating_average: null,
      });
      expect(await insights.toolSnapshots('2026-11-01', A)).toEqual([
        expect.objectContaining({
          adoptionRate: 0.4,
          activeTeams: null,
          activeRate: null,
        }),
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts the anonymous ratings per tool and team, and keeps them with the snapshots, on %p',
    async databaseId => {
      const { db, insights, ratings } = await createStores(databaseId);
      const rate = (raterKey: string, signed: boolean, teamRef?: string) =>
        ratings.set(
          {
            toolRef: A,
            raterKey,
            userRef: signed ? `user:default/${raterKey}` : undefined,
            teamRef,
            stars: 4,
          },
          T0,
        );
      await rate('a1', true, X);
      await rate('a2', true, X);
      await rate('a3', false, X);
      await rate('b1', false, Y);
      await rate('n1', true);
      expect(await insights.ratingsByTool()).toEqual(
        new Map([[A, { count: 5, starSum: 20, average: 4, anonymous: 2 }]]),
      );
      expect(
        sortBy(await insights.ratingsByTeam([A]), r => r.teamRef ?? '').map(
          r => [r.teamRef, r.count, r.anonymous],
        ),
      ).toEqual([
        [undefined, 1, 0],
        [X, 3, 1],
        [Y, 1, 1],
      ]);

      await insights.snapshotTools(
        [
          {
            day: '2026-11-15',
            toolRef: A,
            adoptingTeams: 1,
            adoptionRate: 0.1,
            activeTeams: 1,
            activeRate: 0.1,
            ratingCount: 5,
            ratingAverage: 4,
            ratingAnonymous: 2,
          },
        ],
        10,
      );
      await db('platform_product_tool_snapshots').insert({
        day: '2026-11-14',
        tool_ref: A,
        adopting_teams: 1,
        eligible_teams: 10,
        rating_count: 5,
        rating_average: 4,
      });
      const [older, newer] = await insights.toolSnapshots('2026-11-01', A);
      expect(newer.ratingAnonymous).toBe(2);
      // Recorded before the anonymous ratings were counted: unknown.
      expect(older).not.toHaveProperty('ratingAnonymous');
      expect((await insights.latestSnapshots([A])).get(A)).toMatchObject({
        ratingAnonymous: 2,
      });
    },
  );

  describe('mandated tools', () => {
    it.each(databases.eachSupportedId())(
      'marks, re-marks and clears a tool, on %p',
      async databaseId => {
        const { insights } = await createStores(databaseId);
        const markedAt = new Date('2026-12-14T10:00:00Z');
        await insights.setMandated(A, {
          by: 'user:default/sven',
          at: markedAt,
        });
        await insights.setMandated(A, { by: 'user:default/mia', at: markedAt });
        await insights.setMandated('component:default/b', null);
        expect(await insights.mandatedTools()).toEqual(
          new Map([
            [A, { by: 'user:default/mia', at: markedAt.toISOString() }],
          ]),
        );
        await insights.setMandated(A, null);
        expect(await insights.mandatedTools()).toEqual(new Map());
      },
    );
  });
});
