import { newRoadmapItemBody } from '../__testUtils__/roadmapItemFields';
import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';

jest.setTimeout(60_000);

const user = (name: string) => `user:default/${name}`;
const SVEN = user('sven.eriksen');
const LIAM = user('liam.walsh');
const ALEX = user('alex.morgan');
const CHLOE = user('chloe.dubois');
const SECRETS = 'api:default/secrets-api';

async function start() {
  const audit = auditorSpy();
  const server = await startBackend({
    config: { platformProduct: {} },
    features: [audit.factory, permissionsFor([SVEN])],
  });
  const call =
    (method: 'get' | 'post' | 'put' | 'delete', path: string) => (by: string) =>
      request(server)
        [method](`/api/platform-product${path}`)
        .set({ Authorization: mockCredentials.user.header(by) });
  const item = async () =>
    (await call('post', '/roadmap/items')(SVEN).send(newRoadmapItemBody())).body
      .id as number;
  const feedback = async (by: string, anonymous = false) =>
    (
      await call(
        'post',
        '/feedback',
      )(by).send({ toolRef: SECRETS, title: 'Rotate secrets', anonymous })
    ).body.id as number;
  const link = (itemId: number, body: object, by = SVEN) =>
    call('post', `/roadmap/items/${itemId}/evidence`)(by).send(body);
  return { call, item, feedback, link, events: audit.events };
}

describe('evidence API', () => {
  it('links feedback from either side once, shows the demand behind the item and feeds the reach suggestion', async () => {
    const { call, item, feedback, link, events } = await start();
    const itemId = await item();
    const named = await feedback(ALEX);
    await call('put', `/feedback/${named}/vote`)(CHLOE).expect(200);
    const anonymous = await feedback(LIAM, true);
    const reach = async () =>
      (
        await call(
          'get',
          `/roadmap/reach?toolRef=${SECRETS}&itemId=${itemId}`,
        )(SVEN)
      ).body.reach;
    // Billing, Checkout, Fraud Detection, Payments Core, Security.
    expect(await reach()).toBe(27);

    const first = await link(itemId, {
      sourceKind: 'feedback',
      sourceId: named,
    });
    expect(first.status).toBe(201);
    const again = await link(itemId, {
      sourceKind: 'feedback',
      sourceId: named,
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    await link(itemId, { sourceKind: 'feedback', sourceId: anonymous }).expect(
      201,
    );
    // + Storefront (Alex, 6 people) + Search (Chloe; Ravi is in Payments Core already).
    expect(await reach()).toBe(27 + 6 + 4);

    const demand = await call('get', `/roadmap/items/${itemId}/evidence`)(LIAM);
    expect(demand.status).toBe(200);
    expect(demand.body.people).toEqual({ total: 3, anonymous: 1 });
    expect(demand.body.feedback.map((f: any) => f.feedback)).toEqual([
      expect.objectContaining({ id: named, voteCount: 1, anonymous: false }),
      expect.objectContaining({ id: anonymous, anonymous: true }),
    ]);
    expect(JSON.stringify(demand.body)).not.toContain('liam.walsh');
    expect(demand.body.evidenceTeams).toEqual([
      {
        teamRef: 'group:default/search',
        title: 'Search & Discovery',
        people: null,
      },
      {
        teamRef: 'group:default/storefront',
        title: 'Storefront',
        people: null,
      },
    ]);
    expect(demand.body.suggestion).toMatchObject({
      reach: 37,
      confidence: 0.5,
      confidenceRule: 'little-evidence',
    });

    const fromFeedback = await call(
      'get',
      `/roadmap/evidence?sourceKind=feedback&sourceId=${named}`,
    )(SVEN);
    expect(fromFeedback.body.items).toEqual([
      expect.objectContaining({
        roadmapItemId: itemId,
        roadmapItemTitle: 'Self-service secrets',
        linkedBy: SVEN,
      }),
    ]);

    await call(
      'delete',
      `/roadmap/items/${itemId}/evidence/${first.body.id}`,
    )(SVEN).expect(204);
    expect(await reach()).toBe(27);
    expect(
      events
        .filter(e => e.outcome === 'success')
        .map(e => e.options.eventId)
        .filter(id => id.startsWith('roadmap-evidence')),
    ).toEqual([
      'roadmap-evidence-link',
      'roadmap-evidence-link',
      'roadmap-evidence-link',
      'roadmap-evidence-unlink',
    ]);
  });

  it('answers 403 to people who may not update the roadmap, and audits the refusal', async () => {
    const { call, item, feedback, link, events } = await start();
    const itemId = await item();
    const id = await feedback(ALEX);
    const refused = await link(
      itemId,
      { sourceKind: 'feedback', sourceId: id },
      LIAM,
    );
    expect(refused.status).toBe(403);
    expect(events.at(-1)).toMatchObject({
      options: { eventId: 'roadmap-evidence-link' },
      outcome: 'fail',
    });
    await call(
      'delete',
      `/roadmap/items/${itemId}/evidence/1`,
    )(LIAM).expect(403);
    await call('get', '/roadmap/priorities')(LIAM).expect(403);
  });

  it('answers 400 naming the field, and 404 for what does not exist', async () => {
    const { call, item, feedback, link } = await start();
    const itemId = await item();
    const id = await feedback(ALEX);
    const bad = await link(itemId, { sourceKind: 'interview', sourceId: id });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('sourceKind');
    const noId = await link(itemId, { sourceKind: 'feedback' });
    expect(noId.status).toBe(400);
    expect(noId.body.error.message).toContain('sourceId');
    const query = await call(
      'get',
      '/roadmap/evidence?sourceKind=feedback',
    )(SVEN);
    expect(query.status).toBe(400);
    expect(query.body.error.message).toContain('sourceId');

    const noFeedback = await link(itemId, {
      sourceKind: 'feedback',
      sourceId: 99999,
    });
    expect(noFeedback.status).toBe(404);
    expect(noFeedback.body.error.message).toContain('feedback item');
    await link(99999, { sourceKind: 'feedback', sourceId: id }).expect(404);
    await call('get', '/roadmap/items/99999/evidence')(SVEN).expect(404);
    await call(
      'delete',
      `/roadmap/items/${itemId}/evidence/99999`,
    )(SVEN).expect(404);
  });

  it('lists the active items for prioritisation with ranks and evidence counts', async () => {
    const { call, item, feedback, link } = await start();
    const itemId = await item();
    await link(itemId, {
      sourceKind: 'feedback',
      sourceId: await feedback(ALEX),
    }).expect(201);
    await call('put', `/roadmap/items/${itemId}/vote`)(LIAM).expect(200);

    const priorities = await call('get', '/roadmap/priorities')(SVEN);
    expect(priorities.status).toBe(200);
    expect(priorities.body).toEqual({
      truncated: false,
      itemsPerLane: 100,
      items: [
        {
          item: expect.objectContaining({ id: itemId, riceScore: 160 }),
          evidence: { people: 1, teams: 1, kinds: 2, links: 1 },
          riceRank: 1,
          voteRank: 1,
          rankGap: 0,
        },
      ],
    });
  });
});
