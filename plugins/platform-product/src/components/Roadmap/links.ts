import { useMemo } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';

/** Absolute links into the Roadmap tab, wherever they are rendered (e.g. on an entity page). */
export function useRoadmapLinks() {
  const root = useRouteRef(rootRouteRef)();
  return useMemo(
    () => ({
      /** The tab, optionally with search params, e.g. `{ view: 'list', toolRef }`. */
      roadmap: (params?: Record<string, string>) =>
        `${root}/roadmap${params ? `?${new URLSearchParams(params)}` : ''}`,
      item: (id: number) => `${root}/roadmap/${id}`,
      changelogEntry: (id: number) => `${root}/changelog/${id}`,
    }),
    [root],
  );
}
