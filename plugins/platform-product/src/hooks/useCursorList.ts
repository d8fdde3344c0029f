import { useCallback, useEffect, useState } from 'react';
import { Page } from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';

/**
 * A list read a page at a time by cursor, as "Load more" shows it: `more` appends the page
 * after the last one read (undefined once there is none), `reload` starts over. Reloads when
 * `deps` change.
 */
export function useCursorList<T>(
  load: (cursor?: string) => Promise<Page<T>>,
  deps: unknown[],
) {
  const [list, setList] = useState<{ items: T[]; nextCursor?: string }>();
  const [{ loading, error }, read] = useAsyncFn(
    async (cursor?: string) => {
      const page = await load(cursor);
      setList(previous => ({
        items: cursor
          ? [...(previous?.items ?? []), ...page.items]
          : page.items,
        nextCursor: page.nextCursor,
      }));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    deps,
  );
  const reload = useCallback(() => read(), [read]);
  useEffect(() => {
    reload();
  }, [reload]);
  const nextCursor = list?.nextCursor;
  return {
    items: list?.items,
    loading,
    error,
    reload,
    more: nextCursor ? () => read(nextCursor) : undefined,
  };
}
