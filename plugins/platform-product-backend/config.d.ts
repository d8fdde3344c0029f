export interface Config {
  /** Configuration of the Platform Product plugins. */
  platformProduct?: {
    /**
     * Groups (or users) whose members maintain the suite: they get the maintainer permissions
     * from the Platform Product permission policy module
     * (`backstage-plugin-platform-product-backend/permission-policy`), e.g.
     * `[group:default/platform]`. Default: nobody. Your own policy may ignore this list.
     */
    maintainers?: string[];
    /** Which catalog Groups are the company's teams (the "customers" of the platform). */
    teams?: {
      /**
       * Catalog filter selecting eligible teams, e.g. `{ kind: group, spec.type: team }` (the
       * default). Must select Group entities. Values may be a string or a list of strings.
       */
      filter?: { [key: string]: string | string[] };
    };
    /** Which catalog entities are platform tools (the "products" of the platform). */
    tools?: {
      /**
       * Catalog filter selecting the tools, e.g. the default
       * `{ kind: [component, system, api], metadata.tags: platform-tool }`.
       */
      filter?: { [key: string]: string | string[] };
    };
    /** Catalog reads (teams, tools, adoption) are cached per caller for this many seconds. */
    catalogCacheSeconds?: number;
    roadmap?: {
      /**
       * Titles of the roadmap's lanes, e.g. `{ now: 'This quarter' }`. The stored lanes stay
       * now, next, later and exploring.
       */
      laneTitles?: {
        now?: string;
        next?: string;
        later?: string;
        exploring?: string;
      };
    };
    changelog?: {
      /**
       * Serve the Atom feed (`/api/platform-product/changelog/feed.atom`) without sign-in, for
       * feed readers. It only holds published entries that are not in early access. Default false.
       */
      publicFeed?: boolean;
    };
    champions?: {
      /** How many active champions each team should have: default at least 1, at most 2. */
      targetPerTeam?: { min?: number; max?: number };
    };
    /** Usage events reported by the tools (`POST /api/platform-product/usage/events`). */
    usage?: {
      /**
       * Days the raw events are kept, by the time they occurred; older events are refused when
       * sent. The daily rollups are kept. Default 30.
       */
      retentionDays?: number;
    };
    feedback?: {
      /**
       * Key of the hash that stands for a person in anonymous answers (so "one per person" holds
       * without storing who). When unset, a random key is generated once and kept in the
       * plugin's database.
       * @visibility secret
       */
      anonymitySecret?: string;
      /**
       * Survey results per team are hidden (in the UI, the API and exports) when fewer than
       * this many people of the team answered. Default 5.
       */
      minGroupSize?: number;
    };
  };
}
