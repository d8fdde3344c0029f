import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Grid, makeStyles, Typography } from '@material-ui/core';
import CheckCircle from '@material-ui/icons/CheckCircle';
import HelpOutline from '@material-ui/icons/HelpOutline';
import Warning from '@material-ui/icons/Warning';
import {
  insightsReadPermission,
  ScorecardKpi,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { KpiSparkline } from './KpiSparkline';
import {
  formatKpiTarget,
  formatKpiTrend,
  formatKpiValue,
} from './scorecardFormat';

const useStyles = makeStyles(theme => ({
  onTrack: { color: theme.palette.success.main },
  offTrack: { color: theme.palette.error.main },
  noData: { color: theme.palette.text.disabled },
}));

const STATUS_ICONS = {
  onTrack: CheckCircle,
  offTrack: Warning,
  noData: HelpOutline,
};

/** Whether the KPI is on track, in words with an icon (never in colour alone). */
function KpiStatus(props: { status: ScorecardKpi['status'] }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const classes = useStyles();
  const Icon = STATUS_ICONS[props.status];
  return (
    <Box display="flex" alignItems="center" style={{ gap: 4 }}>
      <Icon
        fontSize="small"
        aria-hidden="true"
        className={classes[props.status]}
      />
      <Typography variant="body2" component="span">
        {t(`insights.scorecard.status.${props.status}`)}
      </Typography>
    </Box>
  );
}

/** One KPI: value, what it is over, target, on/off track, leading or lagging, trend. */
function KpiTile(props: { kpi: ScorecardKpi; compact?: boolean }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { kpi, compact } = props;
  const title = t(`insights.scorecard.kpis.${kpi.id}.title`);
  const secondary = (text: string) => (
    <Typography variant="body2" color="textSecondary">
      {text}
    </Typography>
  );
  return (
    <Grid item xs={12} sm={compact ? 12 : 6} md={compact ? 6 : 4}>
      <section aria-label={title}>
        <Typography variant="overline" component="h4" color="textSecondary">
          {title}
        </Typography>
        <Box display="flex" alignItems="center" style={{ gap: 12 }}>
          <Typography variant="h5" component="p">
            {formatKpiValue(t, kpi.unit, kpi.value)}
          </Typography>
          <KpiSparkline values={kpi.trend.map(point => point.value)} />
        </Box>
        <KpiStatus status={kpi.status} />
        {secondary(formatKpiTarget(t, kpi))}
        {!compact && (
          <>
            {secondary(
              t(`insights.scorecard.kpis.${kpi.id}.basis`, {
                count: kpi.basis,
              }),
            )}
            {secondary(t(`insights.scorecard.indicator.${kpi.indicator}`))}
            {secondary(formatKpiTrend(t, kpi))}
          </>
        )}
      </section>
    </Grid>
  );
}

/**
 * The platform KPIs against their targets: the Insights tab shows each in full, the home page
 * widget (`compact`) its value, status and target. Loads the scorecard once; readers without
 * `platform-product.insights.read` are told why they see nothing.
 */
export function ScorecardKpis(props: { compact?: boolean }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const { loading: checking, allowed } = usePermission({
    permission: insightsReadPermission,
  });
  const { value, error } = useAsync(
    async () => (allowed ? api.getScorecard() : undefined),
    [api, allowed],
  );
  if (checking) return <Progress />;
  if (!allowed) {
    return <Typography>{t('insights.scorecard.forbidden')}</Typography>;
  }
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) return <Progress />;
  return (
    <Grid container spacing={2}>
      {value.kpis.map(kpi => (
        <KpiTile key={kpi.id} kpi={kpi} compact={props.compact} />
      ))}
    </Grid>
  );
}
