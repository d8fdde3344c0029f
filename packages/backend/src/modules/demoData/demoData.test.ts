import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createBackendModule } from '@backstage/backend-plugin-api';
import platformProductPlugin from 'backstage-plugin-platform-product-backend';
import {
  PlatformProductSeedContext,
  platformProductSeedExtensionPoint,
} from 'backstage-plugin-platform-product-backend/alpha';
import { Knex } from 'knex';
import { demoDataModule } from '.';
import { loadExampleCatalog } from './__testUtils__/exampleCatalog';

jest.setTimeout(120_000);

/** SQLite, plus PostgreSQL 15 when BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is set. */
function databaseIds(): TestDatabaseId[] {
  const all: TestDatabaseId[] = ['SQLITE_3', 'POSTGRES_15'];
  const only = process.env.PLATFORM_PRODUCT_TEST_DATABASES;
  return only ? all.filter(id => only.split(',').includes(id)) : all;
}

/** The first page of a list, as the pages read it. */
const FIRST_PAGE = { limit: 25, offset: 0 };

/** Figures the pages would show, read through the plugin's stores right after the demo seeders. */
async function readFigures({ stores, now }: PlatformProductSeedContext) {
  const roadmapPage = (status: 'shipped' | 'killed') =>
    stores.roadmap.list({
      status,
      sort: 'rice',
      limit: 10,
      offset: 0,
      includeEarlyAccess: true,
    });
  const changelogPage = (includeEarlyAccess: boolean) =>
    stores.changelog.listPublished(
      { includeEarlyAccess, limit: 20, offset: 0 },
      now,
    );
  const everyone = await changelogPage(false);
  const logs = everyone.items.find(e => e.title.startsWith('Pipeline logs'));
  return {
    ci: await stores.ratings.summarize('component:default/ci-pipelines'),
    secrets: await stores.ratings.summarize('api:default/secrets-api'),
    inbox: await stores.feedback.list(
      { sort: 'votes', limit: 100, offset: 0 },
      now,
    ),
    trend: await stores.surveys.countPerSurvey(now, 12),
    secretsTrend: await stores.surveys.countPerSurvey(
      now,
      12,
      'api:default/secrets-api',
    ),
    openSurveys: (await stores.surveys.listOpen(now, FIRST_PAGE)).rows,
    board: await stores.roadmap.board(50, true),
    shipped: await roadmapPage('shipped'),
    killed: await roadmapPage('killed'),
    goals: (await stores.impactMap.goals(true, FIRST_PAGE)).items,
    reviewsDue: (await stores.roadmap.reviewsDue(now, FIRST_PAGE)).items,
    championCounts: await stores.champions.countActiveByTeam(),
    alumni: await stores.champions.listChampions({ status: 'alumni' }),
    openNominations: (
      await stores.champions.listNominations({ status: 'open', ...FIRST_PAGE })
    ).items,
    coverage: await stores.champions.coverageHistory('2000-01-01'),
    kudos: await stores.champions.listKudos({ limit: 10, offset: 0 }),
    changelogEveryone: everyone,
    changelogEarly: await changelogPage(true),
    unpublished: (await stores.changelog.listUnpublished(FIRST_PAGE)).items,
    logsShipped: logs && (await stores.roadmap.get(logs.roadmapItemIds[0])),
    ciSnapshots: await stores.insights.toolSnapshots(
      '2000-01-01',
      'component:default/ci-pipelines',
    ),
  };
}
type Figures = Awaited<ReturnType<typeof readFigures>>;

const TABLES = [
  'platform_product_ratings',
  'platform_product_rating_history',
  'platform_product_feedback_items',
  'platform_product_survey_answers',
  'platform_product_roadmap_items',
  'platform_product_champions',
  'platform_product_changelog_entries',
  'platform_product_tool_snapshots',
  'platform_product_usage_events',
  'platform_product_research_notes',
  'platform_product_research_quotes',
  'platform_product_roadmap_evidence',
];

async function rowCounts(db: Knex) {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    counts[table] = Number((await db(table).count({ n: '*' }))[0].n);
  }
  return counts;
}

const databases = TestDatabases.create({ ids: databaseIds() });

describe.each(databases.eachSupportedId())('demo data on %s', databaseId => {
  /**
   * Starts the real plugin with the demo module and a test module whose seeder, added last,
   * reads the figures through the stores. The seeding task runs on two "replicas" at once
   * (two concurrent runs of the scheduled task) and then once more.
   */
  async function seedOnTwoReplicas() {
    const db = await databases.init(databaseId);
    const scheduler = mockServices.scheduler.mock();
    let figures: Figures | undefined;
    const figuresModule = createBackendModule({
      pluginId: 'platform-product',
      moduleId: 'test-figures',
      register(reg) {
        reg.registerInit({
          deps: { seed: platformProductSeedExtensionPoint },
          async init({ seed }) {
            seed.addSeeder({
              id: 'test-figures',
              what: 'figures',
              seed: async context => {
                figures = await readFigures(context);
                return 0;
              },
            });
          },
        });
      },
    });
    const catalog = catalogServiceMock({
      entities: await loadExampleCatalog(),
    });
    await startTestBackend({
      features: [
        platformProductPlugin,
        demoDataModule,
        figuresModule,
        scheduler.factory,
        mockServices.database.factory({ knex: db }),
        createServiceFactory({
          service: catalogServiceRef,
          deps: {},
          factory: () => catalog,
        }),
      ],
    });
    const task = scheduler.scheduleTask.mock.calls
      .map(([t]) => t)
      .find(t => t.id === 'platform-product-seed')!;
    const runs = await Promise.allSettled([
      task.fn(new AbortController().signal),
      task.fn(new AbortController().signal),
    ]);
    expect(runs.some(r => r.status === 'fulfilled')).toBe(true);
    const afterFirst = await rowCounts(db);
    await task.fn(new AbortController().signal);
    expect(await rowCounts(db)).toEqual(afterFirst);
    return { db, figures: figures!, counts: afterFirst };
  }

  let seeded: Awaited<ReturnType<typeof seedOnTwoReplicas>>;
  beforeAll(async () => {
    seeded = await seedOnTwoReplicas();
  });

  it('seeds every area once, even when two replicas run the task together', async () => {
    const { db, counts } = seeded;
    for (const table of TABLES) {
      expect(counts[table]).toBeGreaterThan(0);
    }
    // No rating was written twice: one history row per current rating.
    expect(counts.platform_product_rating_history).toBe(
      counts.platform_product_ratings,
    );
    const markers = await db('platform_product_settings')
      .where('key', 'like', '%-seeded')
      .pluck('key');
    expect(markers.sort()).toEqual(
      [
        'demo-champions-seeded',
        'demo-changelog-seeded',
        'demo-feedback-seeded',
        'demo-insights-seeded',
        'demo-ratings-seeded',
        'demo-research-seeded',
        'demo-roadmap-seeded',
        'demo-surveys-seeded',
        'demo-usage-seeded',
        'test-figures-seeded',
      ].sort(),
    );
  });

  it('seeds ratings from members of adopting teams', async () => {
    const { db, figures } = seeded;
    expect(figures.ci.count).toBeGreaterThan(20);
    expect(figures.secrets.count).toBeGreaterThan(5);
    expect(figures.ci.average!).toBeGreaterThan(figures.secrets.average!);
    // Nobody outside the adopting teams rated: Mobile iOS people never rate CI.
    const raters = await db('platform_product_ratings')
      .where({ tool_ref: 'component:default/ci-pipelines' })
      .whereNotNull('user_ref')
      .pluck('user_ref');
    expect(raters).not.toContain('user:default/rafael.costa');
    // Every tool's figures show: none or at least five of its ratings are anonymous.
    const anonymous = await db('platform_product_ratings')
      .whereNull('user_ref')
      .groupBy('tool_ref')
      .select('tool_ref', db.raw('count(*) as n'));
    expect(anonymous.length).toBeGreaterThan(0);
    for (const { n } of anonymous) expect(Number(n)).toBeGreaterThanOrEqual(5);
  });

  it('seeds a triaged feedback inbox and surveys with a rising NPS', async () => {
    const { db, figures } = seeded;
    expect(figures.inbox.totalCount).toBe(19);
    expect(new Set(figures.inbox.items.map(i => i.status))).toEqual(
      new Set(['new', 'acknowledged', 'planned', 'shipped', 'declined']),
    );
    // The merge made self-service secrets the most wanted: 12 +1s plus the duplicate's 4,
    // people who +1'd both counted once.
    const [top] = figures.inbox.items;
    expect(top.title).toBe('Create secrets without opening a ticket');
    expect(top.voteCount).toBeGreaterThan(12);
    expect(top.voteCount).toBeLessThanOrEqual(16);

    expect(figures.trend).toHaveLength(3);
    const nps = figures.trend.map(
      t => (t.promoters - t.detractors) / t.responses,
    );
    expect(nps[0]).toBeLessThan(nps[1]);
    expect(figures.secretsTrend.map(t => t.survey.title)).toEqual([
      'Secrets Manager pulse',
    ]);
    expect(figures.openSurveys).toHaveLength(2);
    // The personas have not answered the open surveys: the browser tests do.
    const answered = await db('platform_product_survey_answers')
      .whereIn(
        'survey_id',
        figures.openSurveys.map(s => s.id),
      )
      .whereIn('user_ref', [
        'user:default/alex.morgan',
        'user:default/liam.walsh',
      ]);
    expect(answered).toEqual([]);
  });

  it('seeds a roadmap in every lane, with shipped and killed items and an impact map', async () => {
    const { db, figures } = seeded;
    expect([...figures.board.keys()].sort()).toEqual([
      'exploring',
      'later',
      'next',
      'now',
    ]);
    expect(figures.shipped.totalCount).toBe(2);
    expect(figures.killed.items.every(i => i.killReason)).toBe(true);
    const [top] = figures.board.get('now')!.items;
    expect(top.voteCount).toBeGreaterThan(0);
    expect(top.riceScore).toBe(
      (top.reach * top.impact * top.confidence) / top.effort,
    );
    const [goal] = figures.goals;
    expect(
      goal.actors.flatMap(a => a.impacts).flatMap(i => i.items).length,
    ).toBeGreaterThan(3);
    expect(figures.reviewsDue).toHaveLength(1);
    // Planned feedback links the roadmap item it became.
    const cache = await db('platform_product_feedback_items')
      .where({ title: 'Cache node_modules between pipeline runs' })
      .first();
    const item = await db('platform_product_roadmap_items')
      .where({ id: cache.roadmap_item_id })
      .first();
    expect(item?.title).toBe('Cache dependencies between pipeline runs');
  });

  it('seeds champions for most teams, leaving Storefront uncovered, with 90 days of coverage', async () => {
    const { figures } = seeded;
    const counts = figures.championCounts;
    expect(counts.size).toBe(7);
    expect(counts.get('group:default/checkout')).toBe(2);
    expect(counts.has('group:default/storefront')).toBe(false);
    expect(figures.alumni).toHaveLength(1);
    expect(figures.openNominations).toHaveLength(1);
    const history = figures.coverage;
    expect(history).toHaveLength(90);
    expect(history[0].coveredTeams).toBeLessThan(history[89].coveredTeams);
    expect(history[89]).toMatchObject({ eligibleTeams: 13, coveredTeams: 7 });
    expect(figures.kudos.totalCount).toBe(6);
  });

  it('seeds a changelog in every category, with an early-access entry, a scheduled one and a draft', async () => {
    const { figures } = seeded;
    const everyone = figures.changelogEveryone;
    expect(everyone.totalCount).toBe(6);
    expect(new Set(everyone.items.map(e => e.category))).toEqual(
      new Set(['new', 'improved', 'fixed', 'deprecated', 'breaking']),
    );
    expect(figures.changelogEarly.totalCount).toBe(7);
    expect(figures.unpublished.map(e => e.status).sort()).toEqual([
      'draft',
      'scheduled',
    ]);
    const logs = everyone.items.find(e => e.title.startsWith('Pipeline logs'));
    expect(logs?.roadmapItemIds).toHaveLength(1);
    expect(figures.logsShipped).toMatchObject({
      status: 'shipped',
      changelogEntryIds: [logs!.id],
    });
  });

  it('seeds four weeks of usage, with shelfware and drift', async () => {
    const { db } = seeded;
    const usesBy = async (toolRef: string, teamRef: string) =>
      Number(
        (
          await db('platform_product_usage_daily')
            .where({ tool_ref: toolRef, team_ref: teamRef })
            .sum({ n: 'count' })
        )[0].n ?? 0,
      );
    expect(
      await usesBy('component:default/ci-pipelines', 'group:default/checkout'),
    ).toBeGreaterThan(0);
    // Declared but inactive.
    expect(
      await usesBy('system:default/deploy', 'group:default/storefront'),
    ).toBe(0);
    // Active but undeclared.
    expect(
      await usesBy('api:default/secrets-api', 'group:default/storefront'),
    ).toBeGreaterThan(0);
    expect(
      await usesBy('api:default/feature-flags-api', 'group:default/mobile-ios'),
    ).toBe(0);
    const people = await db('platform_product_usage_people');
    expect(people.length).toBeGreaterThan(20);
  });

  it('seeds half a year of tool snapshots ending near today’s figures', async () => {
    const ci = seeded.figures.ciSnapshots;
    expect(ci).toHaveLength(180);
    expect(ci[0].adoptingTeams).toBeLessThan(ci[179].adoptingTeams);
    expect(ci[179].adoptingTeams).toBe(12);
    expect(ci[179].ratingAverage).toBeGreaterThan(3);
  });
});

describe('demo data while the catalog is still ingesting the example company', () => {
  it('waits instead of seeding part of the company', async () => {
    const db = await databases.init(databases.eachSupportedId()[0][0]);
    const scheduler = mockServices.scheduler.mock();
    // Teams and tools are in, the products whose relations make adoption are not yet.
    const entities = (await loadExampleCatalog()).filter(
      e =>
        e.kind !== 'Component' ||
        (e.metadata.tags ?? []).includes('platform-tool'),
    );
    const catalog = catalogServiceMock({ entities });
    await startTestBackend({
      features: [
        platformProductPlugin,
        demoDataModule,
        scheduler.factory,
        mockServices.database.factory({ knex: db }),
        createServiceFactory({
          service: catalogServiceRef,
          deps: {},
          factory: () => catalog,
        }),
      ],
    });
    const task = scheduler.scheduleTask.mock.calls
      .map(([t]) => t)
      .find(t => t.id === 'platform-product-seed')!;
    await task.fn(new AbortController().signal);
    expect(await rowCounts(db)).toEqual(
      Object.fromEntries(TABLES.map(table => [table, 0])),
    );
    expect(
      await db('platform_product_settings').where('key', 'like', '%-seeded'),
    ).toEqual([]);
  });
});
