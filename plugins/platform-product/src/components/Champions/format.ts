import {
  ChampionActivityType,
  ChampionCoverage,
} from 'backstage-plugin-platform-product-common';
import { formatPercent } from '../Surveys/format';

export const activityLabels: Record<ChampionActivityType, string> = {
  demo: 'Demo',
  'office-hours': 'Office hours',
  onboarding: 'Onboarding help',
  feedback: 'Feedback gathered',
  'design-review': 'Design review',
};

/** "9 of 13 teams have a champion (69 %)". */
export const formatCoverage = (
  coverage: Pick<ChampionCoverage, 'coveredTeams' | 'eligibleTeams'>,
) =>
  `${coverage.coveredTeams} of ${
    coverage.eligibleTeams
  } teams have a champion (${formatPercent(
    coverage.eligibleTeams ? coverage.coveredTeams / coverage.eligibleTeams : 0,
  )})`;

/** "target: 1–2 per team", or "target: 1 per team". */
export function formatTarget({ min, max }: ChampionCoverage['target']) {
  return `target: ${min === max ? min : `${min}–${max}`} per team`;
}

/** Today in the reader's time zone, as a date input's value: "2026-04-11". */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(
    now.getDate(),
  )}`;
}
