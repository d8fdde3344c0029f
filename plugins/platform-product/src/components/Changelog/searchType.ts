/** The search type of changelog entries, as indexed by the backend's collator. */
export const CHANGELOG_SEARCH_TYPE = 'platform-product-changelog';
