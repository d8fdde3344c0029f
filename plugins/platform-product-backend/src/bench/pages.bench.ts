/*
 * The benchmark of every page's read path, at growing sizes, on PostgreSQL. Not part of the
 * test suite: `scripts/bench` runs it on a throwaway PostgreSQL 15 (see docs/development.md).
 *
 * For each size it fills every table up to that many rows, lets the repair jobs build the
 * maintained aggregates, and times each read path twice: through the real HTTP route (the
 * plugin started with `startTestBackend`, a request over a socket) and its store queries
 * alone. Budgets are ratios, so they hold on a noisy machine: from the smallest size to the
 * largest a read path may grow by 1.5× at most. At the largest size, the plan of every query
 * (EXPLAIN) must read no big table whole, and a bounded load run opens
 * each tab (all its requests at once, as the browser does) with 50 concurrent clients for 20 s:
 * the p95 of opening it may be at most 3× its p50, with no errors.
 */
import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { FeedbackStatus } from 'backstage-plugin-platform-product-common';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { loadExampleCatalog } from '../__testUtils__/exampleCatalog';
import { startBackend } from '../__testUtils__/startBackend';
import { ChampionsStore } from '../database/ChampionsStore';
import { FeedbackStore } from '../database/FeedbackStore';
import { InsightsStore } from '../database/InsightsStore';
import { RatingsStore } from '../database/RatingsStore';
import { RoadmapStore } from '../database/RoadmapStore';
import { SurveysStore } from '../database/SurveysStore';
import { fill, seedSurveys } from './fill';
import { runLoad, timedGet } from './http';
import { seqScannedTables } from './plans';
import {
  growthTable,
  LoadResult,
  loadTable,
  markdownTable,
  median,
} from './stats';

jest.setTimeout(3 * 60 * 60_000);

const numbers = (value: string | undefined, fallback: number[]) =>
  value ? value.split(',').map(Number) : fallback;
const SIZES = numbers(process.env.BENCH_SIZES, [10_000, 100_000, 1_000_000]);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const RUNS = 15;
const SURVEY = 17;
const OPEN_STATUSES: FeedbackStatus[] = ['new', 'acknowledged', 'planned'];
const OPEN = OPEN_STATUSES.join(',');

/** The requests each tab makes when it opens (see the components' `api` calls). */
const TABS: Record<string, string[]> = {
  Roadmap: ['/roadmap/lanes', '/roadmap/board', '/tools', '/teams'],
  Changelog: [
    '/changelog?limit=20&offset=0',
    '/changelog/unseen',
    '/changelog/unpublished',
    '/tools',
  ],
  Feedback: [
    `/feedback?status=${OPEN}&sort=votes&limit=25&offset=0`,
    '/surveys/prompts',
    '/tools',
  ],
  Champions: [
    '/champions?status=active&limit=10&offset=0',
    '/champions/coverage',
    '/champions/coverage/history?days=180',
    '/champions/kudos?limit=5&offset=0',
    '/champions/activity-summary',
    '/champions/nominations',
    '/champions/me',
    '/me',
  ],
  Insights: [
    '/insights/tools',
    '/insights/trends?days=90',
    '/insights/nps',
    '/insights/health',
    '/teams',
    '/me',
  ],
};

async function timeRuns(run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

describe('pages at growing sizes', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });

  it('stay flat through HTTP and under load', async () => {
    const db = await databases.init('POSTGRES_15');
    const server = await startBackend({
      features: [mockServices.database.factory({ knex: db })],
    });
    const baseUrl = `http://127.0.0.1:${
      (server.address() as AddressInfo).port
    }/api/platform-product`;
    const catalog = await loadExampleCatalog();
    const people = catalog
      .filter(e => e.kind === 'User')
      .map(e => mockCredentials.user.header(stringifyEntityRef(e)));
    const toolRefs = catalog
      .filter(e => e.metadata.tags?.includes('platform-tool'))
      .map(e => stringifyEntityRef(e));
    const [tool] = toolRefs;
    const stores = {
      ratings: new RatingsStore(db),
      feedback: new FeedbackStore(db),
      surveys: new SurveysStore(db),
      roadmap: new RoadmapStore(db),
      insights: new InsightsStore(db),
      champions: new ChampionsStore(db),
    };
    const now = new Date();
    const page = { limit: 25, offset: 0 };
    /** The cursor after page 99 of the open items by +1s (a quarter in at small sizes). */
    let deepCursor = '';

    /** Each page's read path: its HTTP route, and the store queries behind it. */
    const paths: [string, () => string, () => Promise<unknown>][] = [
      [
        'rating summary of a tool',
        () => `/ratings?toolRef=${tool}`,
        () => stores.ratings.summarize(tool),
      ],
      [
        'inbox, open, by +1s',
        () => `/feedback?status=${OPEN}&sort=votes`,
        () =>
          stores.feedback.list(
            { ...page, status: OPEN_STATUSES, sort: 'votes' },
            now,
          ),
      ],
      [
        'inbox, one tool, newest',
        () => `/feedback?toolRef=${tool}&sort=newest`,
        () =>
          stores.feedback.list({ ...page, toolRef: tool, sort: 'newest' }, now),
      ],
      [
        'inbox, page 100 (cursor)',
        () => `/feedback?status=${OPEN}&sort=votes&cursor=${deepCursor}`,
        () =>
          stores.feedback.list(
            {
              ...page,
              status: OPEN_STATUSES,
              sort: 'votes',
              cursor: deepCursor,
            },
            now,
          ),
      ],
      [
        'Insights tools table',
        () => '/insights/tools',
        () =>
          Promise.all([
            stores.insights.ratingsByTool(),
            stores.insights.openFeedbackByTool(),
            stores.insights.roadmapNowByTool(),
            stores.insights.lastChangelogByTool(now),
            stores.surveys.countPerToolSurvey(now),
          ]),
      ],
      [
        'Insights program health',
        () => '/insights/health',
        () =>
          Promise.all([
            stores.champions.countActiveByTeam(),
            stores.insights.feedbackResponseTimes(),
            stores.insights.roadmapByQuarter(),
            stores.insights.changelogByWeek(now, now),
          ]),
      ],
      [
        'NPS trend (12 surveys)',
        () => '/insights/nps',
        () => stores.surveys.countPerSurvey(now, 12),
      ],
      [
        'survey results',
        () => `/surveys/${SURVEY}/results`,
        () =>
          Promise.all([
            stores.surveys.countOverall(SURVEY),
            stores.surveys.countByTeam(SURVEY),
          ]),
      ],
      [
        'survey comments page',
        () => `/surveys/${SURVEY}/comments`,
        () => stores.surveys.listComments(SURVEY, page),
      ],
      [
        'roadmap board',
        () => '/roadmap/board',
        () => stores.roadmap.board(50, true),
      ],
      [
        'roadmap list by score',
        () => '/roadmap/items?status=active&sort=rice',
        () =>
          stores.roadmap.list({
            ...page,
            status: 'active',
            sort: 'rice',
            includeEarlyAccess: true,
          }),
      ],
      [
        'roadmap list, one tool',
        () => `/roadmap/items?status=active&sort=rice&toolRef=${tool}`,
        () =>
          stores.roadmap.list({
            ...page,
            status: 'active',
            toolRef: tool,
            sort: 'rice',
            includeEarlyAccess: true,
          }),
      ],
      [
        'champions coverage',
        () => '/champions/coverage',
        () => stores.champions.countActiveByTeam(),
      ],
    ];

    const agent = new http.Agent({ keepAlive: true });
    const [person] = people;
    const viaHttp = async (path: string) => {
      const { status } = await timedGet(agent, `${baseUrl}${path}`, {
        authorization: person,
      });
      if (status !== 200) throw new Error(`GET ${path} answered ${status}`);
    };
    const results = paths.map(([name]) => ({
      name,
      http: [] as number[],
      query: [] as number[],
    }));
    await seedSurveys(db);
    let filled = 0;
    for (const size of SIZES) {
      await fill(db, { from: filled, to: size }, toolRefs);
      filled = size;
      await stores.ratings.repairTallies();
      await stores.surveys.repairTallies();
      await stores.feedback.repairCounts();
      await stores.roadmap.repairLaneCounts();
      await stores.feedback.repairResponseTimes();
      await stores.roadmap.repairQuarterCounts();
      // As after a bulk import in production: statistics, visibility map, no autovacuum backlog
      // competing with the measurements.
      await db.raw('vacuum analyze');
      deepCursor = (
        await stores.feedback.list(
          {
            limit: 25,
            offset: Math.min(98 * 25, size / 4),
            status: OPEN_STATUSES,
            sort: 'votes',
          },
          now,
        )
      ).nextCursor!;
      for (const [i, [, path, query]] of paths.entries()) {
        results[i].http.push(await timeRuns(() => viaHttp(path())));
        results[i].query.push(await timeRuns(query));
      }
      process.stdout.write(`filled and measured ${size} rows per table\n`);
    }
    const plans: string[][] = [];
    for (const [name, , query] of paths) {
      const scanned = await seqScannedTables(db, query);
      plans.push([name, scanned.length ? scanned.join(', ') : 'none']);
    }
    const seqScans = plans.filter(([, scanned]) => scanned !== 'none');
    agent.destroy();

    const load: LoadResult[] = [];
    for (const [tab, tabPaths] of Object.entries(TABS)) {
      load.push(
        await runLoad({
          tab,
          paths: tabPaths,
          baseUrl,
          people,
          clients: CLIENTS,
          seconds: SECONDS,
        }),
      );
    }

    const growth = growthTable(SIZES, results);
    const loaded = loadTable(load);
    // The report is the benchmark's output, not a log line: straight to stdout.
    process.stdout.write(
      [
        `Median of ${RUNS} runs per read path, through HTTP / the store queries alone:`,
        growth.table,
        '',
        `Big tables read by a sequential scan (EXPLAIN of each query) at ${
          SIZES[SIZES.length - 1]
        } rows:`,
        markdownTable(['read path', 'sequential scans'], plans),
        '',
        `${CLIENTS} concurrent clients for ${SECONDS} s per tab at ${
          SIZES[SIZES.length - 1]
        } rows per table:`,
        loaded.table,
        '',
      ].join('\n'),
    );
    expect({
      growth: growth.failed,
      seqScans,
      load: loaded.failed,
    }).toEqual({ growth: [], seqScans: [], load: [] });
  });
});
