/*
 * The example portal's backend: the Backstage core plus everything Platform Product uses.
 */
import { createBackend } from '@backstage/backend-defaults';
import { demoAuthProviderModule } from './modules/demoAuthProvider';
import { demoDataModule } from './modules/demoData';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(demoAuthProviderModule);

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

backend.add(import('@backstage/plugin-permission-backend'));
// Platform Product's policy: platformProduct.maintainers maintain, everyone participates.
backend.add(
  import('backstage-plugin-platform-product-backend/permission-policy'),
);

backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('backstage-plugin-search-backend-module-platform-product'));

backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

backend.add(import('backstage-plugin-platform-product-backend'));
// Platform Product's actions for AI assistants, over MCP (backend.actions.pluginSources).
backend.add(import('@backstage/plugin-mcp-actions-backend'));
// The example company's demo data (examples/): never in a real portal.
backend.add(demoDataModule);

backend.start();
