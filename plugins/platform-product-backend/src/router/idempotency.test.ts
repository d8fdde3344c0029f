import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { notificationsSpy } from '../__testUtils__/notificationsSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';

const user = (name: string) => `user:default/${name}`;
const SVEN = user('sven.eriksen');
const ALEX = user('alex.morgan');
const LIAM = user('liam.walsh');
const RAVI = user('ravi.iyer');
const CI = 'component:default/ci-pipelines';
const CHECKOUT = 'group:default/checkout';
const SEARCH = 'group:default/search';
const DAY = 24 * 60 * 60 * 1000;
const KEY = '0b6f3a52-4c1e-4f7d-9a0e-2f1c3d4e5f60';

async function start() {
  const notifications = notificationsSpy();
  const server = await startBackend({
    notifications: notifications.factory,
    features: [permissionsFor([SVEN])],
  });
  const api =
    (method: 'get' | 'post', path: string) => (by: string, key?: string) => {
      const call = request(server)
        [method](`/api/platform-product${path}`)
        .set({ Authorization: mockCredentials.user.header(by) });
      return key === undefined ? call : call.set('Idempotency-Key', key);
    };
  // Ravi becomes a champion of Search, so that he can receive kudos.
  const nomination = await api(
    'post',
    '/champions/nominations',
  )(RAVI).send({
    nomineeRef: RAVI,
    teamRef: SEARCH,
    reason: 'Runs the search demos',
  });
  await api(
    'post',
    `/champions/nominations/${nomination.body.id}/approve`,
  )(SVEN).send({});
  return { api, sent: notifications.sent };
}

type Api = Awaited<ReturnType<typeof start>>['api'];

/** Each create: who sends it, a body, another body, and how many of its resources exist. */
const creates: {
  path: string;
  by: string;
  body: object;
  other: object;
  count: (api: Api) => Promise<number>;
}[] = [
  {
    path: '/feedback',
    by: ALEX,
    body: { toolRef: CI, kind: 'idea', title: 'Cache', anonymous: true },
    other: { toolRef: CI, kind: 'idea', title: 'Cache more' },
    count: async api => (await api('get', '/feedback')(SVEN)).body.totalCount,
  },
  {
    path: '/changelog',
    by: SVEN,
    body: {
      title: 'Faster builds',
      body: 'Caches are on.',
      category: 'improved',
      toolRefs: [CI],
      status: 'published',
    },
    other: {
      title: 'Faster builds',
      body: 'Caches are on.',
      category: 'fixed',
      toolRefs: [CI],
      status: 'published',
    },
    count: async api =>
      (await api('get', '/changelog')(SVEN).query({ limit: 100 })).body
        .totalCount,
  },
  {
    path: '/roadmap/items',
    by: SVEN,
    body: {
      title: 'Build cache',
      description: 'Cache node_modules.',
      ownerRef: 'group:default/platform',
      toolRefs: [CI],
      requestingTeamRefs: [CHECKOUT],
      reach: 100,
      reachSource: 'manual',
      impact: 1,
      confidence: 1,
      effort: 2,
      earlyAccess: false,
      criteria: [],
      lane: 'now',
    },
    other: {
      title: 'Build cache',
      description: 'Cache node_modules.',
      ownerRef: 'group:default/platform',
      toolRefs: [CI],
      requestingTeamRefs: [CHECKOUT],
      reach: 100,
      reachSource: 'manual',
      impact: 1,
      confidence: 1,
      effort: 2,
      earlyAccess: false,
      criteria: [],
      lane: 'next',
    },
    count: async api =>
      (await api('get', '/roadmap/items')(SVEN).query({ status: 'active' }))
        .body.totalCount,
  },
  {
    path: '/champions/nominations',
    by: LIAM,
    body: { nomineeRef: LIAM, teamRef: CHECKOUT, reason: 'Runs the demos' },
    other: { nomineeRef: LIAM, teamRef: CHECKOUT, reason: 'Writes the docs' },
    count: async api =>
      (
        await api(
          'get',
          '/champions/nominations',
        )(SVEN).query({
          status: 'open',
        })
      ).body.items.length,
  },
  {
    path: '/champions/kudos',
    by: ALEX,
    body: { championRef: RAVI, message: 'Thanks for the demo!' },
    other: { championRef: RAVI, message: 'Thanks for the docs!' },
    count: async api =>
      (await api('get', '/champions/kudos')(ALEX)).body.totalCount,
  },
  {
    path: '/surveys',
    by: SVEN,
    body: {
      title: 'Q4 platform NPS',
      teamRefs: [CHECKOUT],
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 14 * DAY).toISOString(),
    },
    other: {
      title: 'Q1 platform NPS',
      teamRefs: [CHECKOUT],
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 14 * DAY).toISOString(),
    },
    count: async api => (await api('get', '/surveys')(SVEN)).body.totalCount,
  },
];

describe('Idempotency-Key on creates', () => {
  it.each(creates)(
    'answers a retry of POST $path with the first resource, and a reuse with another body with 409',
    async ({ path, by, body, other, count }) => {
      const { api, sent } = await start();
      const before = await count(api);
      const first = await api('post', path)(by, KEY).send(body);
      expect(first.status).toBe(201);
      const notified = sent.length;

      const retry = await api('post', path)(by, KEY).send(body);
      expect(retry.status).toBe(201);
      expect(retry.body.id).toBe(first.body.id);
      expect(await count(api)).toBe(before + 1);
      // A retry repeats no side effect either.
      expect(sent).toHaveLength(notified);

      const reused = await api('post', path)(by, KEY).send(other);
      expect(reused.status).toBe(409);
      expect(reused.body.error.message).toContain('Idempotency-Key');
      expect(await count(api)).toBe(before + 1);
    },
  );

  it('keeps keys apart per person and per kind of create, and creates without a key as before', async () => {
    const { api } = await start();
    const feedback = creates[0];
    const count = () => feedback.count(api);
    const send = (by: string, key?: string) =>
      api('post', '/feedback')(by, key).send(feedback.body);
    const alex = await send(ALEX, KEY);
    const liam = await send(LIAM, KEY);
    expect(liam.status).toBe(201);
    expect(liam.body.id).not.toBe(alex.body.id);
    const kudos = await api('post', '/champions/kudos')(ALEX, KEY).send({
      championRef: RAVI,
      message: 'Thanks!',
    });
    expect(kudos.status).toBe(201);
    expect(await count()).toBe(2);
    await send(ALEX);
    await send(ALEX);
    expect(await count()).toBe(4);
  });

  it('refuses a malformed key with a 400 naming the header, and creates nothing', async () => {
    const { api } = await start();
    const feedback = creates[0];
    for (const key of ['', ' ', 'x'.repeat(201), 'tab\there', 'clé']) {
      const response = await api('post', '/feedback')(ALEX, key).send(
        feedback.body,
      );
      expect([key, response.status]).toEqual([key, 400]);
      expect(response.body.error.message).toBe(
        'Invalid header: Idempotency-Key: must be 1 to 200 printable characters',
      );
    }
    expect(await feedback.count(api)).toBe(0);
    const longest = await api('post', '/feedback')(ALEX, 'x'.repeat(200)).send(
      feedback.body,
    );
    expect(longest.status).toBe(201);
  });
});
