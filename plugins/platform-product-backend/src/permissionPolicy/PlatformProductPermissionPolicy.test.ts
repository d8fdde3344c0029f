import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createPermission } from '@backstage/plugin-permission-common';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  feedbackCreatePermission,
  platformProductMaintainerPermissions,
  platformProductParticipantPermissions,
  platformProductPolicyProbePermission,
  roadmapCreatePermission,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductPermissionPolicy } from './PlatformProductPermissionPolicy';
import { platformProductPermissionPolicyModule } from './module';

const userIn = (...groups: string[]) =>
  ({
    identity: {
      type: 'user' as const,
      userEntityRef: 'user:default/someone',
      ownershipEntityRefs: ['user:default/someone', ...groups],
    },
    info: {
      userEntityRef: 'user:default/someone',
      ownershipEntityRefs: ['user:default/someone', ...groups],
    },
    token: 'token',
    credentials: {},
  } as any);

const catalogRead = createPermission({
  name: 'catalog.entity.read',
  attributes: { action: 'read' },
});

describe('PlatformProductPermissionPolicy', () => {
  const policy = new PlatformProductPermissionPolicy({
    maintainers: ['group:default/platform'],
  });
  const decide = async (permission: any, user?: any) =>
    (await policy.handle({ permission }, user)).result;

  it('gives maintainers every maintainer permission', async () => {
    for (const permission of platformProductMaintainerPermissions) {
      expect(await decide(permission, userIn('group:default/platform'))).toBe(
        AuthorizeResult.ALLOW,
      );
    }
  });

  it('keeps maintainer permissions from other developers', async () => {
    for (const permission of platformProductMaintainerPermissions) {
      expect(await decide(permission, userIn('group:default/checkout'))).toBe(
        AuthorizeResult.DENY,
      );
    }
  });

  it('gives every signed-in user the participant permissions', async () => {
    for (const permission of platformProductParticipantPermissions) {
      expect(await decide(permission, userIn('group:default/checkout'))).toBe(
        AuthorizeResult.ALLOW,
      );
    }
    expect(await decide(feedbackCreatePermission)).toBe(AuthorizeResult.DENY);
  });

  it('denies the probe and unknown permissions of the suite, even to maintainers', async () => {
    const future = createPermission({
      name: 'platform-product.something-new',
      attributes: {},
    });
    for (const permission of [platformProductPolicyProbePermission, future]) {
      expect(await decide(permission, userIn('group:default/checkout'))).toBe(
        AuthorizeResult.DENY,
      );
    }
    expect(
      await decide(
        platformProductPolicyProbePermission,
        userIn('group:default/platform'),
      ),
    ).toBe(AuthorizeResult.DENY);
    expect(await decide(future, userIn('group:default/platform'))).toBe(
      AuthorizeResult.ALLOW,
    );
  });

  it('allows other plugins’ permissions, or asks the fallback policy', async () => {
    expect(await decide(catalogRead, userIn())).toBe(AuthorizeResult.ALLOW);
    const fallback = {
      handle: jest.fn(async () => ({ result: AuthorizeResult.DENY })),
    };
    const strict = new PlatformProductPermissionPolicy({
      maintainers: [],
      fallback: fallback as any,
    });
    expect(
      (await strict.handle({ permission: catalogRead }, userIn())).result,
    ).toBe(AuthorizeResult.DENY);
    expect(fallback.handle).toHaveBeenCalledTimes(1);
    expect(
      (await strict.handle({ permission: feedbackCreatePermission }, userIn()))
        .result,
    ).toBe(AuthorizeResult.ALLOW);
    expect(fallback.handle).toHaveBeenCalledTimes(1);
  });
});

describe('platformProductPermissionPolicyModule', () => {
  async function install(config: object) {
    const setPolicy = jest.fn();
    const logger = mockServices.logger.mock();
    await startTestBackend({
      extensionPoints: [[policyExtensionPoint, { setPolicy }]],
      features: [
        platformProductPermissionPolicyModule,
        mockServices.rootConfig.factory({ data: config }),
        logger.factory,
      ],
    });
    expect(setPolicy).toHaveBeenCalledTimes(1);
    return { policy: setPolicy.mock.calls[0][0], logger };
  }

  it('makes platformProduct.maintainers (short refs too) the maintainers', async () => {
    const { policy } = await install({
      platformProduct: { maintainers: ['group:platform', 'user:default/Ana'] },
    });
    const ana = {
      ...userIn(),
      info: { ownershipEntityRefs: ['user:default/ana'] },
    };
    for (const user of [userIn('group:default/platform'), ana]) {
      expect(
        (await policy.handle({ permission: roadmapCreatePermission }, user))
          .result,
      ).toBe(AuthorizeResult.ALLOW);
    }
  });

  it('warns that nobody maintains the suite when no maintainers are configured', async () => {
    const { policy, logger } = await install({});
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/platformProduct\.maintainers is empty/),
    );
    expect(
      (
        await policy.handle(
          { permission: roadmapCreatePermission },
          userIn('group:default/platform'),
        )
      ).result,
    ).toBe(AuthorizeResult.DENY);
  });

  it('refuses a maintainer that is not a group or user reference', async () => {
    await expect(
      install({ platformProduct: { maintainers: ['component:default/x'] } }),
    ).rejects.toThrow(/platformProduct\.maintainers\.0/);
  });
});
