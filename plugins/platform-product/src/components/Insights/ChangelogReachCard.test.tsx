import { screen, within } from '@testing-library/react';
import { renderInsights } from './__testUtils__/fixtures';
import { ChangelogReachCard } from './ChangelogReachCard';

describe('ChangelogReachCard', () => {
  it('shows each week with entries as read/audience, and a small week as "fewer than"', async () => {
    await renderInsights(<ChangelogReachCard />, {
      getChangelogReachByWeek: async () => ({
        minGroupSize: 5,
        items: [
          {
            weekStart: '2026-11-09T00:00:00.000Z',
            entries: 2,
            reach: { audience: 40, readers: 30 },
          },
          { weekStart: '2026-11-16T00:00:00.000Z', entries: 0, reach: null },
          { weekStart: '2026-11-23T00:00:00.000Z', entries: 1, reach: null },
        ],
      }),
    });
    const table = await screen.findByRole('table', { name: 'Changelog reach' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map(row => row.textContent)).toEqual([
      'Week ofEntriesReadShare',
      '2026-11-09230/4075 %',
      '2026-11-231fewer than 5 people—',
    ]);
  });
});
