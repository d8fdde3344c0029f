import { usePermission } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
import { teams, viewer } from '../Champions/__testUtils__/fixtures';
import { docsUrl } from '../shared/docsUrl';
import {
  docsLinks,
  insights,
  renderInsights,
  scorecard,
  stubResizeObserver,
} from './__testUtils__/fixtures';
import { InsightsTab } from './InsightsTab';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

beforeAll(stubResizeObserver);

function api() {
  return {
    getToolInsights: jest.fn(async () => insights),
    getToolTrends: jest.fn(async () => []),
    getNpsTrend: jest.fn(async () => []),
    getChangelogReachByWeek: jest.fn(async () => ({
      minGroupSize: 5,
      items: [],
    })),
    getProgramHealth: jest.fn(async () => ({
      coverage: { eligibleTeams: 13, coveredTeams: 7, coverage: 7 / 13 },
      feedbackResponse: {
        medianHoursToFirstResponse: null,
        responded: 0,
        medianHoursToFinalStatus: null,
        finalized: 0,
      },
      roadmapByQuarter: [],
      changelogByWeek: [],
    })),
    getScorecard: jest.fn(async () => scorecard),
    getTeams: jest.fn(async () => teams),
    getViewer: jest.fn(async () => viewer),
    getTeamInsight: jest.fn(async () => ({
      teamRef: 'group:default/checkout',
      title: 'Checkout',
      members: 6,
      minGroupSize: 5,
      tools: [],
      champions: [],
      openFeedback: [],
    })),
  };
}

describe('InsightsTab', () => {
  it('shows every section from one request each, none per tool', async () => {
    jest
      .mocked(usePermission)
      .mockReturnValue({ loading: false, allowed: true });
    const mock = api();
    await renderInsights(<InsightsTab />, mock);

    expect(
      await screen.findByRole('table', { name: 'Tools' }),
    ).toBeInTheDocument();
    for (const heading of [
      'Platform scorecard',
      'Tools',
      'Adoption × satisfaction',
      'Trends',
      'Platform NPS per survey',
      'Program health',
      'Roadmap outcomes per quarter',
      'Changelog per week',
      'Per team',
    ]) {
      expect(
        await screen.findByRole('heading', { name: heading }),
      ).toBeInTheDocument();
    }
    expect(
      await screen.findByText('This team adopts no platform tool yet.'),
    ).toBeInTheDocument();
    for (const method of Object.values(mock)) {
      expect(method).toHaveBeenCalledTimes(1);
    }
  });

  it('explains how tools are found when there are none', async () => {
    jest
      .mocked(usePermission)
      .mockReturnValue({ loading: false, allowed: true });
    await renderInsights(<InsightsTab />, {
      ...api(),
      getToolInsights: async () => ({ ...insights, tools: [] }),
    });
    expect(
      await screen.findByText('No platform tools found'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Tools are catalog entities matching platformProduct\.tools\.filter/,
      ),
    ).toBeInTheDocument();
    expect(docsLinks()).toContain(docsUrl('insights', 'no-platform-tools'));
    expect(screen.queryByRole('heading', { name: 'Trends' })).toBeNull();
  });

  it('tells people without the insights permission, without reading anything', async () => {
    jest
      .mocked(usePermission)
      .mockReturnValue({ loading: false, allowed: false });
    const mock = api();
    await renderInsights(<InsightsTab />, mock);
    expect(
      screen.getByText(/Insights are not available to you/),
    ).toBeInTheDocument();
    expect(mock.getToolInsights).not.toHaveBeenCalled();
    expect(mock.getProgramHealth).not.toHaveBeenCalled();
    expect(mock.getScorecard).not.toHaveBeenCalled();
  });
});
