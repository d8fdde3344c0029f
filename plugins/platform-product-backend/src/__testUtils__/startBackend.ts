import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { platformProductPlugin } from '../plugin';
import { loadExampleCatalog } from './exampleCatalog';

/** Starts the real plugin against the example company, with the given config and services. */
export async function startBackend(
  options: { config?: object; features?: any[] } = {},
) {
  const { server } = await startTestBackend({
    features: [
      platformProductPlugin,
      catalogServiceMock.factory({ entities: await loadExampleCatalog() }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      ...(options.features ?? []),
    ],
  });
  return server;
}
