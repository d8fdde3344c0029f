import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  platformProductMaintainerPermissions,
  platformProductParticipantPermissions,
} from 'backstage-plugin-platform-product-common';

/**
 * A permission service with the example policy's split: the given users are maintainers (every
 * permission), everyone else a participant. `deny` lists permissions nobody gets.
 */
export function permissionsFor(
  maintainers: string[],
  options: { deny?: string[] } = {},
) {
  const participant = new Set(
    platformProductParticipantPermissions.map(p => p.name),
  );
  const maintainer = new Set([
    ...participant,
    ...platformProductMaintainerPermissions.map(p => p.name),
  ]);
  return mockServices.permissions.mock({
    authorize: async (requests: any[], { credentials }: any) => {
      const userRef = credentials.principal?.userEntityRef;
      const granted = maintainers.includes(userRef) ? maintainer : participant;
      return requests.map(({ permission }) => ({
        result:
          granted.has(permission.name) &&
          !options.deny?.includes(permission.name)
            ? AuthorizeResult.ALLOW
            : AuthorizeResult.DENY,
      }));
    },
  } as any).factory;
}
