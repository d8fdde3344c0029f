import { useRef } from 'react';

/** Where a page starts: after a remembered cursor, `offset` rows on. */
export interface PageStart {
  cursor?: string;
  offset: number;
}

/**
 * Remembers the cursor after each page as it loads, so the next page is read "after this row"
 * (the server seeks to it) instead of skipping every row before it. A page reached without
 * its predecessor (a link to page 7) starts from the nearest remembered page before it.
 */
export class KeysetPages {
  /** Page number → the cursor it starts after; page 0 starts at the beginning. */
  private readonly cursors = new Map<number, string>();

  constructor(private readonly pageSize: number) {}

  start(page: number): PageStart {
    for (let from = page; from > 0; from--) {
      const cursor = this.cursors.get(from);
      if (cursor) {
        return { cursor, offset: (page - from) * this.pageSize };
      }
    }
    return { offset: page * this.pageSize };
  }

  /** Records the `nextCursor` of a loaded page: where the page after it starts. */
  loaded(page: number, nextCursor?: string) {
    if (nextCursor) this.cursors.set(page + 1, nextCursor);
  }
}

/** Keyset pages of one list; forgotten whenever `listKey` (its filters and sort) changes. */
export function useKeysetPages(pageSize: number, listKey: string) {
  const list = useRef<{ key: string; pages: KeysetPages }>();
  if (list.current?.key !== listKey) {
    list.current = { key: listKey, pages: new KeysetPages(pageSize) };
  }
  return list.current.pages;
}
