import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { rollUpUsage, startBackend } from '../__testUtils__/startBackend';

const TOOL = 'component:default/ci-pipelines';
const ALEX = 'user:default/alex.morgan';
const LIAM = 'user:default/liam.walsh';
const as = (ref: string) => ({
  Authorization: mockCredentials.user.header(ref),
});

/** Starts the plugin; figures show from one rating on unless `minGroupSize` says otherwise. */
async function start(options: { deny?: boolean; minGroupSize?: number } = {}) {
  const audit = auditorSpy();
  const server = await startBackend({
    config: {
      platformProduct: {
        feedback: { minGroupSize: options.minGroupSize ?? 1 },
      },
    },
    features: [
      audit.factory,
      mockServices.permissions.factory({
        result: options.deny ? AuthorizeResult.DENY : AuthorizeResult.ALLOW,
      }),
    ],
  });
  return { server, events: audit.events };
}

describe('ratings API', () => {
  it('rates a tool, replaces the rating, and summarises every rater once', async () => {
    const { server, events } = await start();
    const first = await request(server)
      .put('/api/platform-product/ratings')
      .set(as(ALEX))
      .send({ toolRef: TOOL, stars: 2 });
    expect(first.status).toBe(200);
    await request(server)
      .put('/api/platform-product/ratings')
      .set(as(ALEX))
      .send({ toolRef: TOOL, stars: 4, comment: 'Caching made it fast' });
    const second = await request(server)
      .put('/api/platform-product/ratings')
      .set(as(LIAM))
      .send({ toolRef: TOOL, stars: 5 });

    expect(second.body).toMatchObject({
      toolRef: TOOL,
      count: 2,
      average: 4.5,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 },
      mine: { stars: 5, anonymous: false },
    });
    const alexView = await request(server)
      .get('/api/platform-product/ratings')
      .query({ toolRef: TOOL })
      .set(as(ALEX));
    expect(alexView.body.mine).toMatchObject({
      stars: 4,
      comment: 'Caching made it fast',
    });
    expect(events.map(e => [e.options.eventId, e.outcome])).toEqual([
      ['rating-set', 'success'],
      ['rating-set', 'success'],
      ['rating-set', 'success'],
    ]);
  });

  it('withdraws a rating, harmlessly twice', async () => {
    const { server } = await start();
    await request(server)
      .put('/api/platform-product/ratings')
      .set(as(ALEX))
      .send({ toolRef: TOOL, stars: 3 });
    for (const _ of [1, 2]) {
      const res = await request(server)
        .delete('/api/platform-product/ratings')
        .query({ toolRef: TOOL })
        .set(as(ALEX));
      expect(res.status).toBe(204);
    }
    const summary = await request(server)
      .get('/api/platform-product/ratings')
      .query({ toolRef: TOOL })
      .set(as(ALEX));
    expect(summary.body).toMatchObject({ count: null, average: null });
    expect(summary.body.mine).toBeUndefined();
  });

  it.each([
    [{ toolRef: TOOL, stars: 6 }, /stars: Too big/],
    [{ toolRef: TOOL, stars: 2.5 }, /stars: must be a whole number/],
    [{ toolRef: TOOL }, /stars: /],
    [{ toolRef: 'nope', stars: 3 }, /toolRef: must be an entity ref/],
    [
      { toolRef: TOOL, stars: 3, comment: 'x'.repeat(2001) },
      /comment: Too big/,
    ],
    [
      { toolRef: 'component:default/checkout-service', stars: 3 },
      /toolRef: component:default\/checkout-service is not a platform tool/,
    ],
  ])(
    'refuses %j with a 400 naming the field, writing nothing',
    async (body, message) => {
      const { server } = await start();
      const res = await request(server)
        .put('/api/platform-product/ratings')
        .set(as(ALEX))
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
      const summary = await request(server)
        .get('/api/platform-product/ratings')
        .query({ toolRef: TOOL })
        .set(as(ALEX));
      expect(summary.body.mine).toBeUndefined();
    },
  );

  it('refuses with 403 when the policy denies feedback.create, writing nothing', async () => {
    const { server, events } = await start({ deny: true });
    const res = await request(server)
      .put('/api/platform-product/ratings')
      .set(as(ALEX))
      .send({ toolRef: TOOL, stars: 4 });
    expect(res.status).toBe(403);
    expect(events.map(e => e.outcome)).toEqual(['fail']);
    const summary = await request(server)
      .get('/api/platform-product/ratings')
      .query({ toolRef: TOOL })
      .set(as(ALEX));
    expect(summary.body.mine).toBeUndefined();
  });

  it('404s the summary of an entity that is not a tool', async () => {
    const { server } = await start();
    const res = await request(server)
      .get('/api/platform-product/ratings')
      .query({ toolRef: 'component:default/checkout-service' })
      .set(as(ALEX));
    expect(res.status).toBe(404);
  });

  it('never reveals who gave an anonymous rating, in responses or audit events', async () => {
    const { server, events } = await start();
    const rated = await request(server)
      .put('/api/platform-product/ratings')
      .set(as(ALEX))
      .send({ toolRef: TOOL, stars: 1, comment: 'Flaky', anonymous: true });
    expect(rated.body.mine).toMatchObject({ stars: 1, anonymous: true });

    // A maintainer allowed everything sees the rating but not its author.
    const seen = await request(server)
      .get('/api/platform-product/ratings')
      .query({ toolRef: TOOL })
      .set(as('user:default/sven.eriksen'));
    expect(seen.body.count).toBe(1);
    expect(seen.body.mine).toBeUndefined();
    for (const text of [
      JSON.stringify(seen.body),
      JSON.stringify(rated.body),
      JSON.stringify(events.map(e => e.options.meta)),
    ]) {
      expect(text).not.toMatch(/alex/i);
    }
    expect(events[0].options.request).toBeUndefined();
  });
});

describe('rating prompts', () => {
  /** Alex used the CI pipelines `uses` times in the last hour (as the tool reports it). */
  let sent = 0;
  async function alexUsedCi(server: any, uses: number) {
    const response = await request(server)
      .post('/api/platform-product/usage/events')
      .set({ Authorization: mockCredentials.service.header() })
      .send({
        events: Array.from({ length: uses }, (_, i) => ({
          id: `run-${sent++}-${i}`,
          toolRef: TOOL,
          user: ALEX,
          action: 'pipeline-run',
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
        })),
      });
    expect(response.body).toMatchObject({ accepted: uses, rejected: [] });
    await rollUpUsage(server);
  }
  const promptOf = async (server: any, ref: string, query: object = {}) =>
    (
      await request(server)
        .get('/api/platform-product/ratings/prompt')
        .query(query)
        .set(as(ref))
    ).body.prompt;

  it('invites people who used a tool often enough, until they dismiss it', async () => {
    const { server, events } = await start();
    await alexUsedCi(server, 2);
    expect(await promptOf(server, ALEX)).toBeNull();
    // The third use (default `afterUses`) makes the invitation.
    await alexUsedCi(server, 1);
    expect(await promptOf(server, ALEX)).toEqual({
      toolRef: TOOL,
      title: 'CI Pipelines',
      uses: 3,
      lastUsedOn: new Date().toISOString().slice(0, 10),
    });
    expect(await promptOf(server, ALEX, { toolRef: TOOL })).toMatchObject({
      toolRef: TOOL,
    });
    expect(
      await promptOf(server, ALEX, { toolRef: 'component:default/other' }),
    ).toBeNull();
    // Liam used nothing.
    expect(await promptOf(server, LIAM)).toBeNull();

    const dismissed = await request(server)
      .post('/api/platform-product/ratings/prompt/dismiss')
      .set(as(ALEX))
      .send({ toolRef: TOOL });
    expect(dismissed.status).toBe(204);
    expect(await promptOf(server, ALEX)).toBeNull();
    expect(events).toContainEqual({
      outcome: 'success',
      options: expect.objectContaining({
        eventId: 'rating-prompt-dismiss',
        meta: { toolRef: TOOL },
      }),
    });
  });

  it('stops inviting once the person rated, and counts them as an active rater', async () => {
    const { server } = await start();
    await alexUsedCi(server, 5);
    for (const [ref, stars] of [
      [ALEX, 5],
      [LIAM, 2],
    ] as const) {
      await request(server)
        .put('/api/platform-product/ratings')
        .set(as(ref))
        .send({ toolRef: TOOL, stars });
    }
    expect(await promptOf(server, ALEX)).toBeNull();
    const summary = await request(server)
      .get('/api/platform-product/ratings')
      .query({ toolRef: TOOL })
      .set(as(LIAM));
    expect(summary.body).toMatchObject({
      count: 2,
      average: 3.5,
      activeUsers: { count: 1, average: 5 },
    });
  });

  it('hides the active raters when they or the others are too few to show', async () => {
    const { server } = await start({ minGroupSize: 2 });
    await alexUsedCi(server, 5);
    for (const ref of [ALEX, LIAM, 'user:default/aisha.bello']) {
      await request(server)
        .put('/api/platform-product/ratings')
        .set(as(ref))
        .send({ toolRef: TOOL, stars: 4 });
    }
    const summary = await request(server)
      .get('/api/platform-product/ratings')
      .query({ toolRef: TOOL })
      .set(as(LIAM));
    // One active rater of three: showing them would show a group of one.
    expect(summary.body).toMatchObject({ count: 3, activeUsers: null });
  });

  it('refuses a dismissal without the permission to rate, and bad input', async () => {
    const { server } = await start({ deny: true });
    const denied = await request(server)
      .post('/api/platform-product/ratings/prompt/dismiss')
      .set(as(ALEX))
      .send({ toolRef: TOOL });
    expect(denied.status).toBe(403);
    const bad = await request(server)
      .post('/api/platform-product/ratings/prompt/dismiss')
      .set(as(ALEX))
      .send({ toolRef: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^Invalid body: toolRef/);
    const badQuery = await request(server)
      .get('/api/platform-product/ratings/prompt')
      .query({ toolRef: 'nope' })
      .set(as(ALEX));
    expect(badQuery.status).toBe(400);
  });
});
