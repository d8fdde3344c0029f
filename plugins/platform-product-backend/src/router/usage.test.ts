import {
  mockCredentials,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import request from 'supertest';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { rollUpUsage, startBackend } from '../__testUtils__/startBackend';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { raterKey } from '../lib/anonymity';

jest.setTimeout(120_000);

const SVEN = 'user:default/sven.eriksen';
const LIAM = 'user:default/liam.walsh';
const CI = 'component:default/ci-pipelines';
const SECRET = 'a-test-anonymity-secret';
const URL = '/api/platform-product/usage/events';
const as = (ref: string) => ({
  Authorization: mockCredentials.user.header(ref),
});
const asService = { Authorization: mockCredentials.service.header() };
const minutesAgo = (minutes: number) =>
  new Date(Date.now() - minutes * 60 * 1000).toISOString();

/** A valid event; `overrides` replaces (or, as undefined, removes) fields. */
function usage(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    toolRef: CI,
    user: 'user:default/alex.morgan',
    action: 'pipeline-run',
    occurredAt: minutesAgo(10),
    ...overrides,
  };
}

const databases = TestDatabases.create({ ids: testDatabaseIds() });

/** The plugin on a real database; Sven maintains (and so may send usage), Liam participates. */
async function start(
  options: { databaseId?: TestDatabaseId; permissions?: any } = {},
) {
  const knex = await databases.init(options.databaseId ?? 'SQLITE_3');
  const audit = auditorSpy();
  const server = await startBackend({
    config: { platformProduct: { feedback: { anonymitySecret: SECRET } } },
    features: [
      mockServices.database.factory({ knex }),
      audit.factory,
      options.permissions ?? permissionsFor([SVEN]),
    ],
  });
  return { server, knex, events: audit.events };
}

/** The daily rollup, once the rollup job has folded in what was recorded. */
async function rollup(server: object, knex: Knex) {
  await rollUpUsage(server);
  return (
    await knex('platform_product_usage_daily').orderBy([
      'team_ref',
      'person_key',
      'action',
    ])
  ).map(row => ({
    team: row.team_ref,
    person: row.person_key,
    action: row.action,
    count: Number(row.count),
  }));
}

describe('POST /usage/events', () => {
  it.each(databases.eachSupportedId())(
    'records valid events, rejects each bad one with its field, and is idempotent, on %p',
    async databaseId => {
      const { server, knex, events } = await start({ databaseId });
      const batch = [
        usage('e1'),
        usage('e2', { user: 'Ravi.Iyer@northwind.example.com', count: 3 }),
        usage('e3', { user: undefined, teamRef: 'group:default/checkout' }),
        usage('e4', { occurredAt: new Date(Date.now() + 3_600_000) }),
        usage('e5', { user: 'nobody@northwind.example.com' }),
        usage('e6', { toolRef: 'component:default/checkout-service' }),
        usage('e7', { user: undefined }),
        usage('e8', { count: 0 }),
        { toolRef: CI },
        usage('e10', { occurredAt: minutesAgo(31 * 24 * 60) }),
        usage('e11', { teamRef: 'group:default/commerce' }),
      ];

      const first = await request(server).post(URL).set(as(SVEN)).send({
        events: batch,
      });

      expect(first.status).toBe(200);
      expect(first.body).toEqual({
        accepted: 3,
        duplicates: 0,
        rejected: [
          {
            index: 3,
            id: 'e4',
            field: 'occurredAt',
            message: 'must not be in the future',
          },
          {
            index: 4,
            id: 'e5',
            field: 'user',
            message: expect.stringMatching(/is not a person of the catalog/),
          },
          {
            index: 5,
            id: 'e6',
            field: 'toolRef',
            message:
              'component:default/checkout-service is not a platform tool',
          },
          {
            index: 6,
            id: 'e7',
            field: 'user',
            message: 'user or teamRef is required',
          },
          {
            index: 7,
            id: 'e8',
            field: 'count',
            message: expect.any(String),
          },
          { index: 8, field: 'id', message: expect.any(String) },
          {
            index: 9,
            id: 'e10',
            field: 'occurredAt',
            message: 'must be within the last 30 days',
          },
          {
            index: 10,
            id: 'e11',
            field: 'teamRef',
            message: 'group:default/commerce is not a team of the catalog',
          },
        ],
      });
      const key = (ref: string) => raterKey(SECRET, 'usage', ref);
      // Alex's team is Storefront; Ravi is in Search and Payments Core: the first by ref counts.
      expect(await rollup(server, knex)).toEqual([
        {
          team: 'group:default/checkout',
          person: '',
          action: 'pipeline-run',
          count: 1,
        },
        {
          team: 'group:default/payments-core',
          person: key('user:default/ravi.iyer'),
          action: 'pipeline-run',
          count: 3,
        },
        {
          team: 'group:default/storefront',
          person: key('user:default/alex.morgan'),
          action: 'pipeline-run',
          count: 1,
        },
      ]);

      const again = await request(server).post(URL).set(as(SVEN)).send({
        events: batch,
      });
      expect(again.body).toMatchObject({ accepted: 0, duplicates: 3 });
      expect(await rollup(server, knex)).toHaveLength(3);
      expect(
        (await rollup(server, knex)).reduce((sum, row) => sum + row.count, 0),
      ).toBe(5);

      // Nobody in clear: not in the tables, not in the audit events.
      const stored = JSON.stringify([
        await knex('platform_product_usage_events'),
        await knex('platform_product_usage_daily'),
      ]);
      expect(stored).not.toMatch(/alex|ravi|@/i);
      expect(events.map(e => [e.options.eventId, e.outcome])).toEqual([
        ['usage-ingest', 'success'],
        ['usage-ingest', 'success'],
      ]);
      expect(JSON.stringify(events.map(e => e.options.meta))).not.toMatch(
        /alex|ravi|@/i,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'counts a batch sent by several senders at once once, the others hearing duplicates, on %p',
    async databaseId => {
      const { server, knex } = await start({ databaseId });
      const batch = Array.from({ length: 300 }, (_, i) =>
        usage(`e${i}`, { count: 2 }),
      );

      const answers = await Promise.all(
        [0, 1, 2].map(() =>
          request(server).post(URL).set(as(SVEN)).send({ events: batch }),
        ),
      );

      expect(answers.map(a => a.status)).toEqual([200, 200, 200]);
      const sum = (field: string) =>
        answers.reduce((total, a) => total + a.body[field], 0);
      expect([sum('accepted'), sum('duplicates')]).toEqual([300, 600]);
      expect(await rollup(server, knex)).toEqual([
        expect.objectContaining({ action: 'pipeline-run', count: 600 }),
      ]);
    },
  );

  it.each([
    ['an array', '[]', /Invalid body: .*expected object/],
    ['no events', '{}', /Invalid body: events: /],
    ['events not a list', '{"events": "e1"}', /Invalid body: events: /],
    ['no event', '{"events": []}', /Invalid body: events: Too small/],
    [
      '1,001 events',
      JSON.stringify({
        events: Array.from({ length: 1001 }, (_, i) => usage(`e${i}`)),
      }),
      /Invalid body: events: Too big/,
    ],
    ['invalid JSON', '{"events": [', /Invalid body: not valid JSON/],
  ])(
    'refuses a body with %s with a 400 naming the field',
    async (_, body, message) => {
      const { server, knex } = await start();
      const res = await request(server)
        .post(URL)
        .set(as(SVEN))
        .set('Content-Type', 'application/json')
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
      expect(await rollup(server, knex)).toEqual([]);
    },
  );

  it('rejects every malformed event by its field, in a 200, recording none', async () => {
    const { server, knex } = await start();
    const bad: Record<string, unknown[]> = {
      id: [undefined, 1, '', 'has space', 'x'.repeat(201), 'a\u0000b', null],
      toolRef: [undefined, 'ci', `${CI}\u0000`, 12],
      user: [
        'jane',
        'group:default/checkout',
        'a@b',
        `${'x'.repeat(250)}@b.io`,
      ],
      teamRef: ['checkout', 7],
      action: [undefined, '', 'Deploy', 'pipeline run', 'x'.repeat(101), 3],
      occurredAt: [undefined, 1767225600000, '2026-02-30', 'yesterday'],
      count: ['1', 0, -1, 1.5, 1_000_001, null],
    };
    const batch = Object.entries(bad).flatMap(([field, values]) =>
      values.map(value => ({ field, event: usage('e', { [field]: value }) })),
    );
    const res = await request(server)
      .post(URL)
      .set(as(SVEN))
      .send({ events: batch.map(b => b.event) });

    expect(res.status).toBe(200);
    expect(res.body.accepted).toBe(0);
    expect(res.body.rejected.map((r: any) => r.field)).toEqual(
      batch.map(b => b.field),
    );
    expect(await rollup(server, knex)).toEqual([]);
  });

  it('refuses people without platform-product.usage.ingest with a 403, writing nothing', async () => {
    const { server, knex, events } = await start();
    const res = await request(server)
      .post(URL)
      .set(as(LIAM))
      .send({ events: [usage('e1')] });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/platform-product.usage.ingest/);
    expect(events.map(e => e.outcome)).toEqual(['fail']);
    expect(await rollup(server, knex)).toEqual([]);
  });

  it('takes service tokens, and only those the permission framework lets ingest', async () => {
    const byService = await start({
      permissions: mockServices.permissions.mock({
        authorize: async (requests: any[], { credentials }: any) =>
          requests.map(() => ({
            result:
              credentials.principal.type === 'service'
                ? AuthorizeResult.ALLOW
                : AuthorizeResult.DENY,
          })),
      } as any).factory,
    });
    const allowed = await request(byService.server)
      .post(URL)
      .set(asService)
      .send({ events: [usage('e1')] });
    expect(allowed.status).toBe(200);
    expect(allowed.body.accepted).toBe(1);

    const denied = await start({
      permissions: mockServices.permissions.factory({
        result: AuthorizeResult.DENY,
      }),
    });
    const refused = await request(denied.server)
      .post(URL)
      .set(asService)
      .send({ events: [usage('e1')] });
    expect(refused.status).toBe(403);

    const anonymous = await request(denied.server)
      .post(URL)
      .set({ Authorization: mockCredentials.none.header() })
      .send({ events: [usage('e1')] });
    expect(anonymous.status).toBe(401);
  });
});
