import { Survey } from 'backstage-plugin-platform-product-common';
import { Translate } from '../../translation';

/** A day in the reader's locale, e.g. "12 Mar 2026". */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** A day and time in the reader's locale, e.g. "12 Mar 2026, 09:00". */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** A rate between 0 and 1 as a whole percentage, e.g. "30 %". */
export const formatPercent = (rate: number) => `${Math.round(rate * 100)} %`;

/** An NPS (−100..100), or a dash when nobody answered. */
export const formatNps = (nps: number | null) =>
  nps === null ? '—' : String(nps);

/** Who a survey asks: "All teams" or "3 teams". */
export function formatAudience(t: Translate, survey: Survey): string {
  const count = survey.teamRefs.length;
  return count === 0
    ? t('surveys.audience.all')
    : t('surveys.audience.teams', { count });
}
