import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { platformProductPlugin } from '../plugin';
import { loadExampleCatalog } from './exampleCatalog';
import { notificationsSpy } from './notificationsSpy';
import { signalsSpy } from './signalsSpy';
import { testScheduler } from './testScheduler';
import { USAGE_ROLLUP_TASK } from '../jobs/usageIngestion';

/** Each started backend's scheduler, to run a task when a test says so. */
const schedulers = new WeakMap<object, ReturnType<typeof testScheduler>>();

/**
 * Starts the real plugin against the example company, with the given config and services.
 * Notifications go to `notifications` and signals to `signals` (spies) unless given; `catalog`
 * may wrap the example catalog (e.g. to record who reads it).
 */
export async function startBackend(
  options: {
    config?: object;
    features?: any[];
    notifications?: any;
    signals?: any;
    catalog?: (catalog: CatalogService) => CatalogService;
  } = {},
) {
  const catalog = catalogServiceMock({ entities: await loadExampleCatalog() });
  const scheduler = testScheduler();
  const { server } = await startTestBackend({
    features: [
      platformProductPlugin,
      scheduler.factory,
      createServiceFactory({
        service: catalogServiceRef,
        deps: {},
        factory: () => options.catalog?.(catalog) ?? catalog,
      }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      options.notifications ?? notificationsSpy().factory,
      options.signals ?? signalsSpy().factory,
      ...(options.features ?? []),
    ],
  });
  schedulers.set(server, scheduler);
  return server;
}

/**
 * Runs the usage rollup job of a backend from `startBackend`, as the scheduler would every few
 * seconds: what was sent before is then in every view of usage.
 */
export async function rollUpUsage(server: object) {
  await schedulers.get(server)!.run(USAGE_ROLLUP_TASK);
}

/** Runs a scheduled task of a backend from `startBackend` now, as the scheduler would. */
export async function runTask(server: object, id: string) {
  await schedulers.get(server)!.run(id);
}
