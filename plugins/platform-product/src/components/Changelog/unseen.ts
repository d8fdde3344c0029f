import { useCallback, useEffect, useRef } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { ChangelogUnseen } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';

/** Whoever shows an unseen count (the sidebar item, the tab), to reload it once the reader caught up. */
const seenListeners = new Set<() => void>();

/**
 * One `/changelog/unseen` request per page and API client: the sidebar item, the tab's label and
 * the visit share it. Marking the changelog seen forgets it, so the counts reload once.
 */
const pending = new WeakMap<object, Promise<ChangelogUnseen>>();
function loadUnseen(api: {
  getChangelogUnseen(): Promise<ChangelogUnseen>;
}): Promise<ChangelogUnseen> {
  let request = pending.get(api);
  if (!request) {
    request = api.getChangelogUnseen();
    request.catch(() => pending.delete(api));
    pending.set(api, request);
  }
  return request;
}

/**
 * How many changelog entries were published since the reader's last visit of the changelog;
 * undefined while loading or when it cannot be loaded. Reloads when the reader visits it.
 */
export function useChangelogUnseenCount(): number | undefined {
  const api = useApi(platformProductApiRef);
  const { value, retry } = useAsyncRetry(() => loadUnseen(api), [api]);
  useEffect(() => {
    seenListeners.add(retry);
    return () => {
      seenListeners.delete(retry);
    };
  }, [retry]);
  return value?.count;
}

/**
 * A visit of the changelog: what was unseen on arrival, and `listLoaded` to call once the list
 * has been shown, which marks everything seen (once per visit, after reading the arrival state,
 * so that this visit still shows what is new).
 */
export function useChangelogVisit(): {
  arrival?: ChangelogUnseen;
  listLoaded: () => void;
} {
  const api = useApi(platformProductApiRef);
  const arrival = useAsync(() => loadUnseen(api), [api]);
  const listShown = useRef(false);
  const marked = useRef(false);

  const markSeen = useCallback(() => {
    if (marked.current || arrival.loading || !listShown.current) {
      return;
    }
    marked.current = true;
    api
      .markChangelogSeen()
      .then(() => {
        pending.delete(api);
        seenListeners.forEach(reload => reload());
      })
      // Not worth bothering the reader: the entries stay "new" until the next visit.
      .catch(() => undefined);
  }, [api, arrival.loading]);

  useEffect(markSeen, [markSeen]);
  const listLoaded = useCallback(() => {
    listShown.current = true;
    markSeen();
  }, [markSeen]);

  return { arrival: arrival.value, listLoaded };
}
