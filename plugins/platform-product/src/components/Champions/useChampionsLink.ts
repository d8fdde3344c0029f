import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';

/** The Champions tab, wherever the link is rendered (e.g. on an entity page). */
export function useChampionsLink() {
  return `${useRouteRef(rootRouteRef)()}/champions`;
}
