import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Grid, Typography } from '@material-ui/core';
import { ProgramHealth } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { formatDay } from '../shared/format';
import { DocsButton } from '../shared/DocsButton';
import { CountsCard } from './CountsCard';
import { formatCoverage, formatHours } from './format';
import { SectionCard } from './SectionCard';

function Figure(props: { label: string; value: string; detail?: string }) {
  return (
    <Grid item xs={12} sm={4}>
      <Typography variant="overline" component="dt" color="textSecondary">
        {props.label}
      </Typography>
      <Typography variant="h5" component="dd" style={{ margin: 0 }}>
        {props.value}
      </Typography>
      {props.detail && (
        <Typography
          variant="body2"
          component="dd"
          color="textSecondary"
          style={{ margin: 0 }}
        >
          {props.detail}
        </Typography>
      )}
    </Grid>
  );
}

function HealthFigures(props: { health: ProgramHealth }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { coverage, feedbackResponse: response } = props.health;
  const medianDetail = (count: number, none: string) =>
    count ? t('insights.health.medianOver', { count }) : none;
  return (
    <Grid container spacing={2} component="dl" style={{ margin: 0 }}>
      <Figure
        label={t('insights.health.coverage')}
        value={formatCoverage(t, coverage)}
        detail={
          coverage.eligibleTeams
            ? t('insights.health.coverageDetail')
            : t('insights.health.noTeams')
        }
      />
      <Figure
        label={t('insights.health.firstResponse')}
        value={formatHours(t, response.medianHoursToFirstResponse)}
        detail={medianDetail(
          response.responded,
          t('insights.health.noResponse'),
        )}
      />
      <Figure
        label={t('insights.health.finalStatus')}
        value={formatHours(t, response.medianHoursToFinalStatus)}
        detail={medianDetail(
          response.finalized,
          t('insights.health.noFinalStatus'),
        )}
      />
    </Grid>
  );
}

/** Why a counts card is empty, and where the docs say what fills it. */
function EmptyCounts(props: {
  title: string;
  description: string;
  anchor: string;
}) {
  return (
    <EmptyState
      missing="content"
      title={props.title}
      description={props.description}
      action={<DocsButton page="insights" anchor={props.anchor} />}
    />
  );
}

/**
 * Program health: champion coverage, how fast feedback is answered and closed, roadmap items
 * shipped and killed per quarter, changelog entries and helpful marks per week.
 */
export function ProgramHealthSection() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const { value, error } = useAsync(() => api.getProgramHealth(), [api]);

  const card = (content: JSX.Element) => (
    <SectionCard
      title={t('insights.health.title')}
      subheader={t('insights.health.subheader')}
    >
      {content}
    </SectionCard>
  );
  if (!value) {
    return (
      <Grid item xs={12} md={6}>
        {card(error ? <ResponseErrorPanel error={error} /> : <Progress />)}
      </Grid>
    );
  }
  return (
    <>
      <Grid item xs={12} md={6}>
        {card(<HealthFigures health={value} />)}
      </Grid>
      <Grid item xs={12} md={6}>
        <CountsCard
          title={t('insights.health.roadmap.title')}
          subheader={t('insights.health.roadmap.subheader')}
          periodTitle={t('insights.health.roadmap.period')}
          series={[
            { key: 'shipped', title: t('insights.health.roadmap.shipped') },
            { key: 'killed', title: t('insights.health.roadmap.killed') },
          ]}
          describeCounts={({ shipped, killed }) =>
            t('insights.health.roadmap.summary', {
              shipped: String(shipped),
              killed: String(killed),
            })
          }
          csvHeader={['Quarter', 'Shipped', 'Killed']}
          rows={value.roadmapByQuarter.map(({ quarter, shipped, killed }) => ({
            period: quarter,
            counts: { shipped, killed },
          }))}
          table="platform-roadmap-outcomes"
          empty={
            <EmptyCounts
              title={t('insights.health.roadmap.empty.title')}
              description={t('insights.health.roadmap.empty.description')}
              anchor="no-roadmap-outcomes"
            />
          }
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <CountsCard
          title={t('insights.health.changelog.title')}
          subheader={t('insights.health.changelog.subheader')}
          periodTitle={t('insights.health.changelog.period')}
          formatPeriod={formatDay}
          series={[
            { key: 'entries', title: t('insights.health.changelog.entries') },
            { key: 'helpful', title: t('insights.health.changelog.helpful') },
          ]}
          describeCounts={({ entries, helpful }) =>
            t('insights.health.changelog.summary', {
              entries: String(entries),
              helpful: String(helpful),
            })
          }
          csvHeader={['Week of', 'Entries', 'Helpful']}
          rows={value.changelogByWeek.map(({ week, entries, helpful }) => ({
            period: week,
            counts: { entries, helpful },
          }))}
          table="platform-changelog-weeks"
          empty={
            <EmptyCounts
              title={t('insights.health.changelog.empty.title')}
              description={t('insights.health.changelog.empty.description')}
              anchor="no-changelog-entries"
            />
          }
        />
      </Grid>
    </>
  );
}
