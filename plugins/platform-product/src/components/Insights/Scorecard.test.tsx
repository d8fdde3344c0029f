import { usePermission } from '@backstage/plugin-permission-react';
import { ResponseError } from '@backstage/errors';
import { screen, within } from '@testing-library/react';
import { renderInsights, scorecard } from './__testUtils__/fixtures';
import { ScorecardSection } from './ScorecardSection';
import { ScorecardKpis } from './Scorecard';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const allow = (allowed: boolean) =>
  jest.mocked(usePermission).mockReturnValue({ loading: false, allowed });

describe('ScorecardSection', () => {
  it('shows each KPI with its value, target, status in words, indicator and trend', async () => {
    allow(true);
    await renderInsights(<ScorecardSection />, {
      getScorecard: async () => scorecard,
    });

    const section = await screen.findByRole('region', {
      name: 'Platform scorecard',
    });
    const adoption = within(section).getByRole('region', {
      name: 'Active adoption',
    });
    expect(adoption).toHaveTextContent('85 %');
    expect(adoption).toHaveTextContent('On track');
    expect(adoption).toHaveTextContent('Target: at least 80 %');
    expect(adoption).toHaveTextContent('of 13 eligible teams, by recent usage');
    expect(adoption).toHaveTextContent('Leading indicator');
    expect(adoption).toHaveTextContent('62 % on 2026-11-01, 85 % now');
    expect(within(adoption).getByTestId('kpi-sparkline')).toBeInTheDocument();

    const nps = screen.getByRole('region', { name: 'Platform NPS' });
    expect(nps).toHaveTextContent('12');
    expect(nps).toHaveTextContent('Off track');
    expect(nps).toHaveTextContent('Target: above 40');
    expect(nps).toHaveTextContent('latest platform survey, 31 answers');
    expect(nps).toHaveTextContent('Lagging indicator');
    expect(nps).toHaveTextContent('No trend yet');
    expect(within(nps).queryByTestId('kpi-sparkline')).toBeNull();

    const deploy = screen.getByRole('region', {
      name: 'Time to first deploy',
    });
    expect(deploy).toHaveTextContent('—');
    expect(deploy).toHaveTextContent('No data yet');
    expect(deploy).toHaveTextContent('Target: at most 7 days');
  });

  it('shows why it could not load', async () => {
    allow(true);
    const response = new Response('{}', {
      status: 503,
      statusText: 'Service Unavailable',
    });
    await renderInsights(<ScorecardSection />, {
      getScorecard: async () => {
        throw await ResponseError.fromResponse(response);
      },
    });
    expect(
      (await screen.findAllByText(/503 Service Unavailable/))[0],
    ).toBeInTheDocument();
  });
});

describe('ScorecardKpis, compact', () => {
  it('shows value, status and target only', async () => {
    allow(true);
    await renderInsights(<ScorecardKpis compact />, {
      getScorecard: async () => scorecard,
    });
    const adoption = await screen.findByRole('region', {
      name: 'Active adoption',
    });
    expect(adoption).toHaveTextContent('85 %');
    expect(adoption).toHaveTextContent('On track');
    expect(adoption).toHaveTextContent('Target: at least 80 %');
    expect(adoption).not.toHaveTextContent('Leading indicator');
  });

  it('tells readers without the insights permission, without asking the backend', async () => {
    allow(false);
    const getScorecard = jest.fn(async () => scorecard);
    await renderInsights(<ScorecardKpis compact />, { getScorecard });
    expect(
      screen.getByText(
        'Reading the platform KPIs needs the platform-product.insights.read permission.',
      ),
    ).toBeInTheDocument();
    expect(getScorecard).not.toHaveBeenCalled();
  });
});
