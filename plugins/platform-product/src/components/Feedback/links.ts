import { useMemo } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';

/** Absolute links into the suite's page, wherever they are rendered (e.g. on an entity page). */
export function useFeedbackLinks() {
  const root = useRouteRef(rootRouteRef)();
  return useMemo(
    () => ({
      /** The inbox, optionally filtered, e.g. `{ toolRef }` (see `inboxFilters.ts`). */
      inbox: (filters?: Record<string, string>) =>
        `${root}/feedback${filters ? `?${new URLSearchParams(filters)}` : ''}`,
      item: (id: number) => `${root}/feedback/${id}`,
      roadmapItem: (id: number) => `${root}/roadmap/${id}`,
      changelogEntry: (id: number) => `${root}/changelog/${id}`,
    }),
    [root],
  );
}
