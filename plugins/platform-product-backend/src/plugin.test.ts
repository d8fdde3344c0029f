import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { startBackend } from './__testUtils__/startBackend';

const startWith = (config: object = {}) => startBackend({ config });

const asUser = (ref: string) => ({
  Authorization: mockCredentials.user.header(ref),
});

describe('platform-product backend: the catalog layer on the example company', () => {
  it('serves /health without credentials', async () => {
    const server = await startWith();
    const res = await request(server)
      .get('/api/platform-product/health')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('lists the 13 eligible teams with their member counts', async () => {
    const server = await startWith();
    const res = await request(server).get('/api/platform-product/teams');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(13);
    const byName = Object.fromEntries(
      res.body.items.map((t: any) => [t.name, t]),
    );
    expect(byName.checkout).toEqual({
      ref: 'group:default/checkout',
      name: 'checkout',
      title: 'Checkout',
      parentRef: 'group:default/commerce',
      memberCount: 7,
    });
    // ravi.iyer is in search and payments-core; hugo.laurent in fraud-detection and recommendations.
    expect(byName['payments-core'].memberCount).toBe(7);
    expect(byName.recommendations.memberCount).toBe(6);
    expect(byName.platform.memberCount).toBe(6);
    // Departments and the organization are groups, but not teams.
    expect(byName.commerce).toBeUndefined();
    expect(res.body.items[0]).not.toHaveProperty('memberRefs');
  });

  it('lists the nine platform tools of every kind', async () => {
    const server = await startWith();
    const res = await request(server).get('/api/platform-product/tools');
    expect(res.status).toBe(200);
    expect(res.body.items.map((t: any) => t.ref).sort()).toEqual([
      'api:default/feature-flags-api',
      'api:default/secrets-api',
      'component:default/ci-pipelines',
      'component:default/db-provisioner',
      'component:default/developer-portal',
      'component:default/service-templates',
      'system:default/deploy',
      'system:default/event-streaming',
      'system:default/observability',
    ]);
    const secrets = res.body.items.find((t: any) => t.name === 'secrets-api');
    expect(secrets).toMatchObject({
      kind: 'API',
      title: 'Secrets Manager',
      ownerRef: 'group:default/security',
    });
  });

  it('derives adoption from dependsOn, consumesApi and system parts', async () => {
    const server = await startWith();
    const res = await request(server).get('/api/platform-product/adoption');
    expect(res.status).toBe(200);
    const byTool = Object.fromEntries(
      res.body.items.map((a: any) => [a.toolRef, a]),
    );
    // Every team but Mobile iOS builds with CI.
    expect(byTool['component:default/ci-pipelines'].adoptingTeams).toBe(12);
    expect(byTool['component:default/ci-pipelines'].teamRefs).not.toContain(
      'group:default/mobile-ios',
    );
    // Deploy is a System: consuming its deploy-api counts. Platform adopts it too, through the
    // metrics pipeline (a part of another tool), but deploy-controller (its own part) does not.
    expect(byTool['system:default/deploy']).toEqual({
      toolRef: 'system:default/deploy',
      teamRefs: [
        'group:default/billing',
        'group:default/checkout',
        'group:default/fraud-detection',
        'group:default/payments-core',
        'group:default/platform',
        'group:default/promotions',
        'group:default/recommendations',
        'group:default/search',
        'group:default/storefront',
      ],
      adoptingTeams: 9,
      eligibleTeams: 13,
      rate: 9 / 13,
    });
    // An API tool: consumers of secrets-api.
    expect(byTool['api:default/secrets-api'].teamRefs).toEqual([
      'group:default/billing',
      'group:default/checkout',
      'group:default/fraud-detection',
      'group:default/payments-core',
      'group:default/security',
    ]);
    expect(byTool['component:default/developer-portal'].adoptingTeams).toBe(3);
  });

  it('filters adoption by tool and rejects a malformed ref naming the field', async () => {
    const server = await startWith();
    const ok = await request(server)
      .get('/api/platform-product/adoption')
      .query({ toolRef: 'api:default/feature-flags-api' });
    expect(ok.body.items).toHaveLength(1);
    expect(ok.body.items[0].teamRefs).toEqual([
      'group:default/checkout',
      'group:default/mobile-android',
      'group:default/mobile-ios',
      'group:default/promotions',
      'group:default/storefront',
    ]);

    const bad = await request(server)
      .get('/api/platform-product/adoption')
      .query({ toolRef: 'not a ref' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/toolRef\.0: must be an entity ref/);
  });

  it('returns one tool, or 404 for an entity that is not a tool', async () => {
    const server = await startWith();
    const ok = await request(server).get(
      '/api/platform-product/tools/system/default/observability',
    );
    expect(ok.status).toBe(200);
    expect(ok.body.title).toBe('Observability');
    const missing = await request(server).get(
      '/api/platform-product/tools/component/default/checkout-service',
    );
    expect(missing.status).toBe(404);
  });

  it('tells a signed-in person which teams they are in', async () => {
    const server = await startWith();
    const res = await request(server)
      .get('/api/platform-product/me')
      .set(asUser('user:default/ravi.iyer'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      userRef: 'user:default/ravi.iyer',
      teamRefs: ['group:default/payments-core', 'group:default/search'],
    });
  });

  it('honours a configured tool filter', async () => {
    const server = await startWith({
      platformProduct: { tools: { filter: { kind: 'system' } } },
    });
    const res = await request(server).get('/api/platform-product/tools');
    // Sorted by title: Deploy, Event Streaming, Internal Developer Platform, Observability.
    expect(res.body.items.map((t: any) => t.name)).toEqual([
      'deploy',
      'event-streaming',
      'platform',
      'observability',
    ]);
  });

  it('starts with numbers and booleans substituted from environment variables (strings)', async () => {
    // As `catalogCacheSeconds: ${CACHE_SECONDS}` arrives from app-config.
    const server = await startWith({
      platformProduct: {
        catalogCacheSeconds: '30',
        champions: { targetPerTeam: { min: '2', max: '3' } },
        changelog: { publicFeed: 'true' },
      },
    });
    const coverage = await request(server)
      .get('/api/platform-product/champions/coverage')
      .set(asUser('user:default/liam.walsh'));
    expect(coverage.status).toBe(200);
    expect(coverage.body.target).toEqual({ min: 2, max: 3 });
    const feed = await request(server)
      .get('/api/platform-product/changelog/feed.atom')
      .set('Authorization', mockCredentials.none.header());
    expect(feed.status).toBe(200);
  });

  it('fails start-up on an invalid filter, naming the key', async () => {
    await expect(
      startWith({
        platformProduct: { teams: { filter: { kind: 'component' } } },
      }),
    ).rejects.toThrow(
      /platformProduct\.teams\.filter\.kind: kind must be group/,
    );
  });
});
