/** A team of the company: a catalog Group matching the configured team filter. */
export interface Team {
  /** Entity ref, e.g. `group:default/checkout`. */
  ref: string;
  name: string;
  title: string;
  /** Entity ref of the parent group (typically a department), if any. */
  parentRef?: string;
  /** Number of direct members (`hasMember` relations to users). */
  memberCount: number;
}

/** A platform tool: a catalog entity matching the configured tool filter. */
export interface Tool {
  /** Entity ref, e.g. `component:default/ci-pipelines`. */
  ref: string;
  kind: string;
  name: string;
  title: string;
  description?: string;
  /** Entity ref of the owner, if any. */
  ownerRef?: string;
}

/** How widely a tool is used: which eligible teams own something that depends on it. */
export interface ToolAdoption {
  toolRef: string;
  /** Refs of adopting teams, sorted. */
  teamRefs: string[];
  adoptingTeams: number;
  eligibleTeams: number;
  /** adoptingTeams / eligibleTeams, between 0 and 1 (0 when there are no eligible teams). */
  rate: number;
}

/** The signed-in person as the catalog sees them. */
export interface Viewer {
  userRef: string;
  /** Eligible teams the person is a direct member of. */
  teamRefs: string[];
}

/** The signed-in person's current rating of a tool. */
export interface MyRating {
  stars: number;
  comment?: string;
  anonymous: boolean;
  updatedAt: string;
}

/** Current ratings of a tool: one per person, the latest they gave. */
export interface RatingSummary {
  toolRef: string;
  count: number;
  /** Mean of the current ratings, or null when nobody rated the tool. */
  average: number | null;
  /** Number of current ratings per star value, 1 to 5. */
  distribution: Record<1 | 2 | 3 | 4 | 5, number>;
  /** The caller's own rating, if they rated the tool. */
  mine?: MyRating;
}
