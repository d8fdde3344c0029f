/**
 * Platform Product: roadmap, changelog, feedback, champions and insights for your internal
 * developer platform, in Backstage.
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
} from './plugin';
export type { SurveyPromptCardProps } from './components/Surveys';
export { PlatformProductSidebarItem } from './components/PlatformProductSidebarItem';
export { platformProductApiRef, PlatformProductClient } from './api';
export type { PageRequest, PlatformProductApi } from './api';
