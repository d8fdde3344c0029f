import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { migrationsDir } from '../database/migrations';
import { RatingsStore } from '../database/RatingsStore';
import { loadExampleCatalog } from '../__testUtils__/exampleCatalog';
import { scheduleDemoRatings } from './demoRatings';

describe('demo ratings', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('seeds ratings from members of adopting teams, once', async () => {
    const db = await databases.init('SQLITE_3');
    await db.migrate.latest({ directory: migrationsDir });
    const scheduler = mockServices.scheduler.mock();
    await scheduleDemoRatings({
      db,
      scheduler,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      secret: 'test-secret-0123456789',
      directory: new CatalogDirectory({
        catalog: catalogServiceMock({ entities: await loadExampleCatalog() }),
        teamFilter: { kind: 'group', 'spec.type': 'team' },
        toolFilter: { 'metadata.tags': 'platform-tool' },
        cacheSeconds: 60,
      }),
    });
    const task = scheduler.scheduleTask.mock.calls[0][0];
    await task.fn(new AbortController().signal);
    await task.fn(new AbortController().signal);

    const store = new RatingsStore(db);
    const ci = await store.summarize('component:default/ci-pipelines');
    const secrets = await store.summarize('api:default/secrets-api');
    expect(ci.count).toBeGreaterThan(20);
    expect(secrets.count).toBeGreaterThan(5);
    expect(ci.average!).toBeGreaterThan(secrets.average!);
    // Nobody outside the adopting teams rated: Mobile iOS people never rate CI.
    const raters = await db('platform_product_ratings')
      .where({ tool_ref: 'component:default/ci-pipelines' })
      .whereNotNull('user_ref')
      .pluck('user_ref');
    expect(raters).not.toContain('user:default/rafael.costa');
    // The second run changed nothing.
    const total = await db('platform_product_rating_history').count({ n: '*' });
    expect(Number(total[0].n)).toBe(
      Number((await db('platform_product_ratings').count({ n: '*' }))[0].n),
    );
  });
});
