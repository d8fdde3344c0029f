import { mockCredentials } from '@backstage/backend-test-utils';
import { platformProductEventSchema } from 'backstage-plugin-platform-product-common';
import request from 'supertest';
import { eventsSpy } from '../__testUtils__/eventsSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';

const SVEN = 'user:default/sven.eriksen';
const ALEX = 'user:default/alex.morgan';
const LIAM = 'user:default/liam.walsh';
const CHECKOUT = 'group:default/checkout';
const CI = 'component:default/ci-pipelines';

async function start() {
  const events = eventsSpy();
  const server = await startBackend({
    features: [events.factory, permissionsFor([SVEN])],
  });
  const api = (method: 'post' | 'put', path: string, by = SVEN) =>
    request(server)
      [method](`/api/platform-product${path}`)
      .set({ Authorization: mockCredentials.user.header(by) });
  return { api, events };
}

describe('events out', () => {
  it('publishes one typed event per domain change on the platform-product topic, after it happened', async () => {
    const { api, events } = await start();
    const item = await api('post', '/roadmap/items').send({
      title: 'Build cache',
      lane: 'next',
      ownerRef: 'group:default/platform',
      toolRefs: [CI],
      reach: 10,
      impact: 1,
      confidence: 1,
      effort: 1,
    });
    await api('post', `/roadmap/items/${item.body.id}/move`).send({
      lane: 'now',
      version: 1,
    });
    // A refused change publishes nothing.
    expect(
      (
        await api('post', `/roadmap/items/${item.body.id}/move`).send({
          lane: 'later',
          version: 1,
        })
      ).status,
    ).toBe(409);
    await api('post', `/roadmap/items/${item.body.id}/kill`).send({
      reason: 'Not needed',
      version: 2,
    });

    const feedback = await api('post', '/feedback', ALEX).send({
      toolRef: CI,
      title: 'Slow builds',
      anonymous: true,
    });
    await api('post', `/feedback/${feedback.body.id}/status`).send({
      status: 'planned',
      expectedStatus: 'new',
    });

    const day = 24 * 3600 * 1000;
    const survey = await api('post', '/surveys').send({
      title: 'Q4 NPS',
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 14 * day).toISOString(),
    });
    await api('post', `/surveys/${survey.body.id}/close`);

    const nomination = await api('post', '/champions/nominations', LIAM).send({
      nomineeRef: LIAM,
      teamRef: CHECKOUT,
      reason: 'Runs the demos',
    });
    await api(
      'post',
      `/champions/nominations/${nomination.body.id}/approve`,
    ).send({});

    const entry = await api('post', '/changelog').send({
      title: 'Build cache',
      category: 'new',
      toolRefs: [CI],
      status: 'published',
    });

    expect(new Set(events.published.map(e => e.topic))).toEqual(
      new Set(['platform-product']),
    );
    const payloads = events.payloads();
    // Every payload is one of the documented types.
    for (const payload of payloads) {
      expect(platformProductEventSchema.safeParse(payload).success).toBe(true);
    }
    expect(new Set(payloads.map(p => p.eventId)).size).toBe(payloads.length);
    expect(payloads.map(p => p.eventType)).toEqual([
      'roadmap.item-moved.v1',
      'roadmap.item-killed.v1',
      'feedback.status-changed.v1',
      'survey.opened.v1',
      'survey.closed.v1',
      'champions.appointed.v1',
      'changelog.entry-published.v1',
    ]);
    expect(payloads[0]).toMatchObject({
      actorRef: SVEN,
      itemId: item.body.id,
      toolRefs: [CI],
      fromLane: 'next',
      toLane: 'now',
    });
    expect(payloads[1]).toMatchObject({ reason: 'Not needed' });
    expect(payloads[5]).toMatchObject({ userRef: LIAM, teamRef: CHECKOUT });
    expect(payloads[6]).toMatchObject({ entryId: entry.body.id });
    // The anonymous author is nowhere in the events.
    expect(payloads[2]).toMatchObject({
      actorRef: SVEN,
      feedbackId: feedback.body.id,
      fromStatus: 'new',
      toStatus: 'planned',
    });
    expect(JSON.stringify(events.published)).not.toContain('alex');
  });
});
