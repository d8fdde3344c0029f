export { ChangelogTab } from './ChangelogTab';
export { EntityChangelogCard } from './EntityChangelogCard';
export { ChangelogSearchResultListItem } from './ChangelogSearchResultListItem';
export type { ChangelogSearchResultListItemProps } from './ChangelogSearchResultListItem';
export { WhatsNew } from './WhatsNew';
