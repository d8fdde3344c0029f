/**
 * Platform Product for Backstage's new frontend system. The default export is the plugin: list
 * it in `createApp({ features })` or let `app.packages` discovery install it.
 *
 * @packageDocumentation
 */
import { platformProductPlugin } from './plugin';

export default platformProductPlugin;
export { platformProductApi } from './apis';
export {
  platformProductPage,
  roadmapSubPage,
  changelogSubPage,
  feedbackSubPage,
  championsSubPage,
  insightsSubPage,
} from './pages';
export {
  entityToolRatingCard,
  entityRoadmapCard,
  entityChangelogCard,
  entitySurveyPromptCard,
  entityChampionProfileCard,
  entityTeamChampionsCard,
} from './entityCards';
export {
  scorecardWidget,
  surveyPromptWidget,
  whatsNewWidget,
} from './homeWidgets';
export {
  changelogSearchResultListItem,
  changelogSearchResultType,
} from './search';
export {
  isPlatformTool,
  createPlatformToolPredicate,
  readPlatformToolFilter,
} from '../isPlatformTool';
export type { PlatformToolFilter } from '../isPlatformTool';
export { platformProductApiRef } from '../api';
export { platformProductTranslationRef } from '../translation';
export type { PlatformProductApi } from '../api';
