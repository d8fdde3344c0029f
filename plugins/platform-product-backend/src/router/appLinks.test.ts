import { createServiceFactory } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import {
  mockCredentials,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import request from 'supertest';
import { notificationsSpy } from '../__testUtils__/notificationsSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { newRoadmapItemBody } from '../__testUtils__/roadmapItemFields';
import { startBackend } from '../__testUtils__/startBackend';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(120_000);

const SVEN = 'user:default/sven.eriksen';
const LIAM = 'user:default/liam.walsh';
const SECRETS = 'api:default/secrets-api';

/** The real plugin in an app that mounts the Platform Product page at `/product`. */
async function start(databaseId: TestDatabaseId, databases: TestDatabases) {
  const knex = await databases.init(databaseId);
  const notifications = notificationsSpy();
  const registry = actionsRegistryServiceMock({
    logger: mockServices.logger.mock(),
  });
  const server = await startBackend({
    config: {
      app: { baseUrl: 'https://portal.example.com' },
      platformProduct: { mountPath: '/product/' },
    },
    notifications: notifications.factory,
    features: [
      mockServices.database.factory({ knex }),
      permissionsFor([SVEN]),
      createServiceFactory({
        service: actionsRegistryServiceRef,
        deps: {},
        factory: () => registry,
      }),
    ],
  });
  const api =
    (method: 'get' | 'post' | 'put', path: string, body?: object) =>
    (by: string) =>
      request(server)
        [method](`/api/platform-product${path}`)
        .set({ Authorization: mockCredentials.user.header(by) })
        .send(body);
  return { server, api, registry, sent: notifications.sent };
}

describe('links to the app', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  it.each(databases.eachSupportedId())(
    'follow platformProduct.mountPath: notifications, the Atom feed, search documents and actions, on %p',
    async databaseId => {
      const { server, api, registry, sent } = await start(
        databaseId,
        databases,
      );

      const entry = await api('post', '/changelog', {
        title: 'Secrets rotate without restarts',
        category: 'improved',
        toolRefs: [SECRETS],
        status: 'published',
      })(SVEN);
      expect(entry.status).toBe(201);

      const item = await api(
        'post',
        '/roadmap/items',
        newRoadmapItemBody(),
      )(SVEN);
      await api('put', `/roadmap/items/${item.body.id}/vote`)(LIAM);
      const { version } = (
        await api('get', `/roadmap/items/${item.body.id}`)(SVEN)
      ).body;
      expect(
        (
          await api('post', `/roadmap/items/${item.body.id}/move`, {
            lane: 'now',
            version,
          })(SVEN)
        ).status,
      ).toBe(200);

      const feedback = await api('post', '/feedback', {
        toolRef: SECRETS,
        kind: 'feedback',
        title: 'Rotation is slow',
      })(LIAM);
      expect(feedback.status).toBe(201);
      await api('post', `/feedback/${feedback.body.id}/status`, {
        status: 'acknowledged',
        expectedStatus: 'new',
      })(SVEN);

      const links = sent.map(n => n.payload.link);
      expect(links).toEqual(
        expect.arrayContaining([
          `/product/changelog/${entry.body.id}`,
          `/product/roadmap/${item.body.id}`,
          `/product/feedback/${feedback.body.id}`,
        ]),
      );
      expect(links.filter(link => !link?.startsWith('/product/'))).toEqual([]);

      const feed = await api('get', '/changelog/feed.atom')(LIAM);
      expect(feed.text).toContain(
        `<link href="https://portal.example.com/product/changelog/${entry.body.id}"/>`,
      );
      expect(feed.text).not.toContain('/platform-product/');

      const documents = await request(server)
        .get('/api/platform-product/changelog/search-documents')
        .set({ Authorization: mockCredentials.service.header() });
      expect(documents.body.items.map((d: any) => d.location)).toEqual([
        `/product/changelog/${entry.body.id}`,
      ]);

      const draft = await registry.invoke({
        id: 'test:draft-changelog-entry',
        input: { title: 'Faster rotation', category: 'improved' },
        credentials: mockCredentials.user(SVEN),
      });
      expect((draft.output as any).link).toBe(
        `/product/changelog/${(draft.output as any).id}`,
      );
    },
  );
});
