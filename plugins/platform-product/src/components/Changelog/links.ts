import { useMemo } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';

/** Absolute links into the Changelog tab, wherever they are rendered (e.g. on an entity page). */
export function useChangelogLinks() {
  const root = useRouteRef(rootRouteRef)();
  return useMemo(
    () => ({
      /** The list, optionally filtered, e.g. `{ toolRef }` (see `changelogFilters.ts`). */
      changelog: (filters?: Record<string, string>) =>
        `${root}/changelog${filters ? `?${new URLSearchParams(filters)}` : ''}`,
      entry: (id: number) => `${root}/changelog/${id}`,
      roadmapItem: (id: number) => `${root}/roadmap/${id}`,
    }),
    [root],
  );
}
