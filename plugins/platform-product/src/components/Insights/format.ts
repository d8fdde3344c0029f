import {
  ProgramHealth,
  ToolInsight,
} from 'backstage-plugin-platform-product-common';
import { formatPercent } from '../Surveys/format';

const oneDecimal = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 1,
});

/** "92 % · 12 of 13". */
export const formatAdoption = (adoption: ToolInsight['adoption']) =>
  `${formatPercent(adoption.rate)} · ${adoption.adoptingTeams} of ${
    adoption.eligibleTeams
  }`;

/** An average rating rounded to one decimal: "4.2". */
export const formatAverage = (average: number) => average.toFixed(1);

/** "4.2 ★ (31)", or "—" when the rating is hidden (fewer than the minimum group size rated). */
export const formatRating = (rating: ToolInsight['rating']) =>
  rating.average === null || rating.count === null
    ? '—'
    : `${formatAverage(rating.average)} ★ (${rating.count})`;

/** A median duration: "5.2 h" under a day, "3.1 days" from a day on, "—" when unknown. */
export function formatHours(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 24) return `${oneDecimal.format(hours)} h`;
  const days = hours / 24;
  return `${oneDecimal.format(days)} ${days === 1 ? 'day' : 'days'}`;
}

/** "7 of 13 teams (54 %)". */
export const formatCoverage = (coverage: ProgramHealth['coverage']) =>
  `${coverage.coveredTeams} of ${coverage.eligibleTeams} teams (${formatPercent(
    coverage.eligibleTeams ? coverage.coveredTeams / coverage.eligibleTeams : 0,
  )})`;

/** "1 item", "12 items". */
export const formatItems = (count: number) =>
  `${count} ${count === 1 ? 'item' : 'items'}`;
