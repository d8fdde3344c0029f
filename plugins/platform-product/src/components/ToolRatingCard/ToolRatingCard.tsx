import { useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useNavigate } from 'react-router-dom';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Divider, Grid, Typography } from '@material-ui/core';
import Rating from '@material-ui/lab/Rating';
import {
  feedbackCreatePermission,
  RatingSummary,
} from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { SendFeedbackButton, useFeedbackLinks } from '../Feedback';
import { PlatformToolOnly } from '../shared/PlatformToolOnly';
import { MyRatingForm } from './MyRatingForm';
import { RatingDistribution } from './RatingDistribution';

/**
 * The average, the number of ratings and how they split; or, while fewer than the minimum
 * group size rated the tool (the server then sends none of them), why nothing shows yet.
 */
function RatingFigures(props: { summary: RatingSummary }) {
  const { count, average, distribution, minGroupSize } = props.summary;
  if (count === null || distribution === null) {
    return (
      <Box textAlign="center" py={1}>
        <Typography variant="h6" component="p">
          Fewer than {minGroupSize} ratings so far
        </Typography>
        <Typography variant="body2" color="textSecondary">
          The average and how the ratings split show from {minGroupSize} ratings
          on, so that no one’s rating can be told apart.
        </Typography>
      </Box>
    );
  }
  return (
    <Grid container spacing={2} alignItems="center">
      <Grid item xs={12} sm={5}>
        <Box textAlign="center">
          <Typography variant="h3" component="p" aria-label="Average rating">
            {average === null ? '–' : average.toFixed(1)}
          </Typography>
          <Rating value={average ?? 0} precision={0.1} readOnly />
          <Typography variant="body2" color="textSecondary">
            {count === 1 ? '1 rating' : `${count} ratings`}
          </Typography>
        </Box>
      </Grid>
      <Grid item xs={12} sm={7}>
        <RatingDistribution count={count} distribution={distribution} />
      </Grid>
    </Grid>
  );
}

/**
 * A tool's rating on its entity page: average, distribution, count, and the reader's own rating.
 * Renders nothing, and asks the backend nothing, on entities that are not platform tools.
 */
export function ToolRatingCard(props: { title?: string }) {
  return (
    <PlatformToolOnly>
      <ToolRating title={props.title ?? 'Rating'} />
    </PlatformToolOnly>
  );
}

function ToolRating(props: { title: string }) {
  const { entity } = useEntity();
  const toolRef = stringifyEntityRef(entity);
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const navigate = useNavigate();
  const links = useFeedbackLinks();
  const { allowed: canRate } = usePermission({
    permission: feedbackCreatePermission,
  });
  const [updated, setUpdated] = useState<RatingSummary>();
  const [busy, setBusy] = useState(false);
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    setUpdated(undefined);
    return api.getRatingSummary(toolRef);
  }, [api, toolRef]);

  if (loading) {
    return (
      <InfoCard title={props.title}>
        <Progress />
      </InfoCard>
    );
  }
  if ((error as { response?: { status?: number } })?.response?.status === 404) {
    return null;
  }
  if (error || !value) {
    return (
      <InfoCard title={props.title}>
        <ResponseErrorPanel error={error ?? new Error('No rating summary')} />
      </InfoCard>
    );
  }
  const summary = updated ?? value;

  const act = async (
    action: () => Promise<RatingSummary | void>,
    message: string,
  ) => {
    setBusy(true);
    try {
      const result = await action();
      if (result) setUpdated(result);
      else retry();
      alertApi.post({ message, severity: 'success', display: 'transient' });
    } catch (e) {
      alertApi.post({
        message: `Could not save: ${(e as Error).message}`,
        severity: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <InfoCard
      title={props.title}
      subheader="How developers rate this tool, one rating per person"
      deepLink={{
        title: 'See feedback about this tool',
        link: links.inbox({ toolRef }),
      }}
    >
      <RatingFigures summary={summary} />
      {canRate && (
        <>
          <Box my={2}>
            <Divider />
          </Box>
          <MyRatingForm
            key={summary.mine?.updatedAt ?? 'none'}
            mine={summary.mine}
            busy={busy}
            onSave={input =>
              act(
                () => api.rate({ toolRef, ...input }),
                'Thanks for your rating',
              )
            }
            onWithdraw={() =>
              act(() => api.withdrawRating(toolRef), 'Rating withdrawn')
            }
          />
          <Box my={2}>
            <Divider />
          </Box>
          <Box
            display="flex"
            flexWrap="wrap"
            alignItems="center"
            justifyContent="space-between"
            style={{ gap: 8 }}
          >
            <Typography variant="body2" color="textSecondary">
              More to say, or an idea for this tool?
            </Typography>
            <SendFeedbackButton
              toolRef={toolRef}
              variant="outlined"
              onSent={() => navigate(links.inbox({ toolRef, sort: 'newest' }))}
            />
          </Box>
        </>
      )}
    </InfoCard>
  );
}
