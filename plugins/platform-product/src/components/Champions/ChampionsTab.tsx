import { useReducer, useState } from 'react';
import { ContentHeader } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Button, Grid } from '@material-ui/core';
import { championsNominatePermission } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { ActivityCard } from './ActivityCard';
import { CoverageCard } from './CoverageCard';
import { CoverageHistoryChart } from './CoverageHistoryChart';
import { KudosCard } from './KudosCard';
import { NominateDialog } from './NominateDialog';
import { NominationsCard } from './NominationsCard';
import { RosterCard } from './RosterCard';

/**
 * The Champions tab: coverage of the teams, the roster, nominations, kudos and what champions
 * did. Nominating, deciding and stepping down reload the cards they change.
 */
export function ChampionsTab() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const { allowed: canNominate } = usePermission({
    permission: championsNominatePermission,
  });
  // Bumped by every change to champions or nominations.
  const [version, changed] = useReducer((n: number) => n + 1, 0);
  const [nominating, setNominating] = useState<{ teamRef?: string }>();
  const me = useAsync(() => api.getMyChampionStatus(), [api, version]);
  const isActiveChampion = !!me.value?.championships.some(
    c => c.status === 'active',
  );

  return (
    <>
      <ContentHeader
        title={t('champions.title')}
        description={t('champions.tab.description')}
      >
        {canNominate && (
          <Button
            variant="contained"
            color="primary"
            onClick={() => setNominating({})}
          >
            {t('champions.nominate.title')}
          </Button>
        )}
      </ContentHeader>
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <CoverageCard
            version={version}
            onNominate={
              canNominate ? teamRef => setNominating({ teamRef }) : undefined
            }
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <CoverageHistoryChart />
        </Grid>
        <Grid item xs={12}>
          <RosterCard
            version={version}
            viewerRef={me.value?.userRef}
            onChanged={changed}
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <NominationsCard version={version} onDecided={changed} />
        </Grid>
        <Grid item xs={12} md={6}>
          <KudosCard />
        </Grid>
        <Grid item xs={12}>
          <ActivityCard isActiveChampion={isActiveChampion} />
        </Grid>
      </Grid>
      {nominating && (
        <NominateDialog
          teamRef={nominating.teamRef}
          onClose={() => setNominating(undefined)}
          onNominated={() => {
            setNominating(undefined);
            changed();
          }}
        />
      )}
    </>
  );
}
