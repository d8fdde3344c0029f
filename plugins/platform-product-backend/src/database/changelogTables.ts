/**
 * The changelog's tables: ChangelogStore owns them, its SQL split by concern over
 * changelogWrites.ts, changelogReads.ts and changelogReach.ts.
 */
export const ENTRIES = 'platform_product_changelog_entries';
export const TOOLS = 'platform_product_changelog_tools';
export const ROADMAP = 'platform_product_changelog_roadmap';
export const REVISIONS = 'platform_product_changelog_revisions';
export const REACTIONS = 'platform_product_changelog_reactions';
export const SEEN = 'platform_product_changelog_seen';
