import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { ChangelogCollatorFactory } from './ChangelogCollatorFactory';

const SCHEDULE_KEY = 'search.collators.platformProductChangelog.schedule';

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 5 },
  initialDelay: { seconds: 30 },
};

/**
 * Search module: indexes published changelog entries (never early-access ones) on the schedule
 * `search.collators.platformProductChangelog.schedule` (default every 10 minutes). Add it next to
 * the Platform Product backend plugin and the search backend.
 *
 * @public
 */
export const searchModulePlatformProductChangelog = createBackendModule({
  pluginId: 'search',
  moduleId: 'platform-product-changelog',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        indexRegistry: searchIndexRegistryExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
      },
      async init({ config, indexRegistry, discovery, auth, scheduler }) {
        const schedule = config.has(SCHEDULE_KEY)
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig(SCHEDULE_KEY),
            )
          : DEFAULT_SCHEDULE;
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(schedule),
          factory: new ChangelogCollatorFactory({ discovery, auth }),
        });
      },
    });
  },
});
