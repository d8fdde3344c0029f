import { useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useNavigate } from 'react-router-dom';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Button, Divider, Grid, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import Rating from '@material-ui/lab/Rating';
import {
  feedbackCreatePermission,
  RatingSummary,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { SendFeedbackButton } from '../Feedback';
import { useFeedbackLinks } from '../shared/links';
import { DocsButton } from '../shared/DocsButton';
import { PlatformToolOnly } from '../shared/PlatformToolOnly';
import { MyRatingForm } from './MyRatingForm';
import { RatingDistribution } from './RatingDistribution';

/**
 * The average, the number of ratings and how they split; or, while fewer than the minimum
 * group size rated the tool (the server then sends none of them), why nothing shows yet.
 */
function RatingFigures(props: { summary: RatingSummary }) {
  const { count, average, distribution, minGroupSize, activeUsers } =
    props.summary;
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (count === null || distribution === null) {
    const size = { minGroupSize: String(minGroupSize) };
    return (
      <Box textAlign="center" py={1}>
        <Typography variant="h6" component="p">
          {t('feedback.ratingCard.fewer')}
        </Typography>
        <Typography variant="body2" color="textSecondary" gutterBottom>
          {t('feedback.ratingCard.fewerDescription', size)}
        </Typography>
        <DocsButton page="feedback" anchor="rating-a-tool" />
      </Box>
    );
  }
  return (
    <Grid container spacing={2} alignItems="center">
      <Grid item xs={12} sm={5}>
        <Box textAlign="center">
          <Typography
            variant="h3"
            component="p"
            aria-label={t('feedback.ratingCard.average')}
          >
            {average === null ? '–' : average.toFixed(1)}
          </Typography>
          <Rating
            value={average ?? 0}
            precision={0.1}
            getLabelText={stars =>
              t('feedback.ratingCard.starLabel', { count: stars })
            }
            readOnly
          />
          <Typography variant="body2" color="textSecondary">
            {t('feedback.ratingCard.ratings', { count })}
          </Typography>
        </Box>
      </Grid>
      <Grid item xs={12} sm={7}>
        <RatingDistribution count={count} distribution={distribution} />
      </Grid>
      {activeUsers && (
        <Grid item xs={12}>
          <Typography variant="body2" color="textSecondary" align="center">
            {t('feedback.ratingCard.activeUsers', {
              average: activeUsers.average.toFixed(1),
              count: activeUsers.count,
            })}
          </Typography>
        </Grid>
      )}
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
      <ToolRating title={props.title} />
    </PlatformToolOnly>
  );
}

function ToolRating(props: { title?: string }) {
  const { entity } = useEntity();
  const toolRef = stringifyEntityRef(entity);
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const navigate = useNavigate();
  const links = useFeedbackLinks();
  const { t } = useTranslationRef(platformProductTranslationRef);
  const title = props.title ?? t('feedback.ratingCard.title');
  const { allowed: canRate } = usePermission({
    permission: feedbackCreatePermission,
  });
  const [updated, setUpdated] = useState<RatingSummary>();
  const [busy, setBusy] = useState(false);
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    setUpdated(undefined);
    return api.getRatingSummary(toolRef);
  }, [api, toolRef]);
  const [declined, setDeclined] = useState(false);
  const { value: prompt } = useAsync(
    async () => (canRate ? api.getRatingPrompt(toolRef) : null),
    [api, canRate, toolRef],
  );

  if (loading) {
    return (
      <InfoCard title={title}>
        <Progress />
      </InfoCard>
    );
  }
  if ((error as { response?: { status?: number } })?.response?.status === 404) {
    return null;
  }
  if (error || !value) {
    return (
      <InfoCard title={title}>
        <ResponseErrorPanel
          error={error ?? new Error(t('feedback.ratingCard.noSummary'))}
        />
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
        message: t('feedback.ratingCard.saveError', {
          error: (e as Error).message,
        }),
        severity: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <InfoCard
      title={title}
      subheader={t('feedback.ratingCard.subheader')}
      deepLink={{
        title: t('feedback.ratingCard.seeFeedback'),
        link: links.inbox({ toolRef }),
      }}
    >
      <RatingFigures summary={summary} />
      {canRate && (
        <>
          <Box my={2}>
            <Divider />
          </Box>
          {prompt && !summary.mine && !declined && (
            <Box mb={2}>
              <Alert
                severity="info"
                action={
                  <Button
                    color="inherit"
                    size="small"
                    onClick={() => {
                      setDeclined(true);
                      api.dismissRatingPrompt(toolRef).catch(() => {});
                    }}
                  >
                    {t('feedback.ratingCard.notNow')}
                  </Button>
                }
              >
                {t('feedback.ratingCard.invite', {
                  title: prompt.title,
                  count: prompt.uses,
                })}
              </Alert>
            </Box>
          )}
          <MyRatingForm
            key={summary.mine?.updatedAt ?? 'none'}
            mine={summary.mine}
            busy={busy}
            onSave={input =>
              act(
                () => api.rate({ toolRef, ...input }),
                t('feedback.ratingCard.thanks'),
              )
            }
            onWithdraw={() =>
              act(
                () => api.withdrawRating(toolRef),
                t('feedback.ratingCard.withdrawn'),
              )
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
              {t('feedback.ratingCard.moreToSay')}
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
