import {
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

  it('prints each read path with both times per size, the ratio and the verdict', () => {
    const { table, failed } = growthTable(
      [10_000, 100_000, 1_000_000],
      [
        { name: 'board', http: [10, 11, 12], query: [5, 5, 6] },
        { name: 'deep page', http: [4, 9, 20], query: [3, 8, 19] },
      ],
    );
    expect(failed).toEqual(['deep page']);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/\| 10k +\| 100k +\| 1M +\| 1M\/10k/);
    expect(lines[2]).toMatch(
      /board .*10\.0 ms \/ 5\.0 ms.*1\.20× \/ 1\.20×.*pass/,
    );
    expect(lines[3]).toMatch(/deep page .*5\.00× \/ 6\.33×.*FAIL/);
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
