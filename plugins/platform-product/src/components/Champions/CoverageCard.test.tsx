import { screen, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  championsDocs,
  coverage,
  docsLink,
  noTeamsCoverage,
  renderChampions,
  stubResizeObserver,
} from './__testUtils__/fixtures';
import { CoverageCard } from './CoverageCard';
import { CoverageHistoryChart } from './CoverageHistoryChart';

describe('CoverageCard', () => {
  it('shows the coverage against the target, by department, and the uncovered and crowded teams', async () => {
    const onNominate = jest.fn();
    await renderChampions(
      <CoverageCard version={0} onNominate={onNominate} />,
      { getChampionCoverage: async () => coverage },
    );

    expect(await screen.findByLabelText('Coverage')).toHaveTextContent(
      '9 of 13 teams have a champion (69 %)',
    );
    expect(screen.getByText('target: 1–2 per team')).toBeInTheDocument();

    const departments = within(
      screen.getByRole('list', { name: 'By department' }),
    ).getAllByRole('listitem');
    expect(departments.map(d => d.textContent)).toEqual([
      'Commerce3/5',
      'Enablement6/8',
    ]);

    const uncovered = within(
      screen.getByRole('list', { name: 'Teams without a champion (2)' }),
    ).getAllByRole('listitem');
    expect(uncovered).toHaveLength(2);
    expect(
      within(uncovered[0]).getByRole('link', { name: 'Checkout' }),
    ).toHaveAttribute('href', '/catalog/default/group/checkout');
    expect(uncovered[1]).toHaveTextContent('Payments');
    await userEvent.click(
      within(uncovered[1]).getByRole('button', { name: 'Nominate someone' }),
    );
    expect(onNominate).toHaveBeenCalledWith('group:default/payments');

    const above = within(
      screen.getByRole('list', { name: 'Teams above target (1)' }),
    ).getByRole('listitem');
    expect(above).toHaveTextContent('Platform3 champions');
    expect(
      screen.queryByRole('link', { name: 'Search' }),
    ).not.toBeInTheDocument();
  });

  it('lists the teams below the target minimum, with a nomination', async () => {
    const onNominate = jest.fn();
    await renderChampions(
      <CoverageCard version={0} onNominate={onNominate} />,
      {
        getChampionCoverage: async () => ({
          ...coverage,
          target: { min: 2, max: 3 },
          teams: coverage.teams.map(team =>
            team.champions === 1 ? { ...team, state: 'below' as const } : team,
          ),
        }),
      },
    );
    const below = within(
      await screen.findByRole('list', { name: 'Teams below target (1)' }),
    ).getByRole('listitem');
    expect(below).toHaveTextContent('Search1 champion');
    await userEvent.click(
      within(below).getByRole('button', { name: 'Nominate someone' }),
    );
    expect(onNominate).toHaveBeenCalledWith('group:default/search');
  });

  it('offers no nomination to people who may not nominate', async () => {
    await renderChampions(<CoverageCard version={0} />);
    expect(await screen.findByLabelText('Coverage')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Nominate someone' }),
    ).not.toBeInTheDocument();
  });

  it('says so when every team has a champion', async () => {
    await renderChampions(<CoverageCard version={0} />, {
      getChampionCoverage: async () => ({
        ...coverage,
        coveredTeams: 2,
        eligibleTeams: 2,
        coverage: 1,
        target: { min: 1, max: 1 },
        teams: coverage.teams
          .slice(2, 3)
          .map(team => ({ ...team, state: 'covered' as const })),
        departments: [],
      }),
    });
    expect(await screen.findByLabelText('Coverage')).toHaveTextContent(
      '2 of 2 teams have a champion (100 %)',
    );
    expect(screen.getByText('target: 1 per team')).toBeInTheDocument();
    expect(screen.getByText('Every team has a champion.')).toBeInTheDocument();
    expect(screen.queryByText(/above target/)).not.toBeInTheDocument();
    expect(
      screen.getByText(/None of the teams has a parent group in the catalog/),
    ).toBeInTheDocument();
  });

  it('explains what a team is when the catalog has none', async () => {
    await renderChampions(<CoverageCard version={0} />, {
      getChampionCoverage: async () => noTeamsCoverage,
    });
    expect(await screen.findByText('No teams found')).toBeInTheDocument();
    expect(
      screen.getByText(
        /the Group entities that match platformProduct\.teams\.filter \(by default, groups with spec\.type: team\)/,
      ),
    ).toBeInTheDocument();
    expect(docsLink()).toHaveAttribute(
      'href',
      championsDocs('which-groups-are-teams'),
    );
    expect(screen.queryByLabelText('Coverage')).not.toBeInTheDocument();
    expect(screen.queryByText(/Every team/)).not.toBeInTheDocument();
  });
});

describe('CoverageHistoryChart', () => {
  beforeAll(stubResizeObserver);

  it('summarises the first and last day of the last 90 days', async () => {
    const getCoverageHistory = jest.fn(async () => [
      { day: '2026-01-12', eligibleTeams: 12, coveredTeams: 6 },
      { day: '2026-02-20', eligibleTeams: 13, coveredTeams: 8 },
      { day: '2026-04-11', eligibleTeams: 13, coveredTeams: 9 },
    ]);
    await renderChampions(<CoverageHistoryChart />, { getCoverageHistory });

    expect(
      await screen.findByRole('img', {
        name: 'Coverage over the last 90 days: from 50 % on Jan 12, 2026 to 69 % on Apr 11, 2026',
      }),
    ).toBeInTheDocument();
    expect(getCoverageHistory).toHaveBeenCalledWith(90);
  });

  it('waits for two days of history', async () => {
    await renderChampions(<CoverageHistoryChart />, {
      getCoverageHistory: async () => [
        { day: '2026-04-11', eligibleTeams: 13, coveredTeams: 9 },
      ],
    });
    expect(
      await screen.findByText(
        'The chart shows once coverage has been recorded on two days.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/records the day’s coverage once a day/),
    ).toBeInTheDocument();
    expect(docsLink()).toHaveAttribute(
      'href',
      championsDocs('roster-and-coverage'),
    );
    expect(
      screen.queryByRole('img', { name: /^Coverage over the last/ }),
    ).not.toBeInTheDocument();
  });
});
