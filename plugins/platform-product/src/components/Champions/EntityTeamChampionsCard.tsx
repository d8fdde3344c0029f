import { useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Box,
  Button,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { championsNominatePermission } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { DocsButton } from '../shared/DocsButton';
import { formatDate } from '../shared/format';
import { FocusAreaChips } from './FocusAreaChips';
import { NominateDialog } from './NominateDialog';
import { useChampionsLink } from '../shared/links';

const PAGE_SIZE = 20;

/** A team's page: its active platform champions, or a call to nominate one. */
export function EntityTeamChampionsCard() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { entity } = useEntity();
  const teamRef = stringifyEntityRef(entity);
  const api = useApi(platformProductApiRef);
  const championsLink = useChampionsLink();
  const { allowed: canNominate } = usePermission({
    permission: championsNominatePermission,
  });
  const [nominating, setNominating] = useState(false);
  // A team has a handful of champions: one page shows them all, the rest are counted.
  const { value, error } = useAsync(
    () => api.getChampions({ teamRef, status: 'active', limit: PAGE_SIZE }),
    [api, teamRef],
  );

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    if (!value.totalCount) {
      return (
        <Box display="flex" flexDirection="column" alignItems="flex-start">
          <Typography gutterBottom>{t('champions.teamCard.none')}</Typography>
          <Typography variant="body2" color="textSecondary" paragraph>
            {t('champions.teamCard.noneHelp')}
          </Typography>
          <Box display="flex" style={{ gap: 8 }}>
            {canNominate && (
              <Button
                variant="contained"
                color="primary"
                onClick={() => setNominating(true)}
              >
                {t('champions.nominateSomeone')}
              </Button>
            )}
            <DocsButton page="champions" anchor="nominations" />
          </Box>
        </Box>
      );
    }
    const more = value.totalCount - value.items.length;
    return (
      <List dense disablePadding aria-label={t('champions.teamCard.list')}>
        {value.items.map(champion => (
          <ListItem key={champion.id} disableGutters alignItems="flex-start">
            <ListItemText
              primary={<EntityRefLink entityRef={champion.userRef} />}
              secondaryTypographyProps={{ component: 'div' }}
              secondary={
                <>
                  {t('champions.since', { date: formatDate(champion.since) })}
                  <FocusAreaChips areas={champion.focusAreas} />
                </>
              }
            />
          </ListItem>
        ))}
        {more > 0 && (
          <ListItem disableGutters>
            <ListItemText
              secondary={t('champions.teamCard.more', { more: String(more) })}
            />
          </ListItem>
        )}
      </List>
    );
  };

  return (
    <InfoCard
      title={t('champions.teamCard.title')}
      subheader={t('champions.teamCard.subheader')}
      deepLink={{ title: t('champions.seeAll'), link: championsLink }}
    >
      {content()}
      {nominating && (
        <NominateDialog
          teamRef={teamRef}
          onClose={() => setNominating(false)}
          onNominated={() => setNominating(false)}
        />
      )}
    </InfoCard>
  );
}
