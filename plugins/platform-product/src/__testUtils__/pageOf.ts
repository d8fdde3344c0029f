import { Page } from 'backstage-plugin-platform-product-common';

/** A one-page answer of a list: these items and no cursor to more. */
export function pageOf<T>(items: T[]): Page<T> {
  return { items, totalCount: items.length };
}
