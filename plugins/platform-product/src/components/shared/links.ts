import { useMemo } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  changelogEntryRouteRef,
  changelogRouteRef,
  championsRouteRef,
  feedbackItemRouteRef,
  feedbackRouteRef,
  researchLogRouteRef,
  researchNoteRouteRef,
  roadmapItemRouteRef,
  roadmapRouteRef,
  surveyResultsRouteRef,
} from '../../routes';

/** A path with search params, e.g. a list's filters. */
function withParams(path: string, params?: Record<string, string>) {
  return params ? `${path}?${new URLSearchParams(params)}` : path;
}

/** Links to the page's items, by id, wherever they are rendered (e.g. on an entity page). */
function useItemLinks() {
  const roadmapItem = useRouteRef(roadmapItemRouteRef);
  const changelogEntry = useRouteRef(changelogEntryRouteRef);
  const feedbackItem = useRouteRef(feedbackItemRouteRef);
  return useMemo(
    () => ({
      roadmapItem: (id: number) => roadmapItem({ id: String(id) }),
      changelogEntry: (id: number) => changelogEntry({ id: String(id) }),
      feedbackItem: (id: number) => feedbackItem({ id: String(id) }),
    }),
    [roadmapItem, changelogEntry, feedbackItem],
  );
}

/** Absolute links into the Changelog tab, wherever they are rendered (e.g. on an entity page). */
export function useChangelogLinks() {
  const list = useRouteRef(changelogRouteRef);
  const items = useItemLinks();
  return useMemo(
    () => ({
      /** The list, optionally filtered, e.g. `{ toolRef }` (see `changelogFilters.ts`). */
      changelog: (filters?: Record<string, string>) =>
        withParams(list(), filters),
      entry: items.changelogEntry,
      roadmapItem: items.roadmapItem,
    }),
    [list, items],
  );
}

/** Absolute links into the suite's page, wherever they are rendered (e.g. on an entity page). */
export function useFeedbackLinks() {
  const inbox = useRouteRef(feedbackRouteRef);
  const items = useItemLinks();
  return useMemo(
    () => ({
      /** The inbox, optionally filtered, e.g. `{ toolRef }` (see `inboxFilters.ts`). */
      inbox: (filters?: Record<string, string>) => withParams(inbox(), filters),
      item: items.feedbackItem,
      roadmapItem: items.roadmapItem,
      changelogEntry: items.changelogEntry,
    }),
    [inbox, items],
  );
}

/** Absolute links into the Roadmap tab, wherever they are rendered (e.g. on an entity page). */
export function useRoadmapLinks() {
  const roadmap = useRouteRef(roadmapRouteRef);
  const items = useItemLinks();
  return useMemo(
    () => ({
      /** The tab, optionally with search params, e.g. `{ view: 'list', toolRef }`. */
      roadmap: (params?: Record<string, string>) =>
        withParams(roadmap(), params),
      item: items.roadmapItem,
      changelogEntry: items.changelogEntry,
    }),
    [roadmap, items],
  );
}

/** Links to the research log and its notes, under the Feedback tab. */
export function useResearchLinks() {
  const log = useRouteRef(researchLogRouteRef)();
  const note = useRouteRef(researchNoteRouteRef);
  return useMemo(
    () => ({ log, note: (id: number) => note({ id: String(id) }) }),
    [log, note],
  );
}

/** The results page of a survey, under the Feedback tab. */
export function useSurveyResultsLink() {
  const results = useRouteRef(surveyResultsRouteRef);
  return useMemo(() => (id: number) => results({ id: String(id) }), [results]);
}

/** The Champions tab, wherever the link is rendered (e.g. on an entity page). */
export function useChampionsLink() {
  return useRouteRef(championsRouteRef)();
}
