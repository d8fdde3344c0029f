import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  Box,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { Champion } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { formatDate } from '../Surveys/format';
import { FocusAreaChips } from './FocusAreaChips';
import { GiveKudosButton } from './GiveKudosButton';
import { KudosList } from './KudosList';
import { useChampionsLink } from './useChampionsLink';

const plural = (count: number, one: string, many: string) =>
  `${count} ${count === 1 ? one : many}`;

function period(champion: Champion) {
  if (champion.status === 'active') {
    return `Since ${formatDate(champion.since)}`;
  }
  const until = champion.endedAt ? ` – ${formatDate(champion.endedAt)}` : '';
  return `Alumni · ${formatDate(champion.since)}${until}`;
}

/**
 * A person's page: the teams they champion (or did), their focus areas, kudos and activities,
 * and "Give kudos" while they are an active champion. Renders nothing for people who never
 * were a champion.
 */
export function EntityChampionProfileCard() {
  const { entity } = useEntity();
  const userRef = stringifyEntityRef(entity);
  const api = useApi(platformProductApiRef);
  const championsLink = useChampionsLink();
  const { value, error, retry } = useAsyncRetry(
    () => api.getChampionProfile(userRef),
    [api, userRef],
  );
  const viewer = useAsync(() => api.getViewer(), [api]);

  if (error) {
    return (
      <InfoCard title="Platform champion">
        <ResponseErrorPanel error={error} />
      </InfoCard>
    );
  }
  if (!value?.championships.length) {
    return null;
  }
  const active = value.championships.some(c => c.status === 'active');
  const canThank = active && viewer.value && viewer.value.userRef !== userRef;
  return (
    <InfoCard
      title="Platform champion"
      subheader={`${value.kudosCount} kudos · ${plural(
        value.activityCount,
        'activity',
        'activities',
      )} logged`}
      deepLink={{ title: 'See all champions', link: championsLink }}
      action={
        canThank ? (
          <GiveKudosButton championRef={userRef} onSent={retry} />
        ) : undefined
      }
    >
      <List dense disablePadding aria-label="Championships">
        {value.championships.map(champion => (
          <ListItem key={champion.id} disableGutters alignItems="flex-start">
            <ListItemText
              primary={<EntityRefLink entityRef={champion.teamRef} />}
              secondaryTypographyProps={{ component: 'div' }}
              secondary={
                <>
                  {period(champion)}
                  <FocusAreaChips areas={champion.focusAreas} />
                </>
              }
            />
          </ListItem>
        ))}
      </List>
      {value.recentKudos.length > 0 && (
        <Box mt={2}>
          <Typography variant="subtitle2" component="h3">
            Recent kudos
          </Typography>
          <KudosList
            kudos={value.recentKudos}
            label="Recent kudos"
            hideChampion
          />
        </Box>
      )}
    </InfoCard>
  );
}
