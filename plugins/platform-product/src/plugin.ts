import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { PlatformProductClient, platformProductApiRef } from './api';
import { platformProductRoutes, rootRouteRef } from './routes';

/** @public */
export const platformProductPlugin = createPlugin({
  id: 'platform-product',
  apis: [
    createApiFactory({
      api: platformProductApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new PlatformProductClient(deps),
    }),
  ],
  routes: platformProductRoutes,
});

/**
 * The suite's page: Roadmap, Changelog, Feedback, Champions and Insights tabs.
 *
 * @public
 */
export const PlatformProductPage = platformProductPlugin.provide(
  createRoutableExtension({
    name: 'PlatformProductPage',
    component: () =>
      import('./components/PlatformProductPage').then(
        m => m.PlatformProductPage,
      ),
    mountPoint: rootRouteRef,
  }),
);

/**
 * Entity card: a tool's average rating, distribution and the reader's own rating. Renders
 * nothing on entities that are not platform tools.
 *
 * @public
 */
export const EntityToolRatingCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntityToolRatingCard',
    component: {
      lazy: () =>
        import('./components/ToolRatingCard').then(m => m.ToolRatingCard),
    },
  }),
);

/**
 * Home page card: the open NPS surveys the reader is asked to answer, answered inline.
 * Renders nothing when there is nothing to answer. Pass `toolRef` to show only surveys about
 * one tool.
 *
 * @public
 */
export const SurveyPromptCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'SurveyPromptCard',
    component: {
      lazy: () => import('./components/Surveys').then(m => m.SurveyPromptCard),
    },
  }),
);

/**
 * Entity card: the open NPS surveys about this entity that the reader is asked to answer.
 * Renders nothing when there is nothing to answer.
 *
 * @public
 */
export const EntitySurveyPromptCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntitySurveyPromptCard',
    component: {
      lazy: () =>
        import('./components/Surveys').then(m => m.EntitySurveyPromptCard),
    },
  }),
);

/**
 * Entity card: the active roadmap items that concern a tool, highest RICE score first, each
 * linking to its page in the Roadmap tab.
 *
 * @public
 */
export const EntityRoadmapCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntityRoadmapCard',
    component: {
      lazy: () => import('./components/Roadmap').then(m => m.EntityRoadmapCard),
    },
  }),
);

/**
 * Entity card: a tool's latest changelog entries, marked "Unread" for the reader, each linking to
 * its permalink, and a link to all changes to the tool.
 *
 * @public
 */
export const EntityChangelogCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntityChangelogCard',
    component: {
      lazy: () =>
        import('./components/Changelog').then(m => m.EntityChangelogCard),
    },
  }),
);

/**
 * Entity card for people: the teams they champion (or did), their focus areas, kudos and
 * logged activities, with "Give kudos" while they are an active champion. Renders nothing for
 * people who never were a platform champion.
 *
 * @public
 */
export const EntityChampionProfileCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntityChampionProfileCard',
    component: {
      lazy: () =>
        import('./components/Champions').then(m => m.EntityChampionProfileCard),
    },
  }),
);

/**
 * Entity card for teams: the team's active platform champions, or a call to nominate one.
 *
 * @public
 */
export const EntityTeamChampionsCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntityTeamChampionsCard',
    component: {
      lazy: () =>
        import('./components/Champions').then(m => m.EntityTeamChampionsCard),
    },
  }),
);

/**
 * Every Platform Product card that belongs on the current entity, each in its own
 * `<Grid item xs={12} md={6}>`: rating, roadmap, changelog and survey cards on platform tools,
 * the team champions card on groups, the champion profile on users; nothing, and no request,
 * on other entities. Place it once in each overview grid of the entity pages.
 *
 * @public
 */
export const EntityPlatformProductCards = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntityPlatformProductCards',
    component: {
      lazy: () =>
        import('./components/EntityPlatformProductCards').then(
          m => m.EntityPlatformProductCards,
        ),
    },
  }),
);

/**
 * Home page card: the latest changelog entries of the platform team, marked "Unread" for the
 * reader.
 *
 * @public
 */
export const WhatsNewCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'WhatsNewCard',
    component: {
      lazy: () =>
        import('./components/Changelog/WhatsNewCard').then(m => m.WhatsNewCard),
    },
  }),
);

/**
 * Home page card: the platform KPIs against their targets (for readers with
 * `platform-product.insights.read`).
 *
 * @public
 */
export const ScorecardCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'ScorecardCard',
    component: {
      lazy: () =>
        import('./components/Insights/ScorecardSection').then(
          m => m.ScorecardCard,
        ),
    },
  }),
);
