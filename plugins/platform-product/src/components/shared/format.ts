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

/**
 * A calendar day such as a review date, e.g. "30 Jun 2026". The server keeps days as UTC
 * midnight, so they are shown in UTC lest they turn into the day before west of Greenwich.
 */
export function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
}

/** A rate between 0 and 1 as a whole percentage, e.g. "30 %". */
export const formatPercent = (rate: number) => `${Math.round(rate * 100)} %`;

/** An NPS (−100..100), or a dash when nobody answered. */
export const formatNps = (nps: number | null) =>
  nps === null ? '—' : String(nps);

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 days ago", "yesterday", "now". */
export function timeAgo(date: string, now = Date.now()): string {
  const seconds = (new Date(date).getTime() - now) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      return relative.format(Math.round(seconds / size), unit);
    }
  }
  return relative.format(0, 'second');
}
