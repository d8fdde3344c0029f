import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  FeedbackQuery,
  FeedbackStatus,
  feedbackStatuses,
} from 'backstage-plugin-platform-product-common';
import { openStatuses } from '../shared/StatusChip';

export const PAGE_SIZE = 25;

export const statusFilters = ['open', 'all', ...feedbackStatuses] as const;
export type StatusFilter = (typeof statusFilters)[number];

export const ageFilters = ['any', 'last7', 'last30', 'older30'] as const;
export type AgeFilter = (typeof ageFilters)[number];

export const sortOrders = ['votes', 'newest', 'oldest'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** What the inbox shows; kept in the URL so that filtered inboxes can be linked to. */
export interface InboxFilters {
  toolRef?: string;
  status: StatusFilter;
  age: AgeFilter;
  sort: SortOrder;
  mine: boolean;
  /** A maintainer's user ref, or `none` for items assigned to nobody. */
  assignee?: string;
  /** One tag, lower-case. */
  tag?: string;
  /** Zero-based; `page=1` in the URL is the first page. */
  page: number;
}

/** The filters of a first visit: open items of every tool and age (the sort is no filter). */
export const unfiltered = {
  toolRef: undefined,
  status: 'open',
  age: 'any',
  mine: false,
  assignee: undefined,
  tag: undefined,
} as const satisfies Partial<InboxFilters>;

/** Whether `filters` narrow the inbox down from its first view. */
export function isFiltered(filters: InboxFilters): boolean {
  return (
    filters.toolRef !== unfiltered.toolRef ||
    filters.status !== unfiltered.status ||
    filters.age !== unfiltered.age ||
    filters.mine !== unfiltered.mine ||
    filters.assignee !== unfiltered.assignee ||
    filters.tag !== unfiltered.tag
  );
}

const ageQuery: Record<
  AgeFilter,
  Pick<FeedbackQuery, 'minAgeDays' | 'maxAgeDays'>
> = {
  any: {},
  last7: { maxAgeDays: 7 },
  last30: { maxAgeDays: 30 },
  older30: { minAgeDays: 30 },
};

function oneOf<T extends string>(
  values: readonly T[],
  value: string | null,
  fallback: T,
): T {
  return values.find(v => v === value) ?? fallback;
}

function parseFilters(params: URLSearchParams): InboxFilters {
  const page = Number(params.get('page'));
  return {
    toolRef: params.get('toolRef') || undefined,
    status: oneOf(statusFilters, params.get('status'), 'open'),
    age: oneOf(ageFilters, params.get('age'), 'any'),
    sort: oneOf(sortOrders, params.get('sort'), 'votes'),
    mine: params.get('mine') === 'true',
    assignee: params.get('assignee') || undefined,
    tag: params.get('tag')?.trim().toLocaleLowerCase('en-US') || undefined,
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

/** The URL's search params of `filters`, leaving out defaults. */
function filterParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.toolRef) params.set('toolRef', filters.toolRef);
  if (filters.status !== 'open') params.set('status', filters.status);
  if (filters.age !== 'any') params.set('age', filters.age);
  if (filters.sort !== 'votes') params.set('sort', filters.sort);
  if (filters.mine) params.set('mine', 'true');
  if (filters.assignee) params.set('assignee', filters.assignee);
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.page) params.set('page', String(filters.page + 1));
  return params;
}

function statusQuery(status: StatusFilter): FeedbackStatus[] | undefined {
  if (status === 'open') return openStatuses;
  // Without a status the server leaves out merged items: "all but merged".
  return status === 'all' ? undefined : [status];
}

/** The `listFeedback` query of `filters`. */
export function inboxQuery(filters: InboxFilters): FeedbackQuery {
  return {
    toolRef: filters.toolRef,
    status: statusQuery(filters.status),
    ...ageQuery[filters.age],
    mine: filters.mine ? 'true' : undefined,
    ...(filters.assignee === 'none'
      ? { unassigned: 'true' }
      : { assigneeRef: filters.assignee }),
    tag: filters.tag,
    sort: filters.sort,
    limit: PAGE_SIZE,
    offset: filters.page * PAGE_SIZE,
  };
}

/**
 * The inbox filters from the URL, and a setter; changing a filter goes back to the first page.
 * Each change is a history entry: a filtered inbox can be shared, and Back undoes a filter.
 */
export function useInboxFilters(): [
  InboxFilters,
  (change: Partial<InboxFilters>) => void,
] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const update = useCallback(
    (change: Partial<InboxFilters>) =>
      setParams(filterParams({ ...filters, page: 0, ...change })),
    [filters, setParams],
  );
  return [filters, update];
}
