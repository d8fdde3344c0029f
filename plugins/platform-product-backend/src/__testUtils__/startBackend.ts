import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { platformProductPlugin } from '../plugin';
import { loadExampleCatalog } from './exampleCatalog';
import { notificationsSpy } from './notificationsSpy';

/**
 * Starts the real plugin against the example company, with the given config and services.
 * Notifications go to `notifications` (a spy) unless given.
 */
export async function startBackend(
  options: { config?: object; features?: any[]; notifications?: any } = {},
) {
  const { server } = await startTestBackend({
    features: [
      platformProductPlugin,
      catalogServiceMock.factory({ entities: await loadExampleCatalog() }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      options.notifications ?? notificationsSpy().factory,
      ...(options.features ?? []),
    ],
  });
  return server;
}
