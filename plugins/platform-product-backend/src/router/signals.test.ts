import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { signalsSpy } from '../__testUtils__/signalsSpy';
import {
  ALEX,
  CI,
  LIAM,
  openSurveyBody,
  roadmapItemBody as roadmapItem,
  startWithWrites,
} from '../__testUtils__/startWithWrites';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(60_000);

const AISHA = 'user:default/aisha.bello';
const openSurvey = { ...openSurveyBody, teamRefs: ['group:default/checkout'] };

/**
 * The real plugin with signals recorded by a spy (see `signalsSpy` for `failWith` and
 * `onPublish`), on `knex` if given, with a minimum group size of 2.
 */
async function start(
  options: Parameters<typeof signalsSpy>[0] & { knex?: Knex } = {},
) {
  const signals = signalsSpy(options);
  return {
    ...(await startWithWrites({
      knex: options.knex,
      config: { platformProduct: { feedback: { minGroupSize: 2 } } },
      signals: signals.factory,
      features: [],
    })),
    signals,
  };
}

describe('live updates', () => {
  it('broadcasts the kind of change and the id on each area channel, and nothing else', async () => {
    const { api, signals } = await start();
    const item = (await api('post', '/roadmap/items').send(roadmapItem)).body;
    await api('put', `/roadmap/items/${item.id}/vote`, ALEX);
    await api('post', `/roadmap/items/${item.id}/move`).send({
      lane: 'now',
      version: 1,
    });
    const feedback = (
      await api('post', '/feedback', ALEX).send({
        toolRef: CI,
        title: 'Slow builds',
        anonymous: true,
      })
    ).body;
    await api('post', `/feedback/${feedback.id}/status`).send({
      status: 'acknowledged',
      expectedStatus: 'new',
    });
    const survey = (await api('post', '/surveys').send(openSurvey)).body;
    await api('post', `/surveys/${survey.id}/close`);

    expect(signals.said()).toEqual([
      `platform-product:roadmap created ${item.id}`,
      `platform-product:roadmap voted ${item.id}`,
      `platform-product:roadmap moved ${item.id}`,
      `platform-product:feedback created ${feedback.id}`,
      `platform-product:feedback status-changed ${feedback.id}`,
      `platform-product:surveys created ${survey.id}`,
      `platform-product:surveys closed ${survey.id}`,
    ]);
    for (const signal of signals.published) {
      expect(signal.recipients).toEqual({ type: 'broadcast' });
      expect(Object.keys(signal.message).sort()).toEqual(['id', 'kind']);
    }
    // Neither the voter nor the anonymous author is in any signal.
    expect(JSON.stringify(signals.published)).not.toContain('alex');
  });

  it('signals nothing for a refused or invalid write', async () => {
    const { api, signals } = await start();
    const item = (await api('post', '/roadmap/items').send(roadmapItem)).body;
    signals.published.length = 0;
    const refused = [
      // 409: a stale version.
      await api('post', `/roadmap/items/${item.id}/move`).send({
        lane: 'now',
        version: 7,
      }),
      // 404: no such item.
      await api('put', '/roadmap/items/424242/vote', ALEX),
      // 400: no title.
      await api('post', '/roadmap/items').send({ ...roadmapItem, title: '' }),
      // 403: a participant may not move items.
      await api('post', `/roadmap/items/${item.id}/move`, ALEX).send({
        lane: 'now',
        version: 1,
      }),
      // 404: no such feedback.
      await api('post', '/feedback/424242/status').send({
        status: 'acknowledged',
        expectedStatus: 'new',
      }),
    ];
    expect(refused.map(r => r.status)).toEqual([409, 404, 400, 403, 404]);
    expect(signals.published).toEqual([]);
  });

  it('signals a survey answer only when it changes a response count everyone may see', async () => {
    const { api, signals } = await start();
    const survey = (await api('post', '/surveys').send(openSurvey)).body;
    signals.published.length = 0;
    const answer = (by: string, score: number) =>
      api('put', `/surveys/${survey.id}/response`, by).send({ score });

    // One answer is below the minimum group size of 2: its count is hidden, so is the signal.
    expect((await answer(LIAM, 7)).status).toBe(200);
    expect(signals.said()).toEqual([]);
    expect((await answer(AISHA, 9)).status).toBe(200);
    expect(signals.said()).toEqual([
      `platform-product:surveys answered ${survey.id}`,
    ]);
    // A changed answer leaves the count as it was.
    expect((await answer(AISHA, 10)).status).toBe(200);
    expect(signals.said()).toHaveLength(1);
  });

  describe('in the database', () => {
    const databases = TestDatabases.create({ ids: testDatabaseIds() });

    it.each(databases.eachSupportedId())(
      'signals a write after its transaction committed, and not one that rolled back, on %p',
      async databaseId => {
        const knex = await databases.init(databaseId);
        const committedVotes: number[] = [];
        const { api, signals } = await start({
          knex,
          // Read on another connection of the pool: only what is committed is there.
          onPublish: async signal => {
            if (signal.message.kind === 'voted') {
              const row = await knex('platform_product_roadmap_items')
                .where({ id: signal.message.id })
                .first('vote_count');
              committedVotes.push(Number(row.vote_count));
            }
          },
        });
        const item = (await api('post', '/roadmap/items').send(roadmapItem))
          .body;
        await api('put', `/roadmap/items/${item.id}/vote`, ALEX);
        await api('put', `/roadmap/items/${item.id}/vote`, LIAM);
        expect(committedVotes).toEqual([1, 2]);

        // Linking an entry that does not exist is found inside the ship transaction: undone.
        const ship = await api('post', `/roadmap/items/${item.id}/ship`).send({
          version: 1,
          changelogEntryIds: [424242],
        });
        expect(ship.status).toBe(400);
        expect(signals.said()).toEqual([
          `platform-product:roadmap created ${item.id}`,
          `platform-product:roadmap voted ${item.id}`,
          `platform-product:roadmap voted ${item.id}`,
        ]);
      },
    );

    it.each(databases.eachSupportedId())(
      'keeps the write when a signal fails, and logs it, on %p',
      async databaseId => {
        const { api, logger } = await start({
          knex: await databases.init(databaseId),
          failWith: new Error('events bus is down'),
        });
        const item = await api('post', '/roadmap/items').send(roadmapItem);
        const voted = await api(
          'put',
          `/roadmap/items/${item.body.id}/vote`,
          ALEX,
        );
        expect([item.status, voted.status]).toEqual([201, 200]);
        expect(voted.body).toMatchObject({ voteCount: 1 });
        const reread = await api('get', `/roadmap/items/${item.body.id}`);
        expect(reread.body).toMatchObject({ voteCount: 1 });
        const warnings = logger.warn.mock.calls.map(([message]) =>
          String(message),
        );
        expect(warnings).toEqual(
          expect.arrayContaining([
            `Could not signal created ${item.body.id} on platform-product:roadmap: Error: events bus is down`,
            `Could not signal voted ${item.body.id} on platform-product:roadmap: Error: events bus is down`,
          ]),
        );
      },
    );
  });
});
