import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { readPlatformProductConfig } from '../config';
import { PlatformProductPermissionPolicy } from './PlatformProductPermissionPolicy';

/**
 * The permission backend's policy for a portal without one of its own: members of
 * `platformProduct.maintainers` maintain Platform Product, everyone else participates, every
 * other plugin's permission is allowed (as with the stock allow-all policy this replaces).
 *
 * @public
 */
export const platformProductPermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'platform-product-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ policy, config, logger }) {
        const { maintainers } = readPlatformProductConfig(config);
        if (!maintainers.length) {
          logger.warn(
            'platformProduct.maintainers is empty: nobody may maintain Platform Product (edit the roadmap, post changelog entries, triage feedback). List your platform team, e.g. [group:default/platform].',
          );
        } else {
          logger.info(
            `Platform Product maintainers: ${maintainers.join(', ')}`,
          );
        }
        policy.setPolicy(new PlatformProductPermissionPolicy({ maintainers }));
      },
    });
  },
});
