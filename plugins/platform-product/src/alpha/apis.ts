import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { PlatformProductClient, platformProductApiRef } from '../api';

/**
 * The client of the Platform Product backend (`api:platform-product`).
 *
 * @alpha
 */
export const platformProductApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: platformProductApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new PlatformProductClient(deps),
    }),
});
