import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { InsightsStore } from '../database/InsightsStore';
import { migrationsDir } from '../database/migrations';
import { RatingsStore } from '../database/RatingsStore';
import { ScorecardService } from './ScorecardService';

jest.setTimeout(60_000);

const TEAMS = ['a', 'b', 'c', 'd'].map(name => `group:default/${name}`);
const SETTINGS = {
  targets: {
    declaredAdoption: 0.8,
    activeAdoption: 0.8,
    satisfaction: 4,
    nps: 40,
    championCoverage: 0.8,
    firstResponseHours: 24,
    timeToFirstDeployDays: 7,
  },
  minGroupSize: 5,
  activeDays: 28,
  newTeamDays: 90,
  trendDays: 30,
};

describe('ScorecardService', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  it.each(databases.eachSupportedId())(
    'snapshots each measured KPI once a day and shows the snapshots as its trend, on %p',
    async databaseId => {
      const db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrationsDir });
      let now = new Date('2026-12-01T10:00:00Z');
      let activeTeamRefs = [TEAMS[0]];
      const service = new ScorecardService({
        store: new InsightsStore(db),
        usage: {
          teamActivity: async () => ({ activeTeamRefs, newTeams: [] }),
        } as any,
        surveys: { trend: async () => [] } as any,
        champions: {
          coverage: async () => ({ eligibleTeams: 4, coverage: 0.5 }),
        } as any,
        directory: {
          pluginCredentials: async () => ({}),
          listTeams: async () => TEAMS.map(ref => ({ ref })),
          getAdoption: async () => [{ teamRefs: TEAMS.slice(0, 3) }],
        } as any,
        ...SETTINGS,
        now: () => now,
      });

      await service.snapshot();
      activeTeamRefs = TEAMS.slice(0, 2);
      now = new Date('2026-12-02T09:00:00Z');
      await service.snapshot();
      activeTeamRefs = TEAMS.slice(0, 3);
      await service.snapshot();

      const { kpis } = await service.scorecard();
      const kpi = (id: string) => kpis.find(k => k.id === id)!;
      expect(kpi('activeAdoption')).toMatchObject({
        value: 0.75,
        status: 'offTrack',
        trend: [
          { day: '2026-12-01', value: 0.25 },
          { day: '2026-12-02', value: 0.75 },
        ],
      });
      expect(kpi('declaredAdoption').trend).toHaveLength(2);
      // Nothing measured, nothing recorded.
      expect(kpi('nps')).toMatchObject({ status: 'noData', trend: [] });
      expect(kpi('firstResponse').trend).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'measures satisfaction over the tools whose ratings are shown only, today and in its snapshots, on %p',
    async databaseId => {
      const db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrationsDir });
      const now = new Date('2026-12-01T10:00:00Z');
      const ratings = new RatingsStore(db);
      let rater = 0;
      const rate = async (toolRef: string, stars: number, signed: boolean) => {
        rater++;
        await ratings.set(
          {
            toolRef,
            raterKey: `r${rater}`,
            userRef: signed ? `user:default/r${rater}` : undefined,
            stars,
          },
          now,
        );
      };
      const tool = (name: string) => `component:default/${name}`;
      // A: 10 ratings of 4.0 on average, 5 of them anonymous: shown.
      for (const [i, stars] of [5, 5, 5, 5, 4, 4, 3, 3, 3, 3].entries()) {
        await rate(tool('a'), stars, i % 2 === 0);
      }
      // B: one rating, hidden. Counting it would make 11 ratings of 3.818: 42 − 40 = 2 stars.
      await rate(tool('b'), 2, true);
      // C: 4 signed ratings and 1 anonymous one, hidden. D: 5 signed ones, shown.
      for (const stars of [5, 5, 5, 5]) await rate(tool('c'), stars, true);
      await rate(tool('c'), 1, false);
      for (const stars of [3, 3, 3, 3, 3]) await rate(tool('d'), stars, true);

      const service = new ScorecardService({
        store: new InsightsStore(db),
        usage: {
          teamActivity: async () => ({ activeTeamRefs: [], newTeams: [] }),
        } as any,
        surveys: { trend: async () => [] } as any,
        champions: {
          coverage: async () => ({ eligibleTeams: 0, coverage: 0 }),
        } as any,
        directory: {
          pluginCredentials: async () => ({}),
          listTeams: async () => [],
          getAdoption: async () => [],
        } as any,
        ...SETTINGS,
        targets: { ...SETTINGS.targets, satisfaction: 3.5 },
        now: () => now,
      });
      await service.snapshot();

      const { kpis } = await service.scorecard();
      // The sum of the shown figures of A (10 × 4.0) and D (5 × 3.0), nothing else.
      expect(kpis.find(k => k.id === 'satisfaction')).toMatchObject({
        value: 55 / 15,
        basis: 15,
        status: 'onTrack',
        trend: [{ day: '2026-12-01', value: 55 / 15 }],
      });
    },
  );
});
