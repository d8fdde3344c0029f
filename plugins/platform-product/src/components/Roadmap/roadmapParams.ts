import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  RoadmapLane,
  roadmapLanes,
  RoadmapQuery,
  RoadmapStatus,
} from 'backstage-plugin-platform-product-common';

export const PAGE_SIZE = 25;

export const roadmapViews = [
  'board',
  'timeline',
  'list',
  'shipped',
  'killed',
  'impact-map',
  'priorities',
] as const;
export type RoadmapView = (typeof roadmapViews)[number];

/** The views that are a paged list of items in one status. */
export type ListView = 'list' | 'shipped' | 'killed';

export const listStatuses: Record<ListView, RoadmapStatus> = {
  list: 'active',
  shipped: 'shipped',
  killed: 'killed',
};

export const roadmapSorts = ['rice', 'votes', 'newest', 'updated'] as const;
export type RoadmapSort = (typeof roadmapSorts)[number];

/** Active items are read by priority; shipped and killed ones by when they ended. */
const defaultSorts: Record<ListView, RoadmapSort> = {
  list: 'rice',
  shipped: 'updated',
  killed: 'updated',
};

/** What a list view shows; kept in the URL so that filtered lists can be linked to. */
export interface ListFilters {
  lane?: RoadmapLane;
  toolRef?: string;
  ownerRef?: string;
  requestingTeamRef?: string;
  sort: RoadmapSort;
  /** Zero-based; `page=1` in the URL is the first page. */
  page: number;
}

function oneOf<T extends string>(
  values: readonly T[],
  value: string | null,
): T | undefined {
  return values.find(v => v === value);
}

function parseFilters(params: URLSearchParams, view: ListView): ListFilters {
  const page = Number(params.get('page'));
  return {
    lane: view === 'list' ? oneOf(roadmapLanes, params.get('lane')) : undefined,
    toolRef: params.get('toolRef') || undefined,
    ownerRef: params.get('ownerRef') || undefined,
    requestingTeamRef: params.get('requestingTeamRef') || undefined,
    sort: oneOf(roadmapSorts, params.get('sort')) ?? defaultSorts[view],
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

/** The URL's search params of a list view with `filters`, leaving out defaults. */
function listParams(view: ListView, filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams({ view });
  if (filters.lane) params.set('lane', filters.lane);
  if (filters.toolRef) params.set('toolRef', filters.toolRef);
  if (filters.ownerRef) params.set('ownerRef', filters.ownerRef);
  if (filters.requestingTeamRef) {
    params.set('requestingTeamRef', filters.requestingTeamRef);
  }
  if (filters.sort !== defaultSorts[view]) params.set('sort', filters.sort);
  if (filters.page) params.set('page', String(filters.page + 1));
  return params;
}

/** The `listRoadmapItems` query of a list view. */
export function listQuery(view: ListView, filters: ListFilters): RoadmapQuery {
  return {
    status: listStatuses[view],
    lane: filters.lane,
    toolRef: filters.toolRef,
    ownerRef: filters.ownerRef,
    requestingTeamRef: filters.requestingTeamRef,
    sort: filters.sort,
    limit: PAGE_SIZE,
    offset: filters.page * PAGE_SIZE,
  };
}

/** The view from the URL (`?view=`, the board by default), and a setter. */
export function useRoadmapView(): [RoadmapView, (view: RoadmapView) => void] {
  const [params, setParams] = useSearchParams();
  const view = oneOf(roadmapViews, params.get('view')) ?? 'board';
  const setView = useCallback(
    (next: RoadmapView) => setParams(next === 'board' ? {} : { view: next }),
    [setParams],
  );
  return [view, setView];
}

/** A list view's filters from the URL, and a setter; changing a filter goes back to page 1. */
export function useListFilters(
  view: ListView,
): [ListFilters, (change: Partial<ListFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params, view), [params, view]);
  const update = useCallback(
    (change: Partial<ListFilters>) =>
      setParams(listParams(view, { ...filters, page: 0, ...change }), {
        replace: true,
      }),
    [view, filters, setParams],
  );
  return [filters, update];
}
