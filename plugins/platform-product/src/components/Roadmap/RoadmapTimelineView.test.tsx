import { screen, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  roadmapUpdatePermission,
  roadmapVotePermission,
} from 'backstage-plugin-platform-product-common';
import {
  allow,
  board,
  caches,
  renderRoadmap,
  sso,
} from './__testUtils__/fixtures';
import { quarterAfter } from './quarters';
import { RoadmapTab } from './RoadmapTab';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const label = ({ year, quarter }: { year: number; quarter: number }) =>
  `Q${quarter} ${year}`;

describe('the roadmap timeline', () => {
  beforeEach(() => allow(roadmapVotePermission, roadmapUpdatePermission));

  it('shows the lanes as quarters, read-only, at its own URL', async () => {
    await renderRoadmap(
      <RoadmapTab />,
      { getRoadmapBoard: async () => board([caches, sso]) },
      '/platform-product/roadmap?view=timeline',
    );

    expect(
      await screen.findByRole('tab', { name: 'Timeline', selected: true }),
    ).toBeInTheDocument();
    const now = new Date();
    const thisQuarter = await screen.findByRole('region', {
      name: `${label(quarterAfter(now, 0))} · Doing now`,
    });
    const nextQuarter = screen.getByRole('region', {
      name: `${label(quarterAfter(now, 1))} · Up next`,
    });
    screen.getByRole('region', {
      name: `From ${label(quarterAfter(now, 2))} · Later`,
    });
    screen.getByRole('region', { name: 'Not scheduled · Exploring' });

    expect(
      within(thisQuarter).getByRole('link', {
        name: 'Single sign-on for the portal',
      }),
    ).toHaveAttribute('href', '/platform-product/roadmap/5');
    expect(nextQuarter).toHaveTextContent('Faster CI caches');
    expect(nextQuarter).toHaveTextContent('1 item');
    // Read-only: no votes, no moves, nothing to drag.
    expect(screen.queryByRole('button', { name: /^Vote/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move to…' })).toBeNull();
    expect(document.querySelector('[draggable="true"]')).toBeNull();
  });

  it('is chosen with its tab', async () => {
    await renderRoadmap(<RoadmapTab />, {
      getRoadmapBoard: async () => board([caches]),
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Timeline' }));
    expect(
      await screen.findByText(/The active items by quarter, read-only/),
    ).toBeInTheDocument();
  });
});
