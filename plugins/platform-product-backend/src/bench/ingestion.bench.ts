/*
 * The ingestion benchmark: usage events sent the way the tools send them, in batches of 1,000
 * through `POST /usage/events` (the plugin started with `startTestBackend`, a service token,
 * a request over a socket), by a few concurrent senders for a bounded time, on SQLite and on
 * PostgreSQL 15 when one is configured. Reports events recorded per second and the p50/p95 time
 * of a batch, with the rollup job running every few seconds meanwhile, and how fast that job
 * folds the events into the rollups. Not part of the test suite: `scripts/bench --only
 * ingestion` runs it (see docs/development.md). The bar is 10,000 events/s sustained; a run
 * below it fails.
 */
import {
  mockCredentials,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { USAGE_BATCH_MAX } from 'backstage-plugin-platform-product-common';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { loadExampleCatalog } from '../__testUtils__/exampleCatalog';
import { UsageStore } from '../database/UsageStore';
import { startBackend } from '../__testUtils__/startBackend';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { timedPost } from './http';
import { markdownTable, ms, percentile } from './stats';

jest.setTimeout(60 * 60_000);

const SECONDS = Number(process.env.BENCH_INGEST_SECONDS ?? 30);
const SENDERS = Number(process.env.BENCH_INGEST_SENDERS ?? 4);
/** How often the rollup job runs during the run (the default of `usage.rollupSeconds` is 10). */
const ROLLUP_SECONDS = Number(process.env.BENCH_ROLLUP_SECONDS ?? 5);
const BAR = 10_000;
const ACTIONS = ['pipeline-run', 'deploy', 'docs-view', 'secret-read'];

/** The example company's tools and people: events name people by ref or by e-mail. */
async function company() {
  const catalog = await loadExampleCatalog();
  const people = catalog
    .filter(e => e.kind === 'User')
    .flatMap(e => {
      const email = (e.spec?.profile as { email?: string } | undefined)?.email;
      return [stringifyEntityRef(e), ...(email ? [email] : [])];
    });
  const tools = catalog
    .filter(e => e.metadata.tags?.includes('platform-tool'))
    .map(e => stringifyEntityRef(e));
  return { people, tools };
}

/** Batch `n` of 1,000 new events over the last week, each with a unique id. */
function batch(
  n: number,
  sender: number,
  c: { people: string[]; tools: string[] },
) {
  const now = Date.now();
  return Array.from({ length: USAGE_BATCH_MAX }, (_, i) => {
    const k = n * USAGE_BATCH_MAX + i;
    return {
      id: `bench-${sender}-${k}`,
      toolRef: c.tools[k % c.tools.length],
      user: c.people[(k * 7) % c.people.length],
      action: ACTIONS[k % ACTIONS.length],
      occurredAt: new Date(now - (k % (7 * 24 * 60)) * 60_000).toISOString(),
    };
  });
}

interface IngestResult {
  database: string;
  batches: number[];
  accepted: number;
  seconds: number;
  errors: number;
  /** The rollup job's runs, during the run and once after it: events folded, time taken. */
  rollup: { events: number; seconds: number };
  /** The first answer other than 200, to say why. */
  firstError?: string;
}

async function run(databaseId: TestDatabaseId, databases: TestDatabases) {
  const knex = await databases.init(databaseId);
  const server = await startBackend({
    features: [mockServices.database.factory({ knex })],
  });
  const url = `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/api/platform-product/usage/events`;
  const c = await company();
  const agent = new http.Agent({ keepAlive: true, maxSockets: SENDERS });
  const headers = { authorization: mockCredentials.service.header() };
  // One batch first: the catalog cache and the connection pool are warm before timing.
  await timedPost(agent, url, headers, { events: batch(0, -1, c) });
  const result: IngestResult = {
    database: databaseId,
    batches: [],
    accepted: 0,
    seconds: 0,
    errors: 0,
    rollup: { events: 0, seconds: 0 },
  };
  const start = performance.now();
  const deadline = start + SECONDS * 1000;
  const sender = async (s: number) => {
    for (let n = 0; performance.now() < deadline; n++) {
      const answer = await timedPost(agent, url, headers, {
        events: batch(n, s, c),
      });
      result.batches.push(answer.ms);
      if (answer.status !== 200) {
        result.errors++;
        result.firstError ??= `${answer.status} ${answer.body.slice(0, 300)}`;
      } else {
        result.accepted += JSON.parse(answer.body).accepted;
      }
    }
  };
  const store = new UsageStore(knex);
  const fold = async () => {
    const folding = performance.now();
    result.rollup.events += await store.rollUp();
    result.rollup.seconds += (performance.now() - folding) / 1000;
  };
  // The rollup job, as the scheduler runs it, while the senders send.
  const job = async () => {
    for (;;) {
      const next = performance.now() + ROLLUP_SECONDS * 1000;
      if (next >= deadline) return;
      await new Promise(resolve =>
        setTimeout(resolve, next - performance.now()),
      );
      await fold();
    }
  };
  await Promise.all([
    ...Array.from({ length: SENDERS }, (_, s) => sender(s)),
    job(),
  ]);
  result.seconds = (performance.now() - start) / 1000;
  agent.destroy();
  await fold();
  return result;
}

describe('usage ingestion', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  it(`records batches of ${USAGE_BATCH_MAX} events at ${BAR} events/s or more`, async () => {
    const results: IngestResult[] = [];
    for (const [id] of databases.eachSupportedId()) {
      results.push(await run(id, databases));
    }
    const rate = (r: IngestResult) => Math.round(r.accepted / r.seconds);
    process.stdout.write(
      [
        `${SENDERS} concurrent senders for ${SECONDS} s, batches of ${USAGE_BATCH_MAX} events:`,
        markdownTable(
          [
            'database',
            'batches',
            'events/s',
            'p50 batch',
            'p95 batch',
            'errors',
            'rollup job (all runs)',
          ],
          results.map(r => [
            r.database,
            String(r.batches.length),
            String(rate(r)),
            ms(percentile(r.batches, 50)),
            ms(percentile(r.batches, 95)),
            String(r.errors),
            `${r.rollup.events} events in ${r.rollup.seconds.toFixed(
              1,
            )} s (${Math.round(r.rollup.events / r.rollup.seconds)}/s)`,
          ]),
        ),
        ...results.flatMap(r =>
          r.firstError ? [`${r.database}: ${r.firstError}`] : [],
        ),
        '',
      ].join('\n'),
    );
    expect(
      results.filter(r => r.errors || rate(r) < BAR).map(r => r.database),
    ).toEqual([]);
  });
});
