import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import TrackChangesIcon from '@material-ui/icons/TrackChanges';
import { PlatformProductClient, platformProductApiRef } from '../api';
import { rootRouteRef } from '../routes';

const api = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: platformProductApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new PlatformProductClient(deps),
    }),
});

const page = PageBlueprint.make({
  params: {
    path: '/platform-product',
    title: 'Platform',
    icon: <TrackChangesIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('../components/PlatformProductPage').then(m =>
        compatWrapper(<m.PlatformProductPage />),
      ),
  },
});

const entitySurveyPromptCard = EntityCardBlueprint.make({
  name: 'survey-prompt',
  params: {
    loader: () =>
      import('../components/Surveys').then(m =>
        compatWrapper(<m.EntitySurveyPromptCard />),
      ),
  },
});

const entityRoadmapCard = EntityCardBlueprint.make({
  name: 'roadmap',
  params: {
    loader: () =>
      import('../components/Roadmap').then(m =>
        compatWrapper(<m.EntityRoadmapCard />),
      ),
  },
});

const entityChangelogCard = EntityCardBlueprint.make({
  name: 'changelog',
  params: {
    loader: () =>
      import('../components/Changelog').then(m =>
        compatWrapper(<m.EntityChangelogCard />),
      ),
  },
});

const entityChampionProfileCard = EntityCardBlueprint.make({
  name: 'champion-profile',
  params: {
    filter: { kind: 'user' },
    loader: () =>
      import('../components/Champions').then(m =>
        compatWrapper(<m.EntityChampionProfileCard />),
      ),
  },
});

const entityTeamChampionsCard = EntityCardBlueprint.make({
  name: 'team-champions',
  params: {
    filter: { kind: 'group' },
    loader: () =>
      import('../components/Champions').then(m =>
        compatWrapper(<m.EntityTeamChampionsCard />),
      ),
  },
});

/**
 * Platform Product for Backstage's new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'platform-product',
  extensions: [
    api,
    page,
    entitySurveyPromptCard,
    entityRoadmapCard,
    entityChangelogCard,
    entityChampionProfileCard,
    entityTeamChampionsCard,
  ],
  routes: { root: convertLegacyRouteRef(rootRouteRef) },
});
