import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { newRoadmapItemBody } from '../__testUtils__/roadmapItemFields';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';

jest.setTimeout(60_000);

const user = (name: string) => `user:default/${name}`;
const SVEN = user('sven.eriksen');
const LIAM = user('liam.walsh');
const SECRETS = 'api:default/secrets-api';

async function start() {
  const audit = auditorSpy();
  const server = await startBackend({
    config: { platformProduct: {} },
    features: [audit.factory, permissionsFor([SVEN])],
  });
  const call = (method: 'get' | 'post' | 'put', path: string) => (by: string) =>
    request(server)
      [method](`/api/platform-product${path}`)
      .set({ Authorization: mockCredentials.user.header(by) });
  return { call, events: audit.events };
}

describe('outcome decision', () => {
  it('records keep, iterate or kill for a shipped item with the measured outcome: 400, 403, 404 and 409 where they belong', async () => {
    const { call, events } = await start();
    const id = (
      await call('post', '/roadmap/items')(SVEN).send(newRoadmapItemBody())
    ).body.id;
    const decide = (body: object, by = SVEN) =>
      call('put', `/roadmap/items/${id}/outcome`)(by).send(body);

    expect((await decide({ decision: 'keep', version: 1 })).status).toBe(409);
    expect(
      (await call('get', `/roadmap/items/${id}/outcome`)(SVEN)).status,
    ).toBe(409);
    await call('post', `/roadmap/items/${id}/ship`)(SVEN)
      .send({ version: 1 })
      .expect(200);

    const measured = await call('get', `/roadmap/items/${id}/outcome`)(SVEN);
    expect(measured.status).toBe(200);
    expect(measured.body).toEqual({
      shippedAt: expect.any(String),
      tools: [{ toolRef: SECRETS, before: null, after: null }],
    });
    await call('get', `/roadmap/items/${id}/outcome`)(LIAM).expect(403);

    const noReason = await decide({ decision: 'kill', version: 2 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('reason');
    const bad = await decide({ decision: 'drop', version: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('decision');
    expect((await decide({ decision: 'keep', version: 2 }, LIAM)).status).toBe(
      403,
    );
    expect(
      (
        await call(
          'put',
          '/roadmap/items/99999/outcome',
        )(SVEN).send({
          decision: 'keep',
          version: 1,
        })
      ).status,
    ).toBe(404);
    expect((await decide({ decision: 'keep', version: 1 })).status).toBe(409);

    const killed = await decide({
      decision: 'kill',
      reason: 'Nobody rotates secrets by hand any more',
      version: 2,
    });
    expect(killed.status).toBe(200);
    expect(killed.body.outcome).toEqual({
      decision: 'kill',
      reason: 'Nobody rotates secrets by hand any more',
      measured: measured.body,
      evidence: { people: 0, anonymous: 0, kinds: 0 },
      decidedBy: SVEN,
      decidedAt: expect.any(String),
    });
    expect(killed.body.history.at(-1)).toMatchObject({
      kind: 'outcome',
      note: 'kill: Nobody rotates secrets by hand any more',
    });
    expect(
      (await call('get', `/roadmap/items/${id}`)(LIAM)).body.outcome.decision,
    ).toBe('kill');
    expect(
      events
        .filter(e => e.options.eventId === 'roadmap-outcome-decision')
        .map(e => e.outcome),
    ).toEqual(['fail', 'fail', 'fail', 'fail', 'fail', 'fail', 'success']);
  });
});
