import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  createBackendModule,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';

const SVEN = 'user:default/sven.eriksen';
const ALEX = 'user:default/alex.morgan';

describe('GET /permissions/setup', () => {
  async function setupAs(
    userRef: string,
    features: any[],
    config: object = { permission: { enabled: true } },
  ) {
    const logger = mockServices.logger.mock();
    const server = await startBackend({
      config,
      features: [...features, logger.factory],
    });
    const get = () =>
      request(server)
        .get('/api/platform-product/permissions/setup')
        .set({ Authorization: mockCredentials.user.header(userRef) });
    return { get, logger };
  }

  it('says all is well under a policy that only gives maintainers their permissions', async () => {
    for (const who of [SVEN, ALEX]) {
      const { get, logger } = await setupAs(who, [permissionsFor([SVEN])], {
        permission: { enabled: true },
        platformProduct: { maintainers: ['group:default/platform'] },
      });
      const res = await get();
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        everyoneIsMaintainer: false,
        maintainersConfigured: true,
      });
      expect(logger.warn).not.toHaveBeenCalled();
    }
  });

  it('says everyone is a maintainer under an allow-all policy, and logs it once', async () => {
    const allowAll = mockServices.permissions.mock({
      authorize: async (requests: any[]) =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    } as any);
    const { get, logger } = await setupAs(ALEX, [allowAll.factory]);
    expect((await get()).body).toEqual({
      everyoneIsMaintainer: true,
      maintainersConfigured: false,
    });
    await get();
    const warnings = logger.warn.mock.calls.filter(([m]) =>
      /allows every permission/.test(String(m)),
    );
    expect(warnings).toHaveLength(1);
  });

  it('warns at start-up when the permission framework is off', async () => {
    const { logger } = await setupAs(ALEX, [permissionsFor([SVEN])], {});
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/permission\.enabled is not true/),
    );
  });

  it('warns at start-up when the backend runs the stock allow-all policy', async () => {
    const allowAllPolicy = createBackendModule({
      pluginId: 'permission',
      moduleId: 'allow-all-policy',
      register(reg) {
        reg.registerInit({ deps: {}, async init() {} });
      },
    });
    const permissionPlugin = createBackendPlugin({
      pluginId: 'permission',
      register(reg) {
        reg.registerInit({ deps: {}, async init() {} });
      },
    });
    const { logger } = await setupAs(ALEX, [
      permissionsFor([SVEN]),
      permissionPlugin,
      allowAllPolicy,
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/runs the allow-all policy/),
    );
  });

  it('is for signed-in users', async () => {
    const server = await startBackend({ features: [permissionsFor([SVEN])] });
    const res = await request(server)
      .get('/api/platform-product/permissions/setup')
      .set({ Authorization: mockCredentials.none.header() });
    expect(res.status).toBe(401);
  });
});
