import { ScorecardKpi } from 'backstage-plugin-platform-product-common';
import { Translate } from '../../translation';
import { formatPercent } from '../shared/format';
import { formatAverage, formatHours } from './format';

/** A KPI's value or target in its unit: "80 %", "4.2 / 5", "42", "5.2 h", "3 days". */
export function formatKpiValue(
  t: Translate,
  unit: ScorecardKpi['unit'],
  value: number | null,
): string {
  if (value === null) return '—';
  switch (unit) {
    case 'ratio':
      return formatPercent(value);
    case 'stars':
      return t('insights.scorecard.stars', { stars: formatAverage(value) });
    case 'nps':
      return String(Math.round(value));
    case 'hours':
      return formatHours(t, value);
    default:
      return t('insights.format.days', {
        count: value,
        days: String(Math.round(value * 10) / 10),
      });
  }
}

/** "Target: at least 80 %". */
export const formatKpiTarget = (t: Translate, kpi: ScorecardKpi) =>
  t(`insights.scorecard.target.${kpi.comparison}`, {
    target: formatKpiValue(t, kpi.unit, kpi.target),
  });

/** "62 % on 2026-09-03, 71 % now", or that there is no trend yet. */
export function formatKpiTrend(t: Translate, kpi: ScorecardKpi): string {
  const [first] = kpi.trend;
  if (kpi.trend.length < 2) return t('insights.scorecard.noTrend');
  const last = kpi.trend[kpi.trend.length - 1];
  return t('insights.scorecard.trend', {
    from: formatKpiValue(t, kpi.unit, first.value),
    day: first.day,
    to: formatKpiValue(t, kpi.unit, last.value),
  });
}
