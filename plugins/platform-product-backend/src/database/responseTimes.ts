import { Knex } from 'knex';
import { isSqlite } from './dialect';

/*
 * How long feedback waited for its first maintainer response and for its final status, kept as
 * a histogram (platform_product_feedback_response_tallies: measure, bucket, count) so that the
 * medians Insights shows cost the number of buckets, not the number of items. Buckets are 0.1 h
 * wide up to two days (what Insights prints), one hour up to 30 days, one day beyond; a median
 * is the lower bound of its bucket. The same formula lives in migration 20261210000002.
 */

export const RESPONSE_TALLIES = 'platform_product_feedback_response_tallies';

export type ResponseMeasure = 'first_response' | 'final_status';

const TENTH_HOUR = 360;
const HOUR = 3600;
const DAY = 86_400;
const FINE_UNTIL = 2 * DAY;
const HOURLY_UNTIL = 30 * DAY;
const FINE_BUCKETS = FINE_UNTIL / TENTH_HOUR;
const HOURLY_BUCKETS = FINE_BUCKETS + (HOURLY_UNTIL - FINE_UNTIL) / HOUR;

/** The bucket of a duration in seconds (negative durations, from clock skew, count as 0). */
export function bucketOf(seconds: number): number {
  const d = Math.max(0, seconds);
  if (d < FINE_UNTIL) return Math.floor(d / TENTH_HOUR);
  if (d < HOURLY_UNTIL)
    return FINE_BUCKETS + Math.floor((d - FINE_UNTIL) / HOUR);
  return HOURLY_BUCKETS + Math.floor((d - HOURLY_UNTIL) / DAY);
}

/** The shortest duration (seconds) of a bucket. */
export function lowerBoundOf(bucket: number): number {
  if (bucket < FINE_BUCKETS) return bucket * TENTH_HOUR;
  if (bucket < HOURLY_BUCKETS)
    return FINE_UNTIL + (bucket - FINE_BUCKETS) * HOUR;
  return HOURLY_UNTIL + (bucket - HOURLY_BUCKETS) * DAY;
}

/** `bucketOf` in SQL, of an expression in seconds. */
export function bucketSql(db: Knex, seconds: string): string {
  const whole = (x: string) =>
    isSqlite(db) ? `cast((${x}) as integer)` : `cast(floor(${x}) as integer)`;
  const d = `(${seconds})`;
  return `case
    when ${d} < 0 then 0
    when ${d} < ${FINE_UNTIL} then ${whole(`${d} / ${TENTH_HOUR}`)}
    when ${d} < ${HOURLY_UNTIL} then ${FINE_BUCKETS} + ${whole(
    `(${d} - ${FINE_UNTIL}) / ${HOUR}`,
  )}
    else ${HOURLY_BUCKETS} + ${whole(`(${d} - ${HOURLY_UNTIL}) / ${DAY}`)}
  end`;
}

/**
 * The median of a histogram (`count` durations per bucket, in any order), from the lower
 * bounds of the middle one or two durations' buckets; null when it is empty.
 */
export function medianOfBuckets(rows: { bucket: number; count: number }[]): {
  median: number | null;
  count: number;
} {
  const sorted = rows
    .filter(r => r.count > 0)
    .sort((a, b) => a.bucket - b.bucket);
  const count = sorted.reduce((sum, r) => sum + r.count, 0);
  if (!count) return { median: null, count: 0 };
  const nth = (rank: number) => {
    let seen = 0;
    const row = sorted.find(r => (seen += r.count) >= rank)!;
    return lowerBoundOf(row.bucket);
  };
  const middle =
    count % 2
      ? nth((count + 1) / 2)
      : (nth(count / 2) + nth(count / 2 + 1)) / 2;
  return { median: middle, count };
}
