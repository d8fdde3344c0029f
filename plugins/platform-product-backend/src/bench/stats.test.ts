import {
  buffersWithinBudget,
  growthTable,
  loadTable,
  median,
  percentile,
  withinBudget,
} from './stats';

describe('benchmark arithmetic', () => {
  it('takes percentiles by nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 10)).toBe(1);
    expect(percentile(values, 0)).toBe(1);
    expect(median([3, 1, 2])).toBe(2);
    expect(percentile([], 50)).toBeNaN();
  });

  it('passes flat growth and noise, fails growth beyond 1.5×', () => {
    expect(withinBudget(10, 15)).toBe(true);
    expect(withinBudget(10, 15.1)).toBe(false);
    // 0.8 ms → 1.7 ms is timer noise, not growth.
    expect(withinBudget(0.8, 1.7)).toBe(true);
    expect(withinBudget(3.4, 14.3)).toBe(false);
  });

  it('passes buffers within 1.5× plus two pages per index descent, fails more', () => {
    // 25 lookups by primary key: 3 pages each at 10k, 4 at 1M (one more B-tree level).
    expect(
      buffersWithinBudget(
        { buffers: 78, descents: 26 },
        { buffers: 105, descents: 26 },
      ),
    ).toBe(true);
    // One lookup, its index two levels deeper: 2 pages → 4.
    expect(
      buffersWithinBudget(
        { buffers: 2, descents: 1 },
        { buffers: 4, descents: 1 },
      ),
    ).toBe(true);
    expect(
      buffersWithinBudget(
        { buffers: 2, descents: 1 },
        { buffers: 6, descents: 1 },
      ),
    ).toBe(false);
    // A scan that reads 1% of a table: 40 pages at 10k, 4,000 at 1M.
    expect(
      buffersWithinBudget(
        { buffers: 40, descents: 1 },
        { buffers: 4000, descents: 1 },
      ),
    ).toBe(false);
  });

  it('prints each read path with both times and buffers per size, the ratios and the verdicts', () => {
    const buffers = (...counts: number[]) =>
      counts.map(count => ({ buffers: count, descents: 1 }));
    const { table, failed, buffersFailed } = growthTable(
      [10_000, 100_000, 1_000_000],
      [
        {
          name: 'board',
          http: [10, 11, 12],
          query: [5, 5, 6],
          httpBuffers: buffers(60, 62, 64),
          queryBuffers: buffers(40, 41, 42),
        },
        {
          name: 'deep page',
          http: [4, 9, 20],
          query: [3, 8, 19],
          httpBuffers: buffers(30, 300, 3000),
          queryBuffers: buffers(25, 250, 2500),
        },
      ],
    );
    expect(failed).toEqual(['deep page']);
    expect(buffersFailed).toEqual(['deep page']);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(
      /\| 10k +\| 100k +\| 1M +\| 1M\/10k .*\| 10k buffers +\| 100k buffers +\| 1M buffers +\| 1M\/10k .*\| allowed at 1M \| buffers \|/,
    );
    expect(lines[2]).toMatch(
      /board .*10\.0 ms \/ 5\.0 ms.*1\.20× \/ 1\.20× +\| pass .*\| 60 \/ 40 .*\| 1\.07× \/ 1\.05× +\| 92 +\| pass/,
    );
    expect(lines[3]).toMatch(
      /deep page .*5\.00× \/ 6\.33× +\| FAIL .*\| 3000 \/ 2500 .*\| 100\.00× \/ 100\.00× \| 47 +\| FAIL/,
    );
  });

  it('fails a tab with errors or a tail beyond 3× its median', () => {
    const steady = Array.from({ length: 100 }, (_, i) => 10 + (i % 5));
    const queued = [...Array(90).fill(10), ...Array(10).fill(100)];
    const { table, failed } = loadTable([
      { tab: 'Roadmap', latencies: steady, errors: 0 },
      { tab: 'Insights', latencies: queued, errors: 0 },
      { tab: 'Feedback', latencies: steady, errors: 2 },
    ]);
    expect(failed).toEqual(['Insights', 'Feedback']);
    expect(table.split('\n')[2]).toMatch(
      /Roadmap +\| 100 +\| 12\.0 ms \| 14\.0 ms +\| 14\.0 ms +\| 0 +\| pass/,
    );
  });
});
