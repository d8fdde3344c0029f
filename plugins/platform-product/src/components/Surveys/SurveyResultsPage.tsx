import {
  ContentHeader,
  Link,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { lazy, Suspense } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Grid, Typography } from '@material-ui/core';
import { surveyManagePermission } from 'backstage-plugin-platform-product-common';
import { useParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { ExportButtons } from './ExportButtons';
import { formatAudience } from './format';
import { formatDateTime } from '../shared/format';
import { NpsScoreCard } from './NpsScoreCard';
import { SurveyCommentsCard } from './SurveyCommentsCard';
import { SurveyStateChip } from './SurveyStateChip';
import { TeamResultsTable } from './TeamResultsTable';

/** The chart library loads when a chart is drawn, not with the Feedback tab. */
const NpsTrendChart = lazy(() =>
  import('./NpsTrendChart').then(m => ({ default: m.NpsTrendChart })),
);

function SurveyResultsContent(props: { surveyId: number }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const { value, loading, error } = useAsync(
    () => api.getSurveyResults(props.surveyId),
    [api, props.surveyId],
  );

  if (loading) return <Progress />;
  if (error || !value) {
    return (
      <ResponseErrorPanel
        error={error ?? new Error(t('surveys.results.notFound'))}
      />
    );
  }
  const { survey, overall, minGroupSize } = value;
  return (
    <>
      <Link to="../.." relative="path">
        {t('surveys.results.allSurveys')}
      </Link>
      <ContentHeader title={survey.title}>
        <ExportButtons surveyId={survey.id} withAnswers={overall !== null} />
      </ContentHeader>
      <Box mb={3}>
        <Typography variant="subtitle1" gutterBottom>
          {survey.question}
        </Typography>
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          style={{ gap: 8 }}
        >
          <SurveyStateChip state={survey.state} />
          <Typography variant="body2" color="textSecondary">
            {formatDateTime(survey.opensAt)} – {formatDateTime(survey.closesAt)}{' '}
            · {formatAudience(t, survey)} ·{' '}
            {t('surveys.results.about', {
              subject: survey.toolRef ? (
                <EntityRefLink entityRef={survey.toolRef} />
              ) : (
                t('surveys.results.aboutPlatform')
              ),
            })}
          </Typography>
        </Box>
      </Box>
      <Grid container spacing={3}>
        <Grid item xs={12} md={5}>
          <NpsScoreCard results={value} />
        </Grid>
        <Grid item xs={12} md={7}>
          <Suspense fallback={<Progress />}>
            <NpsTrendChart
              currentSurveyId={survey.id}
              toolRef={survey.toolRef}
              minGroupSize={minGroupSize}
            />
          </Suspense>
        </Grid>
        <Grid item xs={12}>
          <TeamResultsTable results={value} />
        </Grid>
        <Grid item xs={12}>
          <SurveyCommentsCard
            surveyId={survey.id}
            minGroupSize={minGroupSize}
            hidden={overall === null}
          />
        </Grid>
      </Grid>
    </>
  );
}

/** Results of one survey (route parameter `:id`), for the platform team. */
export function SurveyResultsPage() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { id } = useParams();
  const { loading, allowed } = usePermission({
    permission: surveyManagePermission,
  });

  if (loading) return <Progress />;
  if (!allowed) {
    return (
      <WarningPanel
        severity="info"
        defaultExpanded
        title={t('surveys.results.forbiddenTitle')}
        message={t('surveys.results.forbiddenMessage')}
      />
    );
  }
  return <SurveyResultsContent surveyId={Number(id)} />;
}
