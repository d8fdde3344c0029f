import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  RootConfigService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { ChangelogCollatorFactory } from './ChangelogCollatorFactory';
import { ResearchCollatorFactory } from './ResearchCollatorFactory';

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 5 },
  initialDelay: { seconds: 30 },
};

/** The schedule of one collator: `search.collators.<name>.schedule`, or the default. */
function scheduleOf(
  config: RootConfigService,
  name: string,
): SchedulerServiceTaskScheduleDefinition {
  const key = `search.collators.${name}.schedule`;
  return config.has(key)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(key),
      )
    : DEFAULT_SCHEDULE;
}

/**
 * Search module: indexes published changelog entries (never early-access ones) on the schedule
 * `search.collators.platformProductChangelog.schedule`, and research notes (visible to readers of
 * research only) on `search.collators.platformProductResearch.schedule` (each by default every
 * 10 minutes). Add it next to the Platform Product backend plugin and the search backend.
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
        const collators = [
          {
            name: 'platformProductChangelog',
            factory: new ChangelogCollatorFactory({ discovery, auth }),
          },
          {
            name: 'platformProductResearch',
            factory: new ResearchCollatorFactory({ discovery, auth }),
          },
        ];
        for (const { name, factory } of collators) {
          indexRegistry.addCollator({
            schedule: scheduler.createScheduledTaskRunner(
              scheduleOf(config, name),
            ),
            factory,
          });
        }
      },
    });
  },
});
