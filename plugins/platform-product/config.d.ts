export interface Config {
  /** Configuration of the Platform Product plugins. */
  platformProduct?: {
    /** Which catalog entities are platform tools (the "products" of the platform). */
    tools?: {
      /**
       * Catalog filter selecting the tools, e.g. the default
       * `{ kind: [component, system, api], metadata.tags: platform-tool }`. Read by the backend
       * and, for `isPlatformTool` and the entity cards, by the frontend.
       * @deepVisibility frontend
       */
      filter?: { [key: string]: string | string[] };
    };
  };
}
