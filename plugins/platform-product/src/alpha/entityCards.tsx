import { Entity } from '@backstage/catalog-model';
import { ApiHolder, configApiRef } from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { z } from 'zod';
import {
  createPlatformToolPredicate,
  readPlatformToolFilter,
} from '../isPlatformTool';

/**
 * The platform tools, per `platformProduct.tools.filter` (the backend's filter): the tool cards
 * are laid out on these entities only. An adopter may narrow a card further with the card's
 * `filter` config; the cards themselves still render nothing on an entity that is not a tool.
 */
function platformToolFilter(apis: ApiHolder): (entity: Entity) => boolean {
  return createPlatformToolPredicate(
    readPlatformToolFilter(apis.get(configApiRef)),
  );
}

/**
 * A card of a tool's page, laid out on platform tools only, whose `title` an adopter may set
 * in config (besides the blueprint's `filter` and `type`).
 */
function toolCard<TName extends string>(
  name: TName,
  render: (title: string | undefined) => Promise<JSX.Element>,
) {
  return EntityCardBlueprint.makeWithOverrides({
    name,
    configSchema: { title: z.string().optional() },
    factory(originalFactory, { apis, config }) {
      return originalFactory({
        type: 'content',
        filter: platformToolFilter(apis),
        loader: () => render(config.title),
      });
    },
  });
}

/**
 * A tool's rating: average, distribution and the reader's own rating, on platform tools.
 * Config: `title`, plus the blueprint's `filter` and `type`.
 *
 * @alpha
 */
export const entityToolRatingCard = toolCard('tool-rating', title =>
  import('../components/ToolRatingCard').then(m => (
    <m.ToolRatingCard title={title} />
  )),
);

/**
 * The active roadmap items of a tool, highest RICE score first, on platform tools.
 *
 * @alpha
 */
export const entityRoadmapCard = toolCard('roadmap', title =>
  import('../components/Roadmap').then(m => (
    <m.EntityRoadmapCard title={title} />
  )),
);

/**
 * A tool's latest changelog entries, marked "Unread" for the reader, on platform tools.
 *
 * @alpha
 */
export const entityChangelogCard = toolCard('changelog', title =>
  import('../components/Changelog').then(m => (
    <m.EntityChangelogCard title={title} />
  )),
);

/**
 * The open surveys about a tool that the reader is asked to answer, on platform tools; nothing
 * when there is none.
 *
 * @alpha
 */
export const entitySurveyPromptCard = EntityCardBlueprint.makeWithOverrides({
  name: 'survey-prompt',
  factory(originalFactory, { apis }) {
    return originalFactory({
      type: 'info',
      filter: platformToolFilter(apis),
      loader: () =>
        import('../components/Surveys').then(m => <m.EntitySurveyPromptCard />),
    });
  },
});

/**
 * On a person's page: the teams they champion (or did), focus areas, kudos and activities.
 *
 * @alpha
 */
export const entityChampionProfileCard = EntityCardBlueprint.make({
  name: 'champion-profile',
  params: {
    type: 'content',
    filter: { kind: 'user' },
    loader: () =>
      import('../components/Champions').then(m => (
        <m.EntityChampionProfileCard />
      )),
  },
});

/**
 * On a group's page: the team's active platform champions, or a call to nominate one.
 *
 * @alpha
 */
export const entityTeamChampionsCard = EntityCardBlueprint.make({
  name: 'team-champions',
  params: {
    type: 'info',
    filter: { kind: 'group' },
    loader: () =>
      import('../components/Champions').then(m => (
        <m.EntityTeamChampionsCard />
      )),
  },
});
