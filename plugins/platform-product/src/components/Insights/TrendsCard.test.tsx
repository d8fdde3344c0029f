import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { ToolSnapshot } from 'backstage-plugin-platform-product-common';
import { docsUrl } from '../shared/docsUrl';
import {
  captureDownloads,
  docsLinks,
  parseCsv,
  renderInsights,
  stubResizeObserver,
} from './__testUtils__/fixtures';
import { TrendsCard } from './TrendsCard';

beforeAll(stubResizeObserver);

const CI = 'component:default/ci-pipelines';
const VAULT = 'component:default/secrets-vault';
const tools = [
  { toolRef: CI, title: 'CI Pipelines' },
  { toolRef: VAULT, title: 'Secrets Vault' },
];

function snapshot(overrides: Partial<ToolSnapshot>): ToolSnapshot {
  return {
    day: '2026-03-01',
    toolRef: CI,
    adoptionRate: 0.85,
    adoptingTeams: 11,
    // Recorded before active adoption was.
    activeRate: null,
    activeTeams: null,
    ratingCount: 30,
    ratingAverage: 4.1,
    ...overrides,
  };
}

const snapshots = [
  snapshot({}),
  snapshot({
    day: '2026-03-02',
    adoptionRate: 0.92,
    adoptingTeams: 12,
    activeRate: 0.85,
    activeTeams: 11,
  }),
  snapshot({
    toolRef: VAULT,
    adoptionRate: 0.08,
    adoptingTeams: 1,
    activeRate: 0.15,
    activeTeams: 2,
    ratingCount: null,
    ratingAverage: null,
  }),
  snapshot({
    day: '2026-03-02',
    toolRef: VAULT,
    adoptionRate: 0.08,
    adoptingTeams: 1,
    activeRate: 0.15,
    activeTeams: 2,
    ratingCount: null,
    ratingAverage: null,
  }),
];

describe('TrendsCard', () => {
  it('loads the trend of the chosen tool over the chosen range', async () => {
    const getToolTrends = jest.fn(async () => snapshots);
    await renderInsights(<TrendsCard tools={tools} minGroupSize={5} />, {
      getToolTrends,
    });
    expect(getToolTrends).toHaveBeenCalledWith({ days: 90 });

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Tool' }),
      'CI Pipelines',
    );
    await waitFor(() =>
      expect(getToolTrends).toHaveBeenLastCalledWith({ toolRef: CI, days: 90 }),
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Range' }),
      'Last 30 days',
    );
    await waitFor(() =>
      expect(getToolTrends).toHaveBeenLastCalledWith({ toolRef: CI, days: 30 }),
    );
    expect(getToolTrends).toHaveBeenCalledTimes(3);
  });

  it('starts from the tool and range in the URL, so that a view can be shared', async () => {
    const getToolTrends = jest.fn(async () => snapshots);
    await renderInsights(
      <TrendsCard tools={tools} minGroupSize={5} />,
      { getToolTrends },
      `/platform-product/insights?tool=${encodeURIComponent(CI)}&days=30`,
    );
    expect(getToolTrends).toHaveBeenCalledWith({ toolRef: CI, days: 30 });
    expect(screen.getByRole('combobox', { name: 'Tool' })).toHaveValue(CI);
    expect(screen.getByRole('combobox', { name: 'Range' })).toHaveValue('30');
  });

  it('draws one line per tool, summed up for screen readers', async () => {
    await renderInsights(<TrendsCard tools={tools} minGroupSize={5} />, {
      getToolTrends: async () => snapshots,
    });
    expect(
      await screen.findByRole('img', {
        name: /^Declared adoption: CI Pipelines from 85 % on .+ to 92 % on .+; Secrets Vault from 8 % on .+ to 8 % on .+$/,
      }),
    ).toBeInTheDocument();
    // CI's first day has no active figure: the line starts on the second.
    expect(
      screen.getByRole('img', {
        name: /^Active adoption: CI Pipelines from 85 % on Mar 2, 2026 to 85 % on Mar 2, 2026; Secrets Vault from 15 % on Mar 1, 2026 to 15 % on Mar 2, 2026$/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /^Average rating: CI Pipelines from 4\.1 on .+ to 4\.1 on .+; Secrets Vault too few ratings to show$/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Ratings are left out on days when fewer than 5 people had rated the tool, or some but fewer than 5 of them anonymously, and on days recorded before anonymous ratings were counted\. Figures about fewer than 5 people are hidden/,
      ),
    ).toBeInTheDocument();
  });

  it('shows the numbers as a table and downloads them', async () => {
    const downloads = captureDownloads();
    await renderInsights(<TrendsCard tools={tools} minGroupSize={5} />, {
      getToolTrends: async () => snapshots,
    });
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Show as table' }),
    );

    const rows = within(
      screen.getByRole('table', { name: 'Trend figures' }),
    ).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toHaveTextContent(/CI Pipelines92 %1285 %11304\.1$/);
    expect(rows[2]).toHaveTextContent(
      /Secrets Vault8 %115 %2too few to show—$/,
    );
    expect(rows[3]).toHaveTextContent(/CI Pipelines85 %11——304\.1$/);
    expect(within(rows[2]).getByText('too few to show')).toHaveAttribute(
      'title',
      expect.stringMatching(/^Figures about fewer than 5 people are hidden/),
    );
    expect(
      screen.getByText(/^Ratings are left out on days when fewer than 5/),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    const csv = parseCsv(await downloads.files[0].text);
    downloads.restore();
    expect(downloads.files[0].fileName).toMatch(
      /^platform-trends-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(csv[0]).toEqual([
      'Day',
      'Tool',
      'Declared adoption',
      'Adopting teams',
      'Active adoption',
      'Active teams',
      'Ratings',
      'Average rating',
    ]);
    // Raw values: ISO days, rates as fractions; hidden ratings and unrecorded figures are empty.
    expect(csv.slice(1)).toEqual([
      ['2026-03-02', 'CI Pipelines', '0.92', '12', '0.85', '11', '30', '4.1'],
      ['2026-03-02', 'Secrets Vault', '0.08', '1', '0.15', '2', '', ''],
      ['2026-03-01', 'CI Pipelines', '0.85', '11', '', '', '30', '4.1'],
      ['2026-03-01', 'Secrets Vault', '0.08', '1', '0.15', '2', '', ''],
    ]);
  });

  it('says when there are no snapshots yet', async () => {
    await renderInsights(<TrendsCard tools={tools} minGroupSize={5} />, {
      getToolTrends: async () => [],
    });
    expect(
      await screen.findByText(
        'No snapshots in this range yet: they are taken once a day.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^The backend records every tool’s adoption and rating once a day/,
      ),
    ).toBeInTheDocument();
    expect(docsLinks()).toEqual([docsUrl('insights', 'no-snapshots')]);
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
  });

  it('suggests all tools or a longer range when the chosen tool has no snapshots', async () => {
    await renderInsights(<TrendsCard tools={tools} minGroupSize={5} />, {
      getToolTrends: async () => [],
    });
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Tool' }),
      'Secrets Vault',
    );
    expect(
      await screen.findByText(
        /^This tool has no snapshot in this range.*Choose “All tools” or a longer range\.$/,
      ),
    ).toBeInTheDocument();
    expect(docsLinks()).toEqual([docsUrl('insights', 'no-snapshots')]);
  });
});
