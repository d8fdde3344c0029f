import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/** The Insights tab's filters kept in the URL, so that a view can be shared. */
export type InsightsParam = 'tool' | 'days' | 'team';

/**
 * A filter of the Insights tab from the URL (`?tool=…&days=30&team=…`), and a setter that
 * keeps the other filters; an empty value removes it.
 */
export function useInsightsParam(
  name: InsightsParam,
): [string | undefined, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (value: string) =>
      setParams(
        previous => {
          const next = new URLSearchParams(previous);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [name, setParams],
  );
  return [params.get(name) || undefined, set];
}
