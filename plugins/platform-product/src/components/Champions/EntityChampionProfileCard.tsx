import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
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
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { useViewer } from '../../hooks/useViewer';
import { platformProductTranslationRef } from '../../translation';
import { formatDate } from '../shared/format';
import { FocusAreaChips } from './FocusAreaChips';
import { GiveKudosButton } from './GiveKudosButton';
import { KudosList } from './KudosList';
import { useChampionsLink } from '../shared/links';

/** "Since Jan 15, 2026", or "Alumni · Mar 1, 2025 – Dec 1, 2025". */
function Period(props: { champion: Champion }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { status, since, endedAt } = props.champion;
  if (status === 'active') {
    return <>{t('champions.since', { date: formatDate(since) })}</>;
  }
  return (
    <>
      {endedAt
        ? t('champions.profile.alumniEnded', {
            since: formatDate(since),
            until: formatDate(endedAt),
          })
        : t('champions.profile.alumni', { since: formatDate(since) })}
    </>
  );
}

/**
 * A person's page: the teams they champion (or did), their focus areas, kudos and activities,
 * and "Give kudos" while they are an active champion. Renders nothing for people who never
 * were a champion.
 */
export function EntityChampionProfileCard() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { entity } = useEntity();
  const userRef = stringifyEntityRef(entity);
  const api = useApi(platformProductApiRef);
  const championsLink = useChampionsLink();
  const { value, error, retry } = useAsyncRetry(
    () => api.getChampionProfile(userRef),
    [api, userRef],
  );
  const viewer = useViewer();

  if (error) {
    return (
      <InfoCard title={t('champions.profile.title')}>
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
      title={t('champions.profile.title')}
      subheader={t('champions.profile.summary', {
        kudos: String(value.kudosCount),
        count: value.activityCount,
      })}
      deepLink={{ title: t('champions.seeAll'), link: championsLink }}
      action={
        canThank ? (
          <GiveKudosButton championRef={userRef} onSent={retry} />
        ) : undefined
      }
    >
      <List
        dense
        disablePadding
        aria-label={t('champions.profile.championships')}
      >
        {value.championships.map(champion => (
          <ListItem key={champion.id} disableGutters alignItems="flex-start">
            <ListItemText
              primary={<EntityRefLink entityRef={champion.teamRef} />}
              secondaryTypographyProps={{ component: 'div' }}
              secondary={
                <>
                  <Period champion={champion} />
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
            {t('champions.kudos.recent')}
          </Typography>
          <KudosList
            kudos={value.recentKudos}
            label={t('champions.kudos.recent')}
            hideChampion
          />
        </Box>
      )}
    </InfoCard>
  );
}
