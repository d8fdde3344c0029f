const docsBase =
  'https://github.com/platform-product/platform-product/blob/main/docs';

/** Where a page of the suite's docs is published, for links from empty states. */
export function docsUrl(page: string, anchor?: string): string {
  return `${docsBase}/${page}.md${anchor ? `#${anchor}` : ''}`;
}
