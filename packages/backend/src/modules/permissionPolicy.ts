import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { platformProductMaintainerPermissions } from 'backstage-plugin-platform-product-common';

/** Members of this group maintain Platform Product in the example company. */
export const MAINTAINER_GROUP = 'group:default/platform';

const maintainerOnly = new Set(
  platformProductMaintainerPermissions.map(permission => permission.name),
);

/**
 * The example portal's policy: everything outside Platform Product is allowed; inside it, the
 * platform team may do everything and everyone else may read, rate, vote and give feedback.
 */
export class ExamplePortalPolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!maintainerOnly.has(request.permission.name)) {
      return { result: AuthorizeResult.ALLOW };
    }
    const isMaintainer =
      user?.info.ownershipEntityRefs?.includes(MAINTAINER_GROUP) ?? false;
    return {
      result: isMaintainer ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
    };
  }
}

export const permissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'example-portal-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new ExamplePortalPolicy());
      },
    });
  },
});
