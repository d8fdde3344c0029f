import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import request from 'supertest';
import { notificationsSpy } from '../__testUtils__/notificationsSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(120_000);

const SVEN = 'user:default/sven.eriksen';
const ALEX = 'user:default/alex.morgan';
const CI = 'component:default/ci-pipelines';
const SECRETS = 'api:default/secrets-api';

describe('creates with an Idempotency-Key on two replicas', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  it.each(databases.eachSupportedId())(
    'create once when a client sends the same request to both at the same moment, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      // Each replica has its own connection pool (SQLite: one in-memory database, shared).
      const pools: Knex[] = [
        knex,
        databaseId === 'SQLITE_3' ? knex : knexFactory(knex.client.config),
      ];
      const spies = pools.map(() => notificationsSpy());
      try {
        const start = (i: number) =>
          startBackend({
            notifications: spies[i].factory,
            features: [
              mockServices.database.factory({ knex: pools[i] }),
              permissionsFor([SVEN]),
            ],
          });
        // On PostgreSQL both start together on the empty database, migrations included.
        const servers =
          databaseId === 'SQLITE_3'
            ? [await start(0), await start(1)]
            : await Promise.all([start(0), start(1)]);
        const post = (path: string, by: string, key: string, body: object) =>
          Promise.all(
            servers.map(server =>
              request(server)
                .post(`/api/platform-product${path}`)
                .set({ Authorization: mockCredentials.user.header(by) })
                .set('Idempotency-Key', key)
                .send(body),
            ),
          );

        for (let round = 0; round < 5; round++) {
          const responses = await post('/feedback', ALEX, `feedback-${round}`, {
            toolRef: CI,
            kind: 'idea',
            title: `Cache, take ${round}`,
          });
          expect(responses.map(r => r.status)).toEqual([201, 201]);
          expect(responses[0].body.id).toBe(responses[1].body.id);
        }
        const [{ n: items }] = await knex(
          'platform_product_feedback_items',
        ).count('* as n');
        expect(Number(items)).toBe(5);

        // A published entry is created, published and announced once.
        const entries = await post('/changelog', SVEN, 'entry', {
          title: 'Rotation without restarts',
          body: 'Secrets now rotate with a rolling restart.',
          category: 'improved',
          toolRefs: [SECRETS],
          status: 'published',
        });
        expect(entries.map(r => r.status)).toEqual([201, 201]);
        expect(entries[0].body.id).toBe(entries[1].body.id);
        const recipients = spies.flatMap(spy =>
          spy.sent.flatMap(n =>
            n.recipients.type === 'entity'
              ? [n.recipients.entityRef].flat()
              : [],
          ),
        );
        expect(recipients).toHaveLength(27);
        expect(new Set(recipients).size).toBe(27);
      } finally {
        if (pools[1] !== knex) await pools[1].destroy();
      }
    },
  );
});
