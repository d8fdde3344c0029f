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
