import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { earlyAccessReadPermission } from 'backstage-plugin-platform-product-common';
import { ChampionsStore } from '../database/ChampionsStore';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/**
 * The champions area's interface for other areas (as `RoadmapItems` is the roadmap's): the one
 * check of who may see early-access content, which the roadmap, the impact map, the changelog
 * and feedback's links use. Active champions may, and whoever the policy grants
 * `platform-product.early-access.read` (the maintainers, in the example policy). The champions
 * area keeps owning its tables: other areas hold this, never a `ChampionsStore`. Built from the
 * store alone, before `ChampionsService`, which uses it too (`GET /champions/me`).
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
