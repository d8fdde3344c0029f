import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { ChampionsStore } from '../database/ChampionsStore';
import { ChangelogStore } from '../database/ChangelogStore';
import { FeedbackStore } from '../database/FeedbackStore';
import { ImpactMapStore } from '../database/ImpactMapStore';
import { InsightsStore } from '../database/InsightsStore';
import { migrationsDir } from '../database/migrations';
import { RatingsStore } from '../database/RatingsStore';
import { RoadmapStore } from '../database/RoadmapStore';
import { SurveysStore } from '../database/SurveysStore';
import { loadExampleCatalog } from '../__testUtils__/exampleCatalog';
import { scheduleDemoData } from './scheduleDemoData';

jest.setTimeout(60_000);

describe('demo data', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  async function seedTwice() {
    const db = await databases.init('SQLITE_3');
    await db.migrate.latest({ directory: migrationsDir });
    const scheduler = mockServices.scheduler.mock();
    await scheduleDemoData({
      db,
      scheduler,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      secret: 'test-secret-0123456789',
      directory: new CatalogDirectory({
        catalog: catalogServiceMock({ entities: await loadExampleCatalog() }),
        auth: mockServices.auth(),
        teamFilter: { kind: 'group', 'spec.type': 'team' },
        toolFilter: { 'metadata.tags': 'platform-tool' },
        cacheSeconds: 60,
      }),
    });
    const task = scheduler.scheduleTask.mock.calls[0][0];
    await task.fn(new AbortController().signal);
    await task.fn(new AbortController().signal);
    return db;
  }

  it('seeds ratings from members of adopting teams, once', async () => {
    const db = await seedTwice();
    const store = new RatingsStore(db);
    const ci = await store.summarize('component:default/ci-pipelines');
    const secrets = await store.summarize('api:default/secrets-api');
    expect(ci.count).toBeGreaterThan(20);
    expect(secrets.count).toBeGreaterThan(5);
    expect(ci.average!).toBeGreaterThan(secrets.average!);
    // Nobody outside the adopting teams rated: Mobile iOS people never rate CI.
    const raters = await db('platform_product_ratings')
      .where({ tool_ref: 'component:default/ci-pipelines' })
      .whereNotNull('user_ref')
      .pluck('user_ref');
    expect(raters).not.toContain('user:default/rafael.costa');
    // The second run changed nothing.
    const total = await db('platform_product_rating_history').count({ n: '*' });
    expect(Number(total[0].n)).toBe(
      Number((await db('platform_product_ratings').count({ n: '*' }))[0].n),
    );
  });

  it('seeds a triaged feedback inbox and surveys with a rising NPS', async () => {
    const db = await seedTwice();
    const feedback = new FeedbackStore(db);
    const inbox = await feedback.list(
      { sort: 'votes', limit: 100, offset: 0 },
      new Date(),
    );
    expect(inbox.totalCount).toBe(19);
    expect(new Set(inbox.items.map(i => i.status))).toEqual(
      new Set(['new', 'acknowledged', 'planned', 'shipped', 'declined']),
    );
    // The merge made self-service secrets the most wanted: 12 +1s plus the duplicate's 4,
    // people who +1'd both counted once.
    const [top] = inbox.items;
    expect(top.title).toBe('Create secrets without opening a ticket');
    expect(top.voteCount).toBeGreaterThan(12);
    expect(top.voteCount).toBeLessThanOrEqual(16);

    const surveys = new SurveysStore(db);
    const trend = await surveys.countPerSurvey(new Date(), 12);
    expect(trend).toHaveLength(3);
    const nps = trend.map(t => (t.promoters - t.detractors) / t.responses);
    expect(nps[0]).toBeLessThan(nps[1]);
    const secrets = await surveys.countPerSurvey(
      new Date(),
      12,
      'api:default/secrets-api',
    );
    expect(secrets.map(t => t.survey.title)).toEqual(['Secrets Manager pulse']);
    const open = await surveys.listOpen(new Date());
    expect(open).toHaveLength(2);
    // The personas have not answered the open surveys: the browser tests do.
    const answered = await db('platform_product_survey_answers')
      .whereIn(
        'survey_id',
        open.map(s => s.id),
      )
      .whereIn('user_ref', [
        'user:default/alex.morgan',
        'user:default/liam.walsh',
      ]);
    expect(answered).toEqual([]);
  });

  it('seeds a roadmap in every lane, with shipped and killed items and an impact map', async () => {
    const db = await seedTwice();
    const roadmap = new RoadmapStore(db);
    const board = await roadmap.board(50, true);
    expect([...board.keys()].sort()).toEqual([
      'exploring',
      'later',
      'next',
      'now',
    ]);
    const page = (status: 'shipped' | 'killed') =>
      roadmap.list({
        status,
        sort: 'rice',
        limit: 10,
        offset: 0,
        includeEarlyAccess: true,
      });
    expect((await page('shipped')).totalCount).toBe(2);
    const killed = await page('killed');
    expect(killed.items.every(i => i.killReason)).toBe(true);
    const [top] = board.get('now')!.items;
    expect(top.voteCount).toBeGreaterThan(0);
    expect(top.riceScore).toBe(
      (top.reach * top.impact * top.confidence) / top.effort,
    );
    const [goal] = await new ImpactMapStore(db).goals(true);
    expect(
      goal.actors.flatMap(a => a.impacts).flatMap(i => i.items).length,
    ).toBeGreaterThan(3);
    expect(await roadmap.reviewsDue(new Date(), 10)).toHaveLength(1);
    // Planned feedback links the roadmap item it became.
    const cache = await db('platform_product_feedback_items')
      .where({ title: 'Cache node_modules between pipeline runs' })
      .first();
    const item = await roadmap.get(Number(cache.roadmap_item_id));
    expect(item?.title).toBe('Cache dependencies between pipeline runs');
  });

  it('seeds champions for most teams, leaving Storefront uncovered, with 90 days of coverage', async () => {
    const db = await seedTwice();
    const champions = new ChampionsStore(db);
    const counts = await champions.countActiveByTeam();
    expect(counts.size).toBe(7);
    expect(counts.get('group:default/checkout')).toBe(2);
    expect(counts.has('group:default/storefront')).toBe(false);
    expect(await champions.listChampions({ status: 'alumni' })).toHaveLength(1);
    expect(await champions.listNominations({ status: 'open' })).toHaveLength(1);
    const history = await champions.coverageHistory('2000-01-01');
    expect(history).toHaveLength(90);
    expect(history[0].coveredTeams).toBeLessThan(history[89].coveredTeams);
    expect(history[89]).toMatchObject({ eligibleTeams: 13, coveredTeams: 7 });
    expect(
      (await champions.listKudos({ limit: 10, offset: 0 })).totalCount,
    ).toBe(6);
  });

  it('seeds a changelog in every category, with an early-access entry, a scheduled one and a draft', async () => {
    const db = await seedTwice();
    const changelog = new ChangelogStore(db);
    const now = new Date();
    const page = (includeEarlyAccess: boolean) =>
      changelog.listPublished(
        { includeEarlyAccess, limit: 20, offset: 0 },
        now,
      );
    const everyone = await page(false);
    expect(everyone.totalCount).toBe(6);
    expect(new Set(everyone.items.map(e => e.category))).toEqual(
      new Set(['new', 'improved', 'fixed', 'deprecated', 'breaking']),
    );
    expect((await page(true)).totalCount).toBe(7);
    expect(
      (await changelog.listUnpublished()).map(e => e.status).sort(),
    ).toEqual(['draft', 'scheduled']);
    const logs = everyone.items.find(e => e.title.startsWith('Pipeline logs'));
    expect(logs?.roadmapItemIds).toHaveLength(1);
    const item = await new RoadmapStore(db).get(logs!.roadmapItemIds[0]);
    expect(item).toMatchObject({
      status: 'shipped',
      changelogEntryIds: [logs!.id],
    });
  });

  it('seeds half a year of tool snapshots ending near today’s figures', async () => {
    const db = await seedTwice();
    const insights = new InsightsStore(db);
    const ci = await insights.toolSnapshots(
      '2000-01-01',
      'component:default/ci-pipelines',
    );
    expect(ci).toHaveLength(180);
    expect(ci[0].adoptingTeams).toBeLessThan(ci[179].adoptingTeams);
    expect(ci[179].adoptingTeams).toBe(12);
    expect(ci[179].ratingAverage).toBeGreaterThan(3);
  });
});
