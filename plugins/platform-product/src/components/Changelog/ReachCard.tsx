import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import {
  ReachFigure,
  TeamReach,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef, Translate } from '../../translation';
import { headingTitle } from '../shared/headings';

/** A figure as the messages' strings. */
const asText = (figure: ReachFigure) => ({
  readers: String(figure.readers),
  audience: String(figure.audience),
});

function teamLine(team: TeamReach, minGroupSize: number, t: Translate) {
  if (team.reach) {
    return t('changelog.reach.team', {
      title: team.title,
      ...asText(team.reach),
    });
  }
  return team.hidden === 'small'
    ? t('changelog.reach.small', {
        title: team.title,
        minGroupSize: String(minGroupSize),
      })
    : t('changelog.reach.complement', { title: team.title });
}

/** Read receipts of a published entry, per team and overall, for writers: counts, never names. */
export function ReachCard(props: { entryId: number; published: boolean }) {
  const { entryId, published } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { value, error } = useAsync(
    async () => (published ? api.getChangelogReach(entryId) : undefined),
    [api, entryId, published],
  );

  const content = () => {
    if (!published) {
      return <Typography>{t('changelog.reach.notPublished')}</Typography>;
    }
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    const { overall, teams, minGroupSize } = value;
    if (!overall) {
      return (
        <Typography>
          {t('changelog.reach.tooSmall', {
            minGroupSize: String(minGroupSize),
          })}
        </Typography>
      );
    }
    return (
      <>
        <Typography variant="subtitle2">
          {t('changelog.reach.overall', asText(overall))}
        </Typography>
        <List dense>
          {teams.map(team => (
            <ListItem key={team.teamRef}>
              <ListItemText primary={teamLine(team, minGroupSize, t)} />
            </ListItem>
          ))}
        </List>
      </>
    );
  };

  return (
    <InfoCard
      title={t('changelog.reach.title')}
      subheader={t('changelog.reach.subheader')}
      headerProps={headingTitle(3)}
    >
      {content()}
    </InfoCard>
  );
}
