import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Button, Typography } from '@material-ui/core';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';

const states = ['sent', 'pending', 'failed'] as const;

/** For maintainers, after publishing: how many notifications were sent, wait, or failed. */
export function DeliveryReportCard(props: { entryId: number }) {
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { value, error, loading, retry } = useAsyncRetry(
    () => api.getChangelogDeliveries(props.entryId),
    [api, props.entryId],
  );
  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    return (
      <>
        <Box display="flex" style={{ gap: 24 }} component="dl" m={0}>
          {states.map(state => (
            <Box key={state}>
              <Typography component="dt" variant="body2" color="textSecondary">
                {t(`changelog.deliveries.${state}`)}
              </Typography>
              <Typography component="dd" variant="h6" style={{ margin: 0 }}>
                {value[state]}
              </Typography>
            </Box>
          ))}
        </Box>
        {value.failed > 0 && (
          <Typography variant="body2" color="textSecondary">
            {t('changelog.deliveries.failedHelp')}
          </Typography>
        )}
      </>
    );
  };
  return (
    <InfoCard
      title={t('changelog.deliveries.title')}
      headerProps={headingTitle(3)}
      action={
        <Button size="small" onClick={retry} disabled={loading}>
          {t('changelog.deliveries.refresh')}
        </Button>
      }
    >
      {content()}
    </InfoCard>
  );
}
