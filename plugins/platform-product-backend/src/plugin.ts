import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { platformProductPermissions } from 'backstage-plugin-platform-product-common';
import { registerActions } from './actions/registerActions';
import { scheduleToolSnapshots } from './jobs/toolSnapshots';
import { scheduleAggregateRepair } from './jobs/aggregateRepair';
import {
  scheduleUsageRetention,
  scheduleUsageRollup,
  subscribeToUsageEvents,
} from './jobs/usageIngestion';
import {
  PlatformProductSeeder,
  platformProductSeedExtensionPoint,
} from './seed/extensionPoint';
import { scheduleSeeders } from './seed/scheduleSeeders';
import {
  createSetupRouter,
  warnWhenEveryoneIsMaintainer,
} from './router/setup';
import { createRouter } from './router';
import { IdempotentCreates } from './router/idempotency';
import { scheduleIdempotencyKeyCleanup } from './jobs/idempotencyKeys';
import { scheduleCoverageSnapshots } from './jobs/coverageSnapshots';
import { scheduleChangelogPublisher } from './jobs/changelogPublisher';
import { scheduleDigests } from './jobs/weeklyDigest';
import { createContext } from './context';

/**
 * Platform Product backend plugin: roadmap, changelog, feedback, champions and insights.
 *
 * @public
 */
export const platformProductPlugin = createBackendPlugin({
  pluginId: 'platform-product',
  register(env) {
    const seeders: PlatformProductSeeder[] = [];
    env.registerExtensionPoint(platformProductSeedExtensionPoint, {
      addSeeder(seeder) {
        if (seeders.some(s => s.id === seeder.id)) {
          throw new Error(`Platform Product seeder ${seeder.id} added twice`);
        }
        seeders.push(seeder);
      },
    });
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        auditor: coreServices.auditor,
        auth: coreServices.auth,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        notifications: notificationService,
        events: eventsServiceRef,
        // Always there: its default implementation publishes through the events service, and
        // reaches browsers only where @backstage/plugin-signals-backend is installed.
        signals: signalsServiceRef,
        instanceMetadata: coreServices.rootInstanceMetadata,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        deps.permissionsRegistry.addPermissions(platformProductPermissions);
        const context = await createContext(deps);
        const { settings, db, secret, directory, appLinks, services } = context;
        const { usage, champions, changelog, insights, scorecard, digests } =
          services;

        await scheduleAggregateRepair({
          ...deps,
          aggregates: context.aggregates,
        });
        await scheduleCoverageSnapshots({ ...deps, champions });
        await scheduleChangelogPublisher({ ...deps, changelog });
        await scheduleToolSnapshots({ ...deps, insights, scorecard });
        if (settings.digest.enabled) {
          await scheduleDigests({ ...deps, digests });
        }
        await scheduleUsageRollup({
          ...deps,
          usage,
          seconds: settings.usage.rollupSeconds,
        });
        await scheduleUsageRetention({ ...deps, usage });
        await subscribeToUsageEvents({ ...deps, usage });
        await scheduleIdempotencyKeyCleanup({
          ...deps,
          idempotencyKeys: context.idempotencyKeys,
        });

        registerActions({ ...deps, ...services, appLinks, directory });
        await scheduleSeeders({ ...deps, seeders, db, directory, secret });
        await warnWhenEveryoneIsMaintainer(deps);

        deps.httpRouter.use(
          createRouter({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            auditor: deps.auditor,
            directory,
            ...services,
            idempotency: new IdempotentCreates(context.idempotencyKeys),
            appLinks,
            publicFeed: settings.changelog.publicFeed,
          }),
        );
        deps.httpRouter.use(
          createSetupRouter({ ...deps, maintainers: settings.maintainers }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
        if (settings.changelog.publicFeed) {
          deps.httpRouter.addAuthPolicy({
            path: '/changelog/feed.atom',
            allow: 'unauthenticated',
          });
        }
      },
    });
  },
});
