import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { ChangelogCollatorFactory } from './ChangelogCollatorFactory';

/**
 * Search module: indexes published changelog entries every 10 minutes, so they show up in
 * Backstage search. Add it next to the Platform Product backend plugin.
 *
 * @public
 */
export const searchModulePlatformProductChangelog = createBackendModule({
  pluginId: 'search',
  moduleId: 'platform-product-changelog',
  register(env) {
    env.registerInit({
      deps: {
        indexRegistry: searchIndexRegistryExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
      },
      async init({ indexRegistry, discovery, auth, scheduler }) {
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner({
            frequency: { minutes: 10 },
            timeout: { minutes: 5 },
            initialDelay: { seconds: 30 },
          }),
          factory: new ChangelogCollatorFactory({ discovery, auth }),
        });
      },
    });
  },
});
