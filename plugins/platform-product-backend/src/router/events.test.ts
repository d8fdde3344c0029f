import { TestDatabases } from '@backstage/backend-test-utils';
import { platformProductEventSchema } from 'backstage-plugin-platform-product-common';
import { eventsSpy } from '../__testUtils__/eventsSpy';
import {
  ALEX,
  CI,
  LIAM,
  openSurveyBody as openSurvey,
  roadmapItemBody as roadmapItem,
  startWithWrites,
  SVEN,
} from '../__testUtils__/startWithWrites';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(60_000);

const CHECKOUT = 'group:default/checkout';

/** The real plugin, with events recorded by a spy (failing with `failWith`), on `knex` if given. */
async function start(options: { knex?: any; failWith?: Error } = {}) {
  const events = eventsSpy({ failWith: options.failWith });
  return {
    ...(await startWithWrites({
      knex: options.knex,
      features: [events.factory],
    })),
    events,
  };
}

describe('events out', () => {
  it('publishes one typed event per domain change on the platform-product topic, after it happened', async () => {
    const { api, events } = await start();
    const item = await api('post', '/roadmap/items').send(roadmapItem);
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

    const survey = await api('post', '/surveys').send(openSurvey);
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

  describe('in the database', () => {
    const databases = TestDatabases.create({ ids: testDatabaseIds() });

    it.each(databases.eachSupportedId())(
      'publishes nothing for a change whose transaction rolled back, on %p',
      async databaseId => {
        const { api, events } = await start({
          knex: await databases.init(databaseId),
        });
        const item = await api('post', '/roadmap/items').send(roadmapItem);
        // Linking an entry that does not exist is found inside the ship transaction: undone.
        const ship = await api(
          'post',
          `/roadmap/items/${item.body.id}/ship`,
        ).send({ version: 1, changelogEntryIds: [424242] });
        expect(ship.status).toBe(400);
        const after = await api('get', `/roadmap/items/${item.body.id}`);
        expect(after.body).toMatchObject({ status: 'active', version: 1 });
        expect(events.published).toEqual([]);
      },
    );

    it.each(databases.eachSupportedId())(
      'never names the author of anonymous feedback, moved alone or in bulk, on %p',
      async databaseId => {
        const { api, events } = await start({
          knex: await databases.init(databaseId),
        });
        const send = async (title: string) =>
          (
            await api('post', '/feedback', ALEX).send({
              toolRef: CI,
              title,
              anonymous: true,
            })
          ).body.id as number;
        const first = await send('Slow builds');
        const second = await send('Flaky cache');
        const moved = await api('post', `/feedback/${first}/status`).send({
          status: 'acknowledged',
          expectedStatus: 'new',
        });
        expect(moved.status).toBe(200);
        const bulk = await api('post', '/feedback/bulk-status').send({
          status: 'declined',
          reason: 'Works as designed',
          items: [
            { id: first, expectedStatus: 'acknowledged' },
            { id: second, expectedStatus: 'new' },
          ],
        });
        expect(bulk.body.results.map((r: any) => r.ok)).toEqual([true, true]);

        const payloads = events.payloads();
        expect(
          payloads.map(p => [p.feedbackId, p.fromStatus, p.toStatus]),
        ).toEqual([
          [first, 'new', 'acknowledged'],
          [first, 'acknowledged', 'declined'],
          [second, 'new', 'declined'],
        ]);
        for (const payload of payloads) {
          // Exactly the documented fields: the maintainer who acted, no author of any kind.
          expect(Object.keys(payload).sort()).toEqual(
            [
              'eventId',
              'eventType',
              'occurredAt',
              'actorRef',
              'feedbackId',
              'toolRef',
              'fromStatus',
              'toStatus',
            ].sort(),
          );
          expect(payload.actorRef).toBe(SVEN);
        }
        expect(JSON.stringify(events.published)).not.toContain('alex');
      },
    );

    it.each(databases.eachSupportedId())(
      'keeps committed writes when publishing fails, and logs each lost event, on %p',
      async databaseId => {
        const { api, events, logger } = await start({
          knex: await databases.init(databaseId),
          failWith: new Error('events backend is down'),
        });
        const item = await api('post', '/roadmap/items').send(roadmapItem);
        const moved = await api(
          'post',
          `/roadmap/items/${item.body.id}/move`,
        ).send({ lane: 'now', version: 1 });
        const sent = await api('post', '/feedback', ALEX).send({
          toolRef: CI,
          title: 'Slow builds',
          anonymous: true,
        });
        const triaged = await api(
          'post',
          `/feedback/${sent.body.id}/status`,
        ).send({ status: 'acknowledged', expectedStatus: 'new' });
        const survey = await api('post', '/surveys').send(openSurvey);
        const entry = await api('post', '/changelog').send({
          title: 'Build cache',
          category: 'new',
          toolRefs: [CI],
          status: 'published',
        });
        expect([moved, triaged, survey, entry].map(r => r.status)).toEqual([
          200, 200, 201, 201,
        ]);

        // Committed: read back afterwards.
        const reread = (path: string) => api('get', path).then(r => r.body);
        expect(await reread(`/roadmap/items/${item.body.id}`)).toMatchObject({
          lane: 'now',
        });
        expect(await reread(`/feedback/${sent.body.id}`)).toMatchObject({
          status: 'acknowledged',
        });
        expect(await reread(`/changelog/${entry.body.id}`)).toMatchObject({
          status: 'published',
        });
        expect((await reread('/surveys')).items).toEqual([
          expect.objectContaining({ id: survey.body.id, state: 'open' }),
        ]);

        const attempted = events.payloads().map(p => p.eventType);
        expect(attempted).toEqual([
          'roadmap.item-moved.v1',
          'feedback.status-changed.v1',
          'survey.opened.v1',
          'changelog.entry-published.v1',
        ]);
        const lost = logger.warn.mock.calls
          .map(([message]) => String(message))
          .filter(message => message.startsWith('Could not publish'));
        expect(lost).toEqual(
          events
            .payloads()
            .map(
              p =>
                `Could not publish ${p.eventType} event ${p.eventId}: Error: events backend is down`,
            ),
        );
      },
    );
  });
});
