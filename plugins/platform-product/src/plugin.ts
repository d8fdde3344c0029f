import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { PlatformProductClient, platformProductApiRef } from './api';
import { rootRouteRef } from './routes';

/** @public */
export const platformProductPlugin = createPlugin({
  id: 'platform-product',
  apis: [
    createApiFactory({
      api: platformProductApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new PlatformProductClient(deps),
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
});

/**
 * The suite's page: Roadmap, Changelog, Feedback, Champions and Insights tabs.
 *
 * @public
 */
export const PlatformProductPage = platformProductPlugin.provide(
  createRoutableExtension({
    name: 'PlatformProductPage',
    component: () =>
      import('./components/PlatformProductPage').then(
        m => m.PlatformProductPage,
      ),
    mountPoint: rootRouteRef,
  }),
);

/**
 * Entity card: a tool's average rating, distribution and the reader's own rating. Renders
 * nothing on entities that are not platform tools.
 *
 * @public
 */
export const EntityToolRatingCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntityToolRatingCard',
    component: {
      lazy: () =>
        import('./components/ToolRatingCard').then(m => m.ToolRatingCard),
    },
  }),
);
