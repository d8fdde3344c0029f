import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Grid, Typography } from '@material-ui/core';
import { ProgramHealth } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { formatDay } from '../Roadmap/format';
import { CountsCard } from './CountsCard';
import { formatCoverage, formatHours, formatItems } from './format';
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

const medianDetail = (count: number, none: string) =>
  count ? `median over ${formatItems(count)}` : none;

function HealthFigures(props: { health: ProgramHealth }) {
  const { coverage, feedbackResponse: response } = props.health;
  return (
    <Grid container spacing={2} component="dl" style={{ margin: 0 }}>
      <Figure
        label="Champion coverage"
        value={formatCoverage(coverage)}
        detail="teams with an active champion"
      />
      <Figure
        label="Time to first maintainer response"
        value={formatHours(response.medianHoursToFirstResponse)}
        detail={medianDetail(response.responded, 'no feedback answered yet')}
      />
      <Figure
        label="Time to a final status"
        value={formatHours(response.medianHoursToFinalStatus)}
        detail={medianDetail(
          response.finalized,
          'no feedback shipped or declined yet',
        )}
      />
    </Grid>
  );
}

/**
 * Program health: champion coverage, how fast feedback is answered and closed, roadmap items
 * shipped and killed per quarter, changelog entries and helpful marks per week.
 */
export function ProgramHealthSection() {
  const api = useApi(platformProductApiRef);
  const { value, error } = useAsync(() => api.getProgramHealth(), [api]);

  const card = (content: JSX.Element) => (
    <SectionCard
      title="Program health"
      subheader="Champions, and how quickly feedback is answered and closed by the platform team"
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
          title="Roadmap outcomes per quarter"
          subheader="Items shipped and killed (killing is a decision too)"
          periodTitle="Quarter"
          series={[
            { key: 'shipped', title: 'Shipped' },
            { key: 'killed', title: 'Killed' },
          ]}
          rows={value.roadmapByQuarter.map(({ quarter, shipped, killed }) => ({
            period: quarter,
            counts: { shipped, killed },
          }))}
          fileName="platform-roadmap-outcomes.csv"
          emptyText="No roadmap item shipped or killed yet."
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <CountsCard
          title="Changelog per week"
          subheader="Entries published and marked helpful, last 12 weeks"
          periodTitle="Week of"
          formatPeriod={formatDay}
          series={[
            { key: 'entries', title: 'Entries' },
            { key: 'helpful', title: 'Helpful' },
          ]}
          rows={value.changelogByWeek.map(({ week, entries, helpful }) => ({
            period: week,
            counts: { entries, helpful },
          }))}
          fileName="platform-changelog-weeks.csv"
          emptyText="No changelog entry published in the last 12 weeks."
        />
      </Grid>
    </>
  );
}
