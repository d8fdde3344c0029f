/**
 * Links to the suite's pages in the Backstage app, which mounts the Platform Product page at
 * `platformProduct.mountPath` (`/platform-product` by default) under `app.baseUrl`. Every link the
 * backend hands out is built here, so an app that mounts the page elsewhere gets working links.
 */
export class AppLinks {
  constructor(
    private readonly options: { appBaseUrl: string; mountPath: string },
  ) {}

  /**
   * A page as a path in the app, e.g. `page('roadmap', 7)` → `/platform-product/roadmap/7`:
   * what notifications, search results and actions carry (the app resolves it).
   */
  page(...segments: (string | number)[]): string {
    const path = segments.map(s => encodeURIComponent(String(s))).join('/');
    return `${this.options.mountPath}/${path}`;
  }

  /** The same page as an absolute URL, for readers outside the app (the Atom feed). */
  url(...segments: (string | number)[]): string {
    return `${this.options.appBaseUrl}${this.page(...segments)}`;
  }
}
