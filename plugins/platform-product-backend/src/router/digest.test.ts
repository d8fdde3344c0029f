import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(120_000);

const SVEN = 'user:default/sven.eriksen';
const LIAM = 'user:default/liam.walsh';
const as = (ref: string) => ({
  Authorization: mockCredentials.user.header(ref),
});

const databases = TestDatabases.create({ ids: testDatabaseIds() });

/** The plugin on a real database; Sven maintains, Liam participates. */
async function start(databaseId: any) {
  const knex = await databases.init(databaseId);
  const audit = auditorSpy();
  const server = await startBackend({
    features: [
      mockServices.database.factory({ knex }),
      audit.factory,
      permissionsFor([SVEN]),
    ],
  });
  return { server, events: audit.events };
}

describe('/digest/settings', () => {
  it.each(databases.eachSupportedId())(
    'keeps the caller’s own choice, audited, on %p',
    async databaseId => {
      const { server, events } = await start(databaseId);
      const url = '/api/platform-product/digest/settings';
      expect((await request(server).get(url).set(as(LIAM))).body).toEqual({
        enabled: true,
      });
      const put = await request(server)
        .put(url)
        .set(as(LIAM))
        .send({ enabled: false });
      expect(put.status).toBe(200);
      expect(put.body).toEqual({ enabled: false });
      expect((await request(server).get(url).set(as(LIAM))).body).toEqual({
        enabled: false,
      });
      // Someone else's choice is untouched.
      expect((await request(server).get(url).set(as(SVEN))).body).toEqual({
        enabled: true,
      });
      expect(
        events
          .filter(e => e.options.eventId === 'digest-settings-update')
          .map(e => [e.options.meta, e.outcome]),
      ).toEqual([[{ enabled: false }, 'success']]);
    },
  );

  it('refuses a body without a boolean `enabled`', async () => {
    const { server } = await start('SQLITE_3');
    const res = await request(server)
      .put('/api/platform-product/digest/settings')
      .set(as(LIAM))
      .send({ enabled: 'no' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^Invalid body: enabled: /);
  });
});

describe('GET /digest/preview', () => {
  it('shows a maintainer a person’s coming digest', async () => {
    const { server } = await start('SQLITE_3');
    const res = await request(server)
      .get('/api/platform-product/digest/preview')
      .query({ userRef: LIAM })
      .set(as(SVEN));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      userRef: LIAM,
      changes: [],
      roadmap: [],
      surveys: [],
      champions: [],
    });
  });

  it('is for maintainers only (403), names a bad field (400), and knows people (404)', async () => {
    const { server } = await start('SQLITE_3');
    const preview = (userRef: string, who: string) =>
      request(server)
        .get('/api/platform-product/digest/preview')
        .query({ userRef })
        .set(as(who));
    expect((await preview(SVEN, LIAM)).status).toBe(403);
    const bad = await preview('group:default/platform', SVEN);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'Invalid query: userRef: must be a user ref like user:default/name',
    );
    expect((await preview('user:default/nobody', SVEN)).status).toBe(404);
  });
});
