import { useState } from 'react';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { Button, Grid } from '@material-ui/core';
import {
  championActivityTypes,
  championsActivityPermission,
} from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { DocsButton } from '../shared/DocsButton';
import { CountBars } from './CountBars';
import { LogActivityDialog } from './LogActivityDialog';

/**
 * What champions did in the last 90 days, per type and per champion. Active champions log
 * their own activities here.
 */
export function ActivityCard(props: { isActiveChampion: boolean }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const { allowed } = usePermission({
    permission: championsActivityPermission,
  });
  const [logging, setLogging] = useState(false);
  const { value, error, retry } = useAsyncRetry(
    () => api.getChampionActivitySummary(),
    [api],
  );

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    if (!value.byChampion.length) {
      return (
        <EmptyState
          missing="data"
          title={t('champions.activity.empty.title')}
          description={t('champions.activity.empty.description')}
          action={<DocsButton page="champions" anchor="activity-log" />}
        />
      );
    }
    const byType = new Map(value.byType.map(row => [row.type, row.count]));
    return (
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <CountBars
            title={t('champions.activity.byType')}
            rows={championActivityTypes.map(type => ({
              key: type,
              label: t(`champions.activity.types.${type}`),
              count: byType.get(type) ?? 0,
            }))}
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <CountBars
            title={t('champions.activity.byChampion')}
            rows={value.byChampion.map(({ userRef, count }) => ({
              key: userRef,
              label: <EntityRefLink entityRef={userRef} />,
              count,
            }))}
          />
        </Grid>
      </Grid>
    );
  };

  return (
    <InfoCard
      title={t('champions.activity.title')}
      subheader={t('champions.activity.subheader')}
      headerProps={headingTitle(3)}
      action={
        props.isActiveChampion &&
        allowed && (
          <Button
            variant="outlined"
            color="primary"
            onClick={() => setLogging(true)}
          >
            {t('champions.activity.log')}
          </Button>
        )
      }
    >
      {content()}
      {logging && (
        <LogActivityDialog
          onClose={() => setLogging(false)}
          onLogged={() => {
            setLogging(false);
            retry();
          }}
        />
      )}
    </InfoCard>
  );
}
