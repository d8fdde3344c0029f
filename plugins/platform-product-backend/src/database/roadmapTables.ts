/**
 * The roadmap's tables: RoadmapStore owns them, its SQL split by concern over roadmapWrites.ts,
 * roadmapReads.ts, roadmapVotes.ts and roadmapReviews.ts, with the derived data of
 * roadmapDerived.ts.
 */
export const ITEMS = 'platform_product_roadmap_items';
export const TOOLS = 'platform_product_roadmap_item_tools';
export const TEAMS = 'platform_product_roadmap_item_teams';
export const VOTES = 'platform_product_roadmap_votes';
export const VOTE_TEAMS = 'platform_product_roadmap_vote_teams';
export const HISTORY = 'platform_product_roadmap_history';
export const CRITERIA = 'platform_product_roadmap_criteria';
export const LANE_COUNTS = 'platform_product_roadmap_lane_counts';
export const QUARTER_COUNTS = 'platform_product_roadmap_quarter_counts';
export const OUTCOMES = 'platform_product_roadmap_outcomes';
