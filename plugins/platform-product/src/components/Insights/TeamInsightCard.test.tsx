import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { TeamInsight } from 'backstage-plugin-platform-product-common';
import { teams, viewer } from '../Champions/__testUtils__/fixtures';
import { docsUrl } from '../shared/docsUrl';
import {
  captureDownloads,
  docsLinks,
  parseCsv,
  renderInsights,
} from './__testUtils__/fixtures';
import { TeamInsightCard } from './TeamInsightCard';

const checkout: TeamInsight = {
  teamRef: 'group:default/checkout',
  title: 'Checkout',
  members: 6,
  minGroupSize: 5,
  tools: [
    {
      toolRef: 'component:default/ci-pipelines',
      title: 'CI Pipelines',
      ratingCount: 5,
      averageRating: 4.16,
    },
    {
      toolRef: 'component:default/legacy-deployer',
      title: 'Deployer',
      ratingCount: null,
    },
  ],
  champions: [
    {
      id: 1,
      userRef: 'user:default/jane.doe',
      teamRef: 'group:default/checkout',
      status: 'active',
      focusAreas: [],
      since: '2026-01-15T09:00:00Z',
    },
  ],
  openFeedback: [
    {
      id: 12,
      title: 'Cache node_modules between runs',
      toolRef: 'component:default/ci-pipelines',
      status: 'acknowledged',
    },
  ],
};

function api() {
  return {
    getTeams: async () => teams,
    getViewer: async () => viewer,
    getTeamInsight: jest.fn(async (teamRef: string) =>
      teamRef === checkout.teamRef
        ? checkout
        : {
            ...checkout,
            teamRef,
            title: 'Platform',
            members: 4,
            tools: [],
            champions: [],
            openFeedback: [],
          },
    ),
  };
}

describe('TeamInsightCard', () => {
  it('shows the reader’s team, hiding averages below the minimum group size', async () => {
    const mock = api();
    await renderInsights(<TeamInsightCard />, mock);

    const table = await screen.findByRole('table', {
      name: 'Adopted by Checkout',
    });
    expect(mock.getTeamInsight).toHaveBeenCalledWith('group:default/checkout');
    expect(screen.getByRole('combobox', { name: 'Team' })).toHaveValue(
      'group:default/checkout',
    );
    expect(screen.getByText(/6 members/)).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('CI Pipelines54.2 ★');
    expect(rows[2]).toHaveTextContent(/^Deployerhiddenhidden$/);
    expect(rows[2]).not.toHaveTextContent('★');
    expect(within(rows[2]).getAllByText('hidden')[0]).toHaveAttribute(
      'title',
      'Figures about fewer than 5 people are hidden, and so is any figure that would let a hidden one be worked out, such as one with some but fewer than 5 anonymous ratings or answers among named ones.',
    );
    expect(
      screen.getByText(
        'Each person’s rating counts for one of their teams only. Figures about fewer than 5 people are hidden, and so is any figure that would let a hidden one be worked out, such as one with some but fewer than 5 anonymous ratings or answers among named ones.',
      ),
    ).toBeInTheDocument();
  });

  it('links the team’s champions and its open feedback', async () => {
    await renderInsights(<TeamInsightCard />, api());
    expect(
      await screen.findByRole('link', { name: 'jane.doe' }),
    ).toHaveAttribute('href', '/catalog/default/user/jane.doe');
    expect(
      screen.getByRole('link', { name: 'Cache node_modules between runs' }),
    ).toHaveAttribute('href', '/platform-product/feedback/12');
    expect(screen.getByText('Acknowledged')).toBeInTheDocument();
  });

  it('switches to the chosen team', async () => {
    const mock = api();
    await renderInsights(<TeamInsightCard />, mock);
    await screen.findByRole('table', { name: 'Adopted by Checkout' });

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Team' }),
      'Platform',
    );

    expect(
      await screen.findByText('This team adopts no platform tool yet.'),
    ).toBeInTheDocument();
    expect(docsLinks()).toEqual([docsUrl('insights', 'no-adoption')]);
    expect(mock.getTeamInsight).toHaveBeenLastCalledWith(
      'group:default/platform',
    );
    expect(screen.getByText('No champion yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
  });

  it('says where teams come from when there is none', async () => {
    const getTeamInsight = jest.fn();
    await renderInsights(<TeamInsightCard />, {
      getTeams: async () => [],
      getViewer: async () => ({ ...viewer, teamRefs: [] }),
      getTeamInsight,
    });
    expect(await screen.findByText('No teams found.')).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Teams are catalog Group entities matching platformProduct\.teams\.filter/,
      ),
    ).toBeInTheDocument();
    expect(docsLinks()).toEqual([docsUrl('insights', 'no-teams')]);
    expect(screen.queryByRole('combobox', { name: 'Team' })).toBeNull();
    expect(getTeamInsight).not.toHaveBeenCalled();
  });

  it('downloads the team’s tools table as CSV', async () => {
    const downloads = captureDownloads();
    await renderInsights(<TeamInsightCard />, api());
    await screen.findByRole('table', { name: 'Adopted by Checkout' });

    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));

    await waitFor(() => expect(downloads.files).toHaveLength(1));
    expect(downloads.files[0].fileName).toMatch(
      /^checkout-tools-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(parseCsv(await downloads.files[0].text)).toEqual([
      ['Tool', 'Ratings from the team', 'Average rating'],
      ['CI Pipelines', '5', '4.16'],
      ['Deployer', '', ''],
    ]);
    downloads.restore();
  });
});
