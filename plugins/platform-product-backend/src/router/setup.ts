import {
  HttpAuthService,
  LoggerService,
  PermissionsService,
  RootConfigService,
  RootInstanceMetadataService,
} from '@backstage/backend-plugin-api';
import {
  PermissionSetup,
  platformProductPolicyProbePermission,
  roadmapCreatePermission,
} from 'backstage-plugin-platform-product-common';
import Router from 'express-promise-router';
import { allowed } from './authorize';

const DOCS =
  'https://github.com/platform-product/platform-product/blob/main/docs/permissions.md';

/**
 * Logs at start-up when everyone may do everything: the permission framework is off, or this
 * backend runs the stock allow-all policy module.
 */
export async function warnWhenEveryoneIsMaintainer(options: {
  config: RootConfigService;
  logger: LoggerService;
  instanceMetadata: RootInstanceMetadataService;
}) {
  const { config, logger, instanceMetadata } = options;
  if (config.getOptionalBoolean('permission.enabled') !== true) {
    logger.warn(
      `permission.enabled is not true: every signed-in user is a Platform Product maintainer (may edit the roadmap, triage feedback, …). Enable the permission framework and install a policy, see ${DOCS}`,
    );
    return;
  }
  const plugins = await instanceMetadata.getInstalledPlugins();
  const allowAll = plugins
    .find(p => p.pluginId === 'permission')
    ?.modules.some(m => m.moduleId === 'allow-all-policy');
  if (allowAll) {
    logger.warn(
      `The permission backend runs the allow-all policy: every signed-in user is a Platform Product maintainer. Replace it with backstage-plugin-platform-product-backend/permission-policy (and set platformProduct.maintainers) or your own policy, see ${DOCS}`,
    );
  }
}

/**
 * `GET /permissions/setup`: whether the portal's policy makes everyone a maintainer, so the UI
 * can say so. One batched authorize call for the caller: a policy that grants the probe
 * permission (which no policy should grant) and a maintainer permission allows everything, like
 * the stock allow-all policy. Logged once per process, with what to do.
 */
export function createSetupRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  logger: LoggerService;
  maintainers: string[];
}) {
  const { httpAuth, permissions, logger, maintainers } = options;
  const router = Router();
  let warned = false;

  router.get('/permissions/setup', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const [probe, maintainer] = await allowed(
      permissions,
      [platformProductPolicyProbePermission, roadmapCreatePermission],
      credentials,
    );
    const everyoneIsMaintainer = probe && maintainer;
    if (everyoneIsMaintainer && !warned) {
      warned = true;
      logger.warn(
        `The permission policy allows every permission (the stock allow-all policy?): every signed-in user is a Platform Product maintainer. Install the policy module backstage-plugin-platform-product-backend/permission-policy and set platformProduct.maintainers, or grant the platform-product.* permissions in your own policy; see ${DOCS}`,
      );
    }
    const setup: PermissionSetup = {
      everyoneIsMaintainer,
      maintainersConfigured: maintainers.length > 0,
    };
    res.json(setup);
  });

  return router;
}
