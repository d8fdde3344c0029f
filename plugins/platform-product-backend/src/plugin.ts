import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { platformProductPermissions } from 'backstage-plugin-platform-product-common';
import { CatalogDirectory } from './catalog/CatalogDirectory';
import { readPlatformProductConfig } from './config';
import { openDatabase } from './database/migrations';
import { createRouter } from './router';

/**
 * Platform Product backend plugin: roadmap, changelog, feedback, champions and insights.
 *
 * @public
 */
export const platformProductPlugin = createBackendPlugin({
  pluginId: 'platform-product',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const settings = readPlatformProductConfig(deps.config);
        deps.permissionsRegistry.addPermissions(platformProductPermissions);
        await openDatabase(deps.database);

        const directory = new CatalogDirectory({
          catalog: deps.catalog,
          teamFilter: settings.teams.filter,
          toolFilter: settings.tools.filter,
          cacheSeconds: settings.catalogCacheSeconds,
        });

        deps.httpRouter.use(
          createRouter({ httpAuth: deps.httpAuth, directory }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
