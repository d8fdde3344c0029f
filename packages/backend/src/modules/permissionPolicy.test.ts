import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  feedbackCreatePermission,
  roadmapCreatePermission,
  roadmapVotePermission,
} from 'backstage-plugin-platform-product-common';
import { ExamplePortalPolicy, MAINTAINER_GROUP } from './permissionPolicy';

const userIn = (...groups: string[]) => ({
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
  credentials: {} as any,
});

describe('ExamplePortalPolicy', () => {
  const policy = new ExamplePortalPolicy();

  it('lets the platform team maintain the suite', async () => {
    const decision = await policy.handle(
      { permission: roadmapCreatePermission },
      userIn(MAINTAINER_GROUP) as any,
    );
    expect(decision.result).toBe(AuthorizeResult.ALLOW);
  });

  it('keeps maintainer actions from other developers', async () => {
    const decision = await policy.handle(
      { permission: roadmapCreatePermission },
      userIn('group:default/checkout') as any,
    );
    expect(decision.result).toBe(AuthorizeResult.DENY);
  });

  it('lets every developer vote and give feedback', async () => {
    for (const permission of [
      roadmapVotePermission,
      feedbackCreatePermission,
    ]) {
      const decision = await policy.handle(
        { permission },
        userIn('group:default/checkout') as any,
      );
      expect(decision.result).toBe(AuthorizeResult.ALLOW);
    }
  });
});
