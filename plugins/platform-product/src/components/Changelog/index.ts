export { ChangelogTab } from './ChangelogTab';
export { EntityChangelogCard } from './EntityChangelogCard';
