import { useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { Button, Grid } from '@material-ui/core';
import {
  championActivityTypes,
  championsActivityPermission,
} from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { headingTitle } from '../Feedback/headings';
import { CountBars } from './CountBars';
import { activityLabels } from './format';
import { LogActivityDialog } from './LogActivityDialog';

/**
 * What champions did in the last 90 days, per type and per champion. Active champions log
 * their own activities here.
 */
export function ActivityCard(props: { isActiveChampion: boolean }) {
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
    const byType = new Map(value.byType.map(t => [t.type, t.count]));
    return (
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <CountBars
            title="By type"
            rows={championActivityTypes.map(type => ({
              key: type,
              label: activityLabels[type],
              count: byType.get(type) ?? 0,
            }))}
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <CountBars
            title="By champion"
            rows={value.byChampion.map(({ userRef, count }) => ({
              key: userRef,
              label: <EntityRefLink entityRef={userRef} />,
              count,
            }))}
            empty="No activities logged in the last 90 days."
          />
        </Grid>
      </Grid>
    );
  };

  return (
    <InfoCard
      title="Activity"
      subheader="What champions did in the last 90 days"
      headerProps={headingTitle(3)}
      action={
        props.isActiveChampion &&
        allowed && (
          <Button
            variant="outlined"
            color="primary"
            onClick={() => setLogging(true)}
          >
            Log activity
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
