import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { ChampionsStore } from '../database/ChampionsStore';
import { ChangelogStore } from '../database/ChangelogStore';
import { migrationsDir } from '../database/migrations';
import { RoadmapStore } from '../database/RoadmapStore';
import { loadExampleCatalog } from '../__testUtils__/exampleCatalog';
import { roadmapItemFields } from '../__testUtils__/roadmapItemFields';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { ChangelogService } from './ChangelogService';
import { EarlyAccess } from './EarlyAccess';

jest.setTimeout(60_000);

const SVEN = 'user:default/sven.eriksen';
const SECRETS = 'api:default/secrets-api';
const entry = {
  title: 'Rotation without restarts',
  body: 'Secrets now rotate with a rolling restart.',
  category: 'improved' as const,
  toolRefs: [SECRETS],
  roadmapItemIds: [],
  earlyAccess: false,
};

describe('ChangelogService', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function create(databaseId: any, options: { failSends?: number } = {}) {
    const db = await databases.init(databaseId);
    await db.migrate.latest({ directory: migrationsDir });
    const sent: NotificationSendOptions[] = [];
    let failures = options.failSends ?? 0;
    let clock = new Date('2026-11-20T10:00:00Z');
    const champions = new ChampionsStore(db);
    const roadmap = new RoadmapStore(db);
    const service = new ChangelogService({
      store: new ChangelogStore(db),
      roadmap,
      champions,
      directory: new CatalogDirectory({
        catalog: catalogServiceMock({ entities: await loadExampleCatalog() }),
        teamFilter: { kind: 'group', 'spec.type': 'team' },
        toolFilter: { 'metadata.tags': 'platform-tool' },
        cacheSeconds: 60,
      }),
      earlyAccess: new EarlyAccess({
        store: champions,
        permissions: mockServices.permissions.mock(),
      }),
      notifications: {
        send: async notification => {
          if (failures-- > 0) throw new Error('notifications backend is down');
          sent.push(notification);
        },
      },
      logger: mockServices.logger.mock(),
      auth: mockServices.auth(),
      now: () => clock,
    });
    const setClock = (date: Date) => (clock = date);
    const recipients = () =>
      sent.flatMap(n =>
        n.recipients.type === 'entity' ? [n.recipients.entityRef].flat() : [],
      );
    return { service, sent, recipients, setClock, champions, roadmap };
  }

  const credentials = {
    $$type: '@backstage/BackstageCredentials' as const,
    principal: { type: 'user' as const, userEntityRef: SVEN },
  };

  it.each(databases.eachSupportedId())(
    'computes the audience on the example company: adopters, voters and champions, on %p',
    async databaseId => {
      const { service, champions, roadmap } = await create(databaseId);
      const serviceCredentials = await mockServices
        .auth()
        .getOwnServiceCredentials();
      // Billing 4 + Checkout 7 + Fraud Detection 5 + Payments Core 7 + Security 4 people.
      const adopters = await service.audienceOf(
        { toolRefs: [SECRETS], roadmapItemIds: [], earlyAccess: false },
        serviceCredentials,
      );
      expect(adopters).toHaveLength(27);
      expect(adopters).toContain('user:default/liam.walsh');
      expect(adopters).not.toContain('user:default/alex.morgan');

      const item = await roadmap.create(
        {
          ...roadmapItemFields({
            title: 'Self-service secrets',
            toolRefs: [SECRETS],
          }),
          lane: 'now',
        },
        SVEN,
        new Date(),
      );
      await roadmap.vote(item, 'user:default/rafael.costa', [], new Date());
      const nomination = await champions.nominate(
        {
          nomineeRef: 'user:default/alex.morgan',
          teamRef: 'group:default/storefront',
          nominatorRef: 'user:default/alex.morgan',
          reason: 'x',
          focusAreas: [],
        },
        new Date(),
      );
      await champions.approve(nomination, SVEN, undefined, new Date());
      const everyone = await service.audienceOf(
        { toolRefs: [SECRETS], roadmapItemIds: [item], earlyAccess: false },
        serviceCredentials,
      );
      expect(everyone).toHaveLength(27 + 2);
      expect(everyone).toEqual(
        expect.arrayContaining([
          'user:default/rafael.costa',
          'user:default/alex.morgan',
        ]),
      );
      // Early-access entries reach the champions only.
      expect(
        await service.audienceOf(
          { toolRefs: [SECRETS], roadmapItemIds: [item], earlyAccess: true },
          serviceCredentials,
        ),
      ).toEqual(['user:default/alex.morgan']);
    },
  );

  it.each(databases.eachSupportedId())(
    'publishes a scheduled entry once, even when two replicas run the task, on %p',
    async databaseId => {
      const { service, recipients, setClock } = await create(databaseId);
      const scheduled = await service.create(
        {
          ...entry,
          status: 'scheduled',
          publishAt: new Date('2026-11-20T11:00:00Z'),
        },
        credentials,
      );
      await service.runScheduled();
      expect(recipients()).toEqual([]);

      setClock(new Date('2026-11-20T11:00:30Z'));
      await Promise.all([service.runScheduled(), service.runScheduled()]);
      await service.runScheduled();
      expect(recipients()).toHaveLength(27);
      expect(new Set(recipients()).size).toBe(27);
      const published = await service.get(scheduled.id, {
        credentials,
        write: true,
      });
      expect(published).toMatchObject({
        status: 'published',
        publishedAt: '2026-11-20T11:00:30.000Z',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the entry and retries the notifications when sending fails, on %p',
    async databaseId => {
      const { service, sent, recipients } = await create(databaseId, {
        failSends: 1,
      });
      const published = await service.create(
        { ...entry, category: 'breaking', status: 'published' },
        credentials,
      );
      expect(published.status).toBe('published');
      expect(sent).toEqual([]);
      await service.runScheduled();
      expect(recipients()).toHaveLength(27);
      expect(sent[0].payload).toMatchObject({
        title: 'Breaking change: Rotation without restarts',
        topic: 'changelog-breaking',
        severity: 'high',
        link: `/platform-product/changelog/${published.id}`,
      });
      await service.runScheduled();
      expect(recipients()).toHaveLength(27);
    },
  );
});
