import {
  ActiveAdoption,
  ProgramHealth,
  ToolInsight,
} from 'backstage-plugin-platform-product-common';
import { Translate } from '../../translation';
import { formatPercent } from '../shared/format';

const oneDecimal = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 1,
});

const formatTeams = (
  t: Translate,
  rate: number,
  teams: number,
  eligible: number,
) =>
  t('insights.format.adoption', {
    percent: formatPercent(rate),
    adopting: String(teams),
    eligible: String(eligible),
  });

/** Declared adoption: "92 % · 12 of 13". */
export const formatAdoption = (
  t: Translate,
  adoption: ToolInsight['adoption'],
) =>
  formatTeams(t, adoption.rate, adoption.adoptingTeams, adoption.eligibleTeams);

/** Active adoption: "54 % · 7 of 13". */
export const formatActiveAdoption = (t: Translate, active: ActiveAdoption) =>
  formatTeams(t, active.rate, active.activeTeams, active.eligibleTeams);

/** An average rating rounded to one decimal: "4.2". */
export const formatAverage = (average: number) => average.toFixed(1);

/** "4.2 ★ (31)", or "—" when the rating is hidden (fewer than the minimum group size rated). */
export const formatRating = (rating: ToolInsight['rating']) =>
  rating.average === null || rating.count === null
    ? '—'
    : `${formatAverage(rating.average)} ★ (${rating.count})`;

/** A median duration: "5.2 h" under a day, "3.1 days" from a day on, "—" when unknown. */
export function formatHours(t: Translate, hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 24) {
    return t('insights.format.hours', { hours: oneDecimal.format(hours) });
  }
  const days = hours / 24;
  return t('insights.format.days', {
    count: days,
    days: oneDecimal.format(days),
  });
}

/** "7 of 13 teams (54 %)". */
export const formatCoverage = (
  t: Translate,
  coverage: ProgramHealth['coverage'],
) =>
  t('insights.format.coverage', {
    covered: String(coverage.coveredTeams),
    eligible: String(coverage.eligibleTeams),
    percent: formatPercent(
      coverage.eligibleTeams
        ? coverage.coveredTeams / coverage.eligibleTeams
        : 0,
    ),
  });
