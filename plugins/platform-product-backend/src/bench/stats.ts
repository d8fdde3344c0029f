/*
 * The benchmark's arithmetic and its report: percentiles, growth budgets, tables. Pure
 * functions, unit-tested, so that what `scripts/bench` prints can be trusted.
 */

/** The p-th percentile (0–100) of `values`, by the nearest-rank method; NaN when empty. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (values: number[]) => percentile(values, 50);

/** Growth allowed from the smallest to the largest size: a page must stay flat. */
export const GROWTH_BUDGET = 1.5;
/** Differences this small (ms) are timer and scheduler noise, whatever their ratio. */
export const NOISE_MS = 1;

/** Whether a read path stayed flat: within GROWTH_BUDGET of its small-size time, or within noise. */
export function withinBudget(small: number, large: number): boolean {
  return large <= small * GROWTH_BUDGET || large - small <= NOISE_MS;
}

/** A load run's verdict: a tab's p95 may be at most this many times its p50 (no queueing). */
export const TAIL_BUDGET = 3;

export interface LoadResult {
  tab: string;
  /** The time of each opening of the tab: until its last request answered. */
  latencies: number[];
  /** Requests answered with anything but 2xx (or not at all). */
  errors: number;
}

/** Formats rows as an aligned Markdown table (what docs/development.md quotes). */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map(r => r[i].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map(w => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

export const ms = (value: number) =>
  Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`;

/** What a read path's queries touched: buffers (shared hit + read) and index descents. */
export interface BufferCount {
  buffers: number;
  descents: number;
}

/**
 * Pages a B-tree descent may read more at the largest size than at the smallest: between 10k
 * and 1M rows an index gains a level, and one keyed by entity refs (long text) two.
 */
export const DESCENT_ALLOWANCE = 2;

/**
 * Whether a read path's buffers stayed flat: within GROWTH_BUDGET of the small size's, plus
 * DESCENT_ALLOWANCE pages per index descent at the large size (the levels its B-trees gained).
 */
export function buffersWithinBudget(
  small: BufferCount,
  large: BufferCount,
): boolean {
  return large.buffers <= allowedBuffers(small, large);
}

function allowedBuffers(small: BufferCount, large: BufferCount): number {
  return (
    Math.floor(small.buffers * GROWTH_BUDGET) +
    DESCENT_ALLOWANCE * large.descents
  );
}

/** A read path's measurements at each size: through HTTP, and of its store queries alone. */
export interface PathResult {
  name: string;
  /** Median times (ms). */
  http: number[];
  query: number[];
  /** Buffers of every SELECT the HTTP request sends, and of the store queries alone. */
  httpBuffers: BufferCount[];
  queryBuffers: BufferCount[];
}

const ratio = (small: number, large: number) =>
  `${(large / small).toFixed(2)}×`;

/**
 * Per read path: time through HTTP and of the query alone at each size, their growth and
 * verdict, then the buffers their queries touch at each size, their growth, what the budget
 * allows at the largest size and its verdict (both judged on the HTTP request: all of a page's
 * SQL).
 */
export function growthTable(
  sizes: number[],
  paths: PathResult[],
): { table: string; failed: string[]; buffersFailed: string[] } {
  const size = (n: number) =>
    n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`;
  const first = 0;
  const last = sizes.length - 1;
  const failed: string[] = [];
  const buffersFailed: string[] = [];
  const rows = paths.map(({ name, http, query, httpBuffers, queryBuffers }) => {
    const ok = withinBudget(http[first], http[last]);
    if (!ok) failed.push(name);
    const [small, large] = [httpBuffers[first], httpBuffers[last]];
    const flat = buffersWithinBudget(small, large);
    if (!flat) buffersFailed.push(name);
    return [
      name,
      ...sizes.map((_, i) => `${ms(http[i])} / ${ms(query[i])}`),
      `${ratio(http[first], http[last])} / ${ratio(query[first], query[last])}`,
      ok ? 'pass' : 'FAIL',
      ...sizes.map(
        (_, i) => `${httpBuffers[i].buffers} / ${queryBuffers[i].buffers}`,
      ),
      `${ratio(small.buffers, large.buffers)} / ${ratio(
        queryBuffers[first].buffers,
        queryBuffers[last].buffers,
      )}`,
      String(allowedBuffers(small, large)),
      flat ? 'pass' : 'FAIL',
    ];
  });
  const growth = `${size(sizes[last])}/${size(sizes[first])}`;
  const table = markdownTable(
    [
      'read path (HTTP / query alone)',
      ...sizes.map(size),
      growth,
      `≤ ${GROWTH_BUDGET}×`,
      ...sizes.map(n => `${size(n)} buffers`),
      growth,
      `allowed at ${size(sizes[last])}`,
      'buffers',
    ],
    rows,
  );
  return { table, failed, buffersFailed };
}

/** Per tab: how often it was opened, p50/p95/p99 of opening it, failed requests, and whether p95 stayed within TAIL_BUDGET × p50. */
export function loadTable(results: LoadResult[]): {
  table: string;
  failed: string[];
} {
  const failed: string[] = [];
  const rows = results.map(({ tab, latencies, errors }) => {
    const [p50, p95, p99] = [50, 95, 99].map(p => percentile(latencies, p));
    const ok = errors === 0 && p95 <= TAIL_BUDGET * p50;
    if (!ok) failed.push(tab);
    return [
      tab,
      String(latencies.length),
      ms(p50),
      ms(p95),
      ms(p99),
      String(errors),
      ok ? 'pass' : 'FAIL',
    ];
  });
  const table = markdownTable(
    [
      'tab',
      'opened',
      'p50',
      'p95',
      'p99',
      'errors',
      `p95 ≤ ${TAIL_BUDGET}× p50`,
    ],
    rows,
  );
  return { table, failed };
}
