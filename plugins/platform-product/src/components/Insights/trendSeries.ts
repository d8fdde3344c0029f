import { ToolSnapshot } from 'backstage-plugin-platform-product-common';

/** One day of a trend chart: each tool's value that day (absent or null: none). */
export interface TrendPoint {
  day: string;
  values: Record<string, number | null>;
}

/** Snapshots (one per tool and day) as chart points, one per day, oldest first. */
export function trendPoints(
  snapshots: ToolSnapshot[],
  valueOf: (snapshot: ToolSnapshot) => number | null,
): TrendPoint[] {
  const byDay = new Map<string, TrendPoint>();
  for (const snapshot of snapshots) {
    const point = byDay.get(snapshot.day) ?? { day: snapshot.day, values: {} };
    point.values[snapshot.toolRef] = valueOf(snapshot);
    byDay.set(snapshot.day, point);
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** The tools that appear in the snapshots, in first-seen order. */
export function trendToolRefs(snapshots: ToolSnapshot[]): string[] {
  return [...new Set(snapshots.map(s => s.toolRef))];
}

/** A tool's first and last value in the points, with their days; undefined without any. */
export function trendEnds(points: TrendPoint[], toolRef: string) {
  const withValue = points.filter(
    p => p.values[toolRef] !== undefined && p.values[toolRef] !== null,
  );
  if (!withValue.length) return undefined;
  const first = withValue[0];
  const last = withValue[withValue.length - 1];
  return {
    first: { day: first.day, value: first.values[toolRef]! },
    last: { day: last.day, value: last.values[toolRef]! },
  };
}
