import { bucketOf, lowerBoundOf, medianOfBuckets } from './responseTimes';

const HOUR = 3600;

describe('response time buckets', () => {
  it('are a tenth of an hour up to two days, an hour up to 30 days, a day beyond', () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(-5)).toBe(0);
    expect(bucketOf(4 * HOUR)).toBe(40);
    expect(bucketOf(4 * HOUR + 359)).toBe(40);
    expect(lowerBoundOf(bucketOf(4 * HOUR + 359))).toBe(4 * HOUR);
    expect(lowerBoundOf(bucketOf(47.95 * HOUR))).toBe(47.9 * HOUR);
    expect(lowerBoundOf(bucketOf(100.5 * HOUR))).toBe(100 * HOUR);
    expect(lowerBoundOf(bucketOf(40.5 * 24 * HOUR))).toBe(40 * 24 * HOUR);
    for (const seconds of [0, 48 * HOUR, 30 * 24 * HOUR, 400 * 24 * HOUR]) {
      expect(lowerBoundOf(bucketOf(seconds))).toBe(seconds);
    }
  });

  it('give the median of the durations they hold', () => {
    const of = (hours: number[]) =>
      medianOfBuckets(
        hours.map(h => ({ bucket: bucketOf(h * HOUR), count: 1 })),
      );
    expect(of([6, 2, 4])).toEqual({ median: 4 * HOUR, count: 3 });
    expect(of([10, 20])).toEqual({ median: 15 * HOUR, count: 2 });
    expect(
      medianOfBuckets([
        { bucket: bucketOf(HOUR), count: 3 },
        { bucket: bucketOf(9 * HOUR), count: 1 },
        { bucket: bucketOf(5 * HOUR), count: 0 },
      ]),
    ).toEqual({ median: HOUR, count: 4 });
    expect(medianOfBuckets([])).toEqual({ median: null, count: 0 });
  });
});
