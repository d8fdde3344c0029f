/**
 * Platform Product: roadmap, changelog, feedback, champions and insights for your internal
 * developer platform, in Backstage.
 *
 * This entry point is for apps on the legacy frontend system; apps on the new frontend system
 * install the plugin from `backstage-plugin-platform-product/alpha` (or by discovery).
 *
 * @packageDocumentation
 */
export {
  platformProductPlugin,
  PlatformProductPage,
  EntityToolRatingCard,
  SurveyPromptCard,
  EntitySurveyPromptCard,
  EntityRoadmapCard,
  EntityChangelogCard,
  EntityChampionProfileCard,
  EntityTeamChampionsCard,
  EntityPlatformProductCards,
  WhatsNewCard,
  ScorecardCard,
} from './plugin';
export type { SurveyPromptCardProps } from './components/Surveys';
export { PlatformProductSidebarItem } from './components/PlatformProductSidebarItem';
export { platformProductApiRef, PlatformProductClient } from './api';
export type { KeysetPageRequest, PageRequest, PlatformProductApi } from './api';
export {
  isPlatformTool,
  createPlatformToolPredicate,
  readPlatformToolFilter,
} from './isPlatformTool';
export type { PlatformToolFilter } from './isPlatformTool';
export { ChangelogSearchResultListItem } from './components/Changelog';
export type { ChangelogSearchResultListItemProps } from './components/Changelog';
