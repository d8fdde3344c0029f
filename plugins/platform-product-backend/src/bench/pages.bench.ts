/*
 * The benchmark of every page's read path, at growing sizes, on PostgreSQL. Not part of the
 * test suite: `scripts/bench` runs it on a throwaway PostgreSQL 15 (see docs/development.md).
 *
 * For each size it fills every table up to that many rows, lets the repair jobs build the
 * maintained aggregates, lets PostgreSQL settle (vacuum, checkpoint, no autovacuum at work) and
 * times each read path twice: through the real HTTP route (the plugin started with
 * `startTestBackend`, a request over a socket) and its store queries alone. It also counts the
 * buffers their queries touch (EXPLAIN (ANALYZE, BUFFERS)): the work itself, which a busy
 * machine does not change. Budgets are ratios, so they hold on a noisy machine: from the
 * smallest size to the largest a read path's time may grow by 1.5× at most, and its buffers by
 * 1.5× plus what its B-trees' added levels cost. At the largest size, the plan of every query
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
import { Knex } from 'knex';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import { loadExampleCatalog } from '../__testUtils__/exampleCatalog';
import { startBackend } from '../__testUtils__/startBackend';
import { fill, seedSurveys } from './fill';
import { runLoad, timedGet } from './http';
import { buffersTouched, seqScannedTables } from './plans';
import { OPEN_STATUSES, pageStores, readPaths, TABS } from './readPaths';
import {
  growthTable,
  LoadResult,
  loadTable,
  markdownTable,
  median,
  PathResult,
} from './stats';

jest.setTimeout(3 * 60 * 60_000);

const numbers = (value: string | undefined, fallback: number[]) =>
  value ? value.split(',').map(Number) : fallback;
const SIZES = numbers(process.env.BENCH_SIZES, [10_000, 100_000, 1_000_000]);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
/** Only the read paths (and tabs) whose name contains one of these (`--paths`), if any. */
const ONLY = (process.env.BENCH_PATHS ?? '')
  .split(',')
  .map(part => part.trim().toLocaleLowerCase('en-US'))
  .filter(Boolean);
const RUNS = 15;
/** Rounds run before the timed ones and not counted: caches, pool and JIT warm. */
const WARM_UP = 3;
/** The maintained aggregates the repair jobs fill after each size's bulk insert. */
const AGGREGATE_TABLES = [
  'platform_product_rating_tallies',
  'platform_product_survey_tallies',
  'platform_product_feedback_counts',
  'platform_product_feedback_response_tallies',
  'platform_product_roadmap_lane_counts',
  'platform_product_roadmap_quarter_counts',
];
const selected = (name: string) =>
  !ONLY.length ||
  ONLY.some(part => name.toLocaleLowerCase('en-US').includes(part));

/**
 * The median time of each of `runs` over RUNS rounds, each round running every one once, after
 * WARM_UP rounds that are not counted: a pause of the machine then slows one run of every read
 * path instead of all the runs of one.
 */
async function medianTimes(
  runs: (() => Promise<unknown>)[],
): Promise<number[]> {
  const times = runs.map((): number[] => []);
  for (let round = -WARM_UP; round < RUNS; round++) {
    for (const [i, run] of runs.entries()) {
      const start = performance.now();
      await run();
      if (round >= 0) times[i].push(performance.now() - start);
    }
  }
  return times.map(median);
}

/**
 * Lets PostgreSQL finish what a bulk fill leaves it to do before anything is timed: writes the
 * dirty buffers out (CHECKPOINT) and waits (up to 10 minutes) until no autovacuum worker is at
 * work on the database.
 */
async function settle(db: Knex) {
  await db.raw('checkpoint');
  for (let waited = 0; waited < 600; waited++) {
    const { rows } = await db.raw(
      `select count(*)::int as workers from pg_stat_activity
       where backend_type = 'autovacuum worker' and datname = current_database()`,
    );
    if (rows[0].workers === 0) return;
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
}

const loadAverage = () => os.loadavg()[0].toFixed(1);

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
    const stores = pageStores(db);
    const now = new Date();
    /** The cursor after page 99 of the open items by +1s (a quarter in at small sizes). */
    let deepCursor = '';
    const paths = readPaths(stores, {
      tool,
      now,
      deepCursor: () => deepCursor,
    }).filter(([name]) => selected(name));

    const agent = new http.Agent({ keepAlive: true });
    const [person] = people;
    const viaHttp = async (path: string) => {
      const { status } = await timedGet(agent, `${baseUrl}${path}`, {
        authorization: person,
      });
      if (status !== 200) throw new Error(`GET ${path} answered ${status}`);
    };
    const results = paths.map(
      ([name]): PathResult => ({
        name,
        http: [],
        query: [],
        httpBuffers: [],
        queryBuffers: [],
      }),
    );
    const loads: string[] = [];
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
      // The repairs rewrote every aggregate row at once, which live writes never do (they
      // change one row at a time, and autovacuum keeps up): compact these small tables (a row
      // per tool, survey, lane or quarter, and team; whatever the history), so that a read
      // that scans one is measured on the pages of its rows, not on the rewrite's dead space.
      await db.raw(`vacuum (full) ${AGGREGATE_TABLES.join(', ')}`);
      // As after a bulk import in production: statistics, visibility map, no autovacuum backlog
      // competing with the measurements.
      await db.raw('vacuum analyze');
      await settle(db);
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
      const before = loadAverage();
      const medians = await medianTimes(
        paths.flatMap(([, path, query]) => [() => viaHttp(path()), query]),
      );
      loads.push(`${size} rows: ${before} → ${loadAverage()}`);
      for (const [i, [, path, query]] of paths.entries()) {
        results[i].http.push(medians[2 * i]);
        results[i].query.push(medians[2 * i + 1]);
        results[i].httpBuffers.push(
          await buffersTouched(db, () => viaHttp(path())),
        );
        results[i].queryBuffers.push(await buffersTouched(db, query));
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
    for (const [tab, tabPaths] of Object.entries(TABS).filter(([name]) =>
      selected(name),
    )) {
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
        `Median of ${RUNS} runs per read path (after ${WARM_UP} warm-up rounds; rounds interleave the paths), through HTTP / the store queries alone;`,
        'buffers (shared hit + read, EXPLAIN (ANALYZE, BUFFERS)) of every SELECT the request sends / of the store queries alone:',
        growth.table,
        '',
        `Load average (1 min) before → after timing: ${loads.join('; ')}.`,
        '',
        `Big tables read by a sequential scan (EXPLAIN of each query) at ${
          SIZES[SIZES.length - 1]
        } rows:`,
        markdownTable(['read path', 'sequential scans'], plans),
        '',
        load.length
          ? `${CLIENTS} concurrent clients for ${SECONDS} s per tab at ${
              SIZES[SIZES.length - 1]
            } rows per table:\n${loaded.table}`
          : 'No tab matches --paths: no load run.',
        '',
      ].join('\n'),
    );
    expect({
      growth: growth.failed,
      buffers: growth.buffersFailed,
      seqScans,
      load: loaded.failed,
    }).toEqual({ growth: [], buffers: [], seqScans: [], load: [] });
  });
});
