import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  ChangelogCategory,
  changelogCategories,
  ChangelogQuery,
} from 'backstage-plugin-platform-product-common';

export const PAGE_SIZE = 20;
/** The longest search the server takes. */
export const SEARCH_MAX = 100;

/** What the list shows; kept in the URL so that filtered lists can be linked to. */
export interface ChangelogFilters {
  toolRef?: string;
  category?: ChangelogCategory;
  /** Only tools the reader's teams use. */
  mine: boolean;
  /** Text searched in titles and bodies. */
  q?: string;
  /** Zero-based; `page=1` in the URL is the first page. */
  page: number;
}

function parseFilters(params: URLSearchParams): ChangelogFilters {
  const page = Number(params.get('page'));
  return {
    toolRef: params.get('toolRef') || undefined,
    category: changelogCategories.find(c => c === params.get('category')),
    mine: params.get('mine') === 'true',
    q: params.get('q')?.trim().slice(0, SEARCH_MAX) || undefined,
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

/** The URL's search params of `filters`, leaving out defaults. */
function filterParams(filters: ChangelogFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.toolRef) params.set('toolRef', filters.toolRef);
  if (filters.category) params.set('category', filters.category);
  if (filters.mine) params.set('mine', 'true');
  if (filters.q) params.set('q', filters.q);
  if (filters.page) params.set('page', String(filters.page + 1));
  return params;
}

/** The `listChangelog` query of `filters`. */
export function changelogQuery(filters: ChangelogFilters): ChangelogQuery {
  return {
    toolRef: filters.toolRef,
    category: filters.category,
    mine: filters.mine ? 'true' : undefined,
    q: filters.q,
    limit: PAGE_SIZE,
    offset: filters.page * PAGE_SIZE,
  };
}

/**
 * The filters from the URL, and a setter; changing a filter goes back to the first page. Each
 * change is a history entry, so that Back undoes it.
 */
export function useChangelogFilters(): [
  ChangelogFilters,
  (change: Partial<ChangelogFilters>) => void,
] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const update = useCallback(
    (change: Partial<ChangelogFilters>) =>
      setParams(filterParams({ ...filters, page: 0, ...change })),
    [filters, setParams],
  );
  return [filters, update];
}
