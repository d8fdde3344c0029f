import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import TrackChangesIcon from '@material-ui/icons/TrackChanges';
import { platformProductRoutes } from '../routes';
import { platformProductApi } from './apis';
import {
  entityChampionProfileCard,
  entityChangelogCard,
  entityRoadmapCard,
  entitySurveyPromptCard,
  entityTeamChampionsCard,
  entityToolRatingCard,
} from './entityCards';
import {
  scorecardWidget,
  surveyPromptWidget,
  whatsNewWidget,
} from './homeWidgets';
import {
  championsSubPage,
  changelogSubPage,
  feedbackSubPage,
  insightsSubPage,
  platformProductPage,
  roadmapSubPage,
} from './pages';
import {
  changelogSearchResultListItem,
  changelogSearchResultType,
} from './search';

/**
 * Platform Product for Backstage's new frontend system: the page with its five tabs (and its
 * nav item), the entity cards, three home page widgets and the changelog's search results.
 *
 * @alpha
 */
export const platformProductPlugin = createFrontendPlugin({
  pluginId: 'platform-product',
  title: 'Platform Product',
  icon: <TrackChangesIcon />,
  info: { packageJson: () => import('../../package.json') },
  routes: platformProductRoutes,
  extensions: [
    platformProductApi,
    platformProductPage,
    // The tabs, in this order; the page opens on the first.
    roadmapSubPage,
    changelogSubPage,
    feedbackSubPage,
    championsSubPage,
    insightsSubPage,
    entityToolRatingCard,
    entityRoadmapCard,
    entityChangelogCard,
    entitySurveyPromptCard,
    entityChampionProfileCard,
    entityTeamChampionsCard,
    surveyPromptWidget,
    whatsNewWidget,
    scorecardWidget,
    changelogSearchResultListItem,
    changelogSearchResultType,
  ],
});
