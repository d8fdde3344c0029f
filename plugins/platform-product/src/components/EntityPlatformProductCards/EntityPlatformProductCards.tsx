import { useApiHolder } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { isPlatformTool } from '../../isPlatformTool';
import { EntityChangelogCard } from '../Changelog';
import {
  EntityChampionProfileCard,
  EntityTeamChampionsCard,
} from '../Champions';
import { EntityRoadmapCard } from '../Roadmap';
import { EntitySurveyPromptCard } from '../Surveys';
import { ToolRatingCard } from '../ToolRatingCard';

/** The cards that belong on an entity's overview: tool cards, or a person's or team's card. */
function cardsOf(kind: string, isTool: boolean): JSX.Element[] {
  if (isTool) {
    return [
      <ToolRatingCard key="rating" />,
      <EntityRoadmapCard key="roadmap" />,
      <EntityChangelogCard key="changelog" />,
      // Last, so that the cell it leaves when there is no survey to answer is at the end.
      <EntitySurveyPromptCard key="survey" />,
    ];
  }
  if (kind === 'group') return [<EntityTeamChampionsCard key="team" />];
  if (kind === 'user') return [<EntityChampionProfileCard key="profile" />];
  return [];
}

/**
 * Every Platform Product card that belongs on the current entity, each in its own grid item:
 * the rating, roadmap, changelog and survey cards on platform tools, the team champions card
 * on groups, the champion profile on users; nothing (and no request) elsewhere. Place it once
 * in each overview grid of the entity pages.
 */
export function EntityPlatformProductCards() {
  const { entity } = useEntity();
  const apis = useApiHolder();
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return (
    <>
      {cardsOf(kind, isPlatformTool(entity, { apis })).map(card => (
        <Grid item xs={12} md={6} key={card.key}>
          {card}
        </Grid>
      ))}
    </>
  );
}
