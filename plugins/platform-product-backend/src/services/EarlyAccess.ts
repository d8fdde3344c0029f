import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { earlyAccessReadPermission } from 'backstage-plugin-platform-product-common';
import { ChampionsStore } from '../database/ChampionsStore';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/**
 * The one check every area uses for early-access content (roadmap items, changelog entries):
 * active champions may see it, and whoever the policy grants `platform-product.early-access.read`
 * (the maintainers, in the example policy).
 */
export class EarlyAccess {
  constructor(
    private readonly options: {
      store: ChampionsStore;
      permissions: PermissionsService;
    },
  ) {}

  async mayAccess(credentials: BackstageCredentials): Promise<boolean> {
    const [decision] = await this.options.permissions.authorize(
      [{ permission: earlyAccessReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) {
      return true;
    }
    const { userEntityRef } = credentials.principal as {
      userEntityRef?: string;
    };
    return (
      !!userEntityRef && this.options.store.isActiveChampion(userEntityRef)
    );
  }
}
