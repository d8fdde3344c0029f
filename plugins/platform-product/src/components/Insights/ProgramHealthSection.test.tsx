import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { ProgramHealth } from 'backstage-plugin-platform-product-common';
import { docsUrl } from '../shared/docsUrl';
import {
  captureDownloads,
  docsLinks,
  parseCsv,
  renderInsights,
  stubResizeObserver,
} from './__testUtils__/fixtures';
import { ProgramHealthSection } from './ProgramHealthSection';

beforeAll(stubResizeObserver);

const health: ProgramHealth = {
  coverage: { eligibleTeams: 13, coveredTeams: 7, coverage: 7 / 13 },
  feedbackResponse: {
    medianHoursToFirstResponse: 5.2,
    responded: 12,
    medianHoursToFinalStatus: 74.4,
    finalized: 1,
  },
  roadmapByQuarter: [
    { quarter: '2025-Q4', shipped: 4, killed: 2 },
    { quarter: '2026-Q1', shipped: 3, killed: 1 },
  ],
  changelogByWeek: [{ week: '2026-03-02', entries: 5, helpful: 9 }],
};

describe('ProgramHealthSection', () => {
  it('shows coverage and the median response times with how many items they cover', async () => {
    await renderInsights(<ProgramHealthSection />, {
      getProgramHealth: async () => health,
    });
    const figures = (await screen.findByText('Champion coverage')).closest(
      'dl',
    )!;
    expect(figures).toHaveTextContent('7 of 13 teams (54 %)');
    expect(figures).toHaveTextContent(
      'Time to first maintainer response5.2 hmedian over 12 items',
    );
    expect(figures).toHaveTextContent(
      'Time to a final status3.1 daysmedian over 1 item',
    );
  });

  it('says when no feedback was answered or closed yet', async () => {
    await renderInsights(<ProgramHealthSection />, {
      getProgramHealth: async () => ({
        ...health,
        feedbackResponse: {
          medianHoursToFirstResponse: null,
          responded: 0,
          medianHoursToFinalStatus: null,
          finalized: 0,
        },
      }),
    });
    expect(
      await screen.findByText('no feedback answered yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('no feedback shipped or declined yet'),
    ).toBeInTheDocument();
  });

  it('shows each chart’s numbers in a table and downloads them', async () => {
    const downloads = captureDownloads();
    await renderInsights(<ProgramHealthSection />, {
      getProgramHealth: async () => health,
    });
    const roadmap = await screen.findByRole('table', {
      name: 'Roadmap outcomes per quarter',
    });
    expect(
      within(roadmap)
        .getAllByRole('row')
        .map(row => row.textContent),
    ).toEqual(['QuarterShippedKilled', '2025-Q442', '2026-Q131']);
    expect(
      screen.getByRole('img', {
        name: 'Roadmap outcomes per quarter: 2025-Q4: 4 shipped, 2 killed; 2026-Q1: 3 shipped, 1 killed',
      }),
    ).toBeInTheDocument();
    const changelog = screen.getByRole('table', { name: 'Changelog per week' });
    expect(within(changelog).getAllByRole('row')[1]).toHaveTextContent(
      /2026.*59$/,
    );

    await userEvent.click(
      within(
        screen.getByRole('region', { name: 'Roadmap outcomes per quarter' }),
      ).getByRole('button', { name: 'Download CSV' }),
    );
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    expect(downloads.files[0].fileName).toMatch(
      /^platform-roadmap-outcomes-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(parseCsv(await downloads.files[0].text)).toEqual([
      ['Quarter', 'Shipped', 'Killed'],
      ['2025-Q4', '4', '2'],
      ['2026-Q1', '3', '1'],
    ]);
    downloads.restore();
  });

  it('says what fills the counts, and where teams come from, when there is none', async () => {
    await renderInsights(<ProgramHealthSection />, {
      getProgramHealth: async () => ({
        ...health,
        coverage: { eligibleTeams: 0, coveredTeams: 0, coverage: 0 },
        roadmapByQuarter: [],
        changelogByWeek: [],
      }),
    });
    expect(
      await screen.findByText(
        'no teams: teams are catalog Groups matching platformProduct.teams.filter',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No roadmap item shipped or killed yet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/moves them to Shipped or Killed on the Roadmap tab/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No changelog entry published in the last 12 weeks.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/publishes them on the Changelog tab/),
    ).toBeInTheDocument();
    expect(docsLinks()).toEqual([
      docsUrl('insights', 'no-roadmap-outcomes'),
      docsUrl('insights', 'no-changelog-entries'),
    ]);
  });

  it('shows the error when the figures cannot be read', async () => {
    await renderInsights(<ProgramHealthSection />, {
      getProgramHealth: async () => {
        throw new Error('database unavailable');
      },
    });
    expect(
      await screen.findByText('Error: database unavailable'),
    ).toBeInTheDocument();
  });
});
