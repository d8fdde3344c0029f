import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { roadmapVotePermission } from 'backstage-plugin-platform-product-common';
import { allow, renderRoadmap, roadmapItem } from './__testUtils__/fixtures';
import { RoadmapTab } from './RoadmapTab';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

function listing(items = [roadmapItem()], totalCount = items.length) {
  return jest.fn(async () => ({ items, totalCount }));
}

const docsLink = () => screen.getByRole('button', { name: /^Read the docs/ });
const row = async (title: string) =>
  (await screen.findByRole('link', { name: title })).closest(
    'tr',
  ) as HTMLElement;

describe('the roadmap lists', () => {
  beforeEach(() => allow(roadmapVotePermission));

  it('lists active items by RICE score, 25 a page, with a vote toggle', async () => {
    const listRoadmapItems = listing();
    await renderRoadmap(
      <RoadmapTab />,
      { listRoadmapItems },
      '/platform-product/roadmap?view=list',
    );

    const item = await row('Faster CI caches');
    expect(listRoadmapItems).toHaveBeenLastCalledWith({
      status: 'active',
      sort: 'rice',
      limit: 25,
      offset: 0,
    });
    expect(screen.getByRole('tab', { name: 'List' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(item).toHaveTextContent('Up next');
    expect(item).toHaveTextContent('CI Pipelines');
    expect(item).toHaveTextContent('RICE 160');
    expect(item).toHaveTextContent('12 votes · 5 teams');
    expect(
      within(item).getByRole('button', { name: 'Vote (12)' }),
    ).toBeEnabled();
  });

  it('says "more than" when the server stopped counting', async () => {
    const items = Array.from({ length: 25 }, (_, i) =>
      roadmapItem({ id: i + 1, title: `Item ${i + 1}` }),
    );
    await renderRoadmap(
      <RoadmapTab />,
      {
        listRoadmapItems: jest.fn(async () => ({
          items,
          totalCount: 1000,
          moreThanTotal: true,
        })),
      },
      '/platform-product/roadmap?view=list&owner=group:default/platform',
    );
    expect(
      await screen.findAllByText('1-25 of more than 1000'),
    ).not.toHaveLength(0);
  });

  it('opens filtered by the URL and asks the server for what the filters and paging say', async () => {
    const listRoadmapItems = listing([roadmapItem()], 60);
    await renderRoadmap(
      <RoadmapTab />,
      { listRoadmapItems },
      '/platform-product/roadmap?view=list&toolRef=component:default/ci-pipelines&page=2',
    );

    await waitFor(() =>
      expect(listRoadmapItems).toHaveBeenLastCalledWith({
        status: 'active',
        toolRef: 'component:default/ci-pipelines',
        sort: 'rice',
        limit: 25,
        offset: 25,
      }),
    );
    expect(await screen.findByLabelText('Tool')).toHaveDisplayValue(
      'CI Pipelines',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Next Page' }));
    await waitFor(() =>
      expect(listRoadmapItems).toHaveBeenLastCalledWith(
        expect.objectContaining({ offset: 50, limit: 25 }),
      ),
    );

    await userEvent.selectOptions(screen.getByLabelText('Lane'), 'Doing now');
    await userEvent.selectOptions(
      await screen.findByLabelText('Owning team'),
      'Platform',
    );
    await userEvent.selectOptions(
      screen.getByLabelText('Requested by'),
      'Checkout',
    );
    await userEvent.selectOptions(
      screen.getByLabelText('Sort by'),
      'Most votes',
    );

    await waitFor(() =>
      expect(listRoadmapItems).toHaveBeenLastCalledWith({
        status: 'active',
        lane: 'now',
        toolRef: 'component:default/ci-pipelines',
        ownerRef: 'group:default/platform',
        requestingTeamRef: 'group:default/checkout',
        sort: 'votes',
        limit: 25,
        offset: 0,
      }),
    );
  });

  it('offers the owners seen on the page as well as the teams', async () => {
    await renderRoadmap(
      <RoadmapTab />,
      {
        listRoadmapItems: listing([
          roadmapItem({ ownerRef: 'group:default/developer-experience' }),
        ]),
      },
      '/platform-product/roadmap?view=list',
    );
    await row('Faster CI caches');
    const owners = within(screen.getByLabelText('Owning team'))
      .getAllByRole('option')
      .map(option => option.textContent);
    expect(owners).toEqual([
      'All owners',
      'Checkout',
      'Platform',
      'Search',
      'developer-experience',
    ]);
  });

  it('shows shipped items, latest shipped first, with their changelog entries', async () => {
    const listRoadmapItems = listing([
      roadmapItem({
        status: 'shipped',
        shippedAt: '2026-05-04T10:00:00Z',
        changelogEntryIds: [12, 14],
        changelogEntries: [
          { id: 12, title: 'Caches are on' },
          { id: 14, title: 'Faster restores' },
        ],
      }),
    ]);
    await renderRoadmap(
      <RoadmapTab />,
      { listRoadmapItems },
      '/platform-product/roadmap',
    );
    await userEvent.click(await screen.findByRole('tab', { name: 'Shipped' }));

    const item = await row('Faster CI caches');
    expect(listRoadmapItems).toHaveBeenLastCalledWith({
      status: 'shipped',
      sort: 'updated',
      limit: 25,
      offset: 0,
    });
    expect(item).toHaveTextContent('May 4, 2026');
    expect(
      within(item).getByRole('link', { name: 'Caches are on' }),
    ).toHaveAttribute('href', '/platform-product/changelog/12');
    expect(
      within(item).getByRole('link', { name: 'Faster restores' }),
    ).toHaveAttribute('href', '/platform-product/changelog/14');
    expect(screen.queryByLabelText('Lane')).not.toBeInTheDocument();
    expect(
      within(item).queryByRole('button', { name: /Vote/ }),
    ).not.toBeInTheDocument();
  });

  it('shows killed items with the reason', async () => {
    const listRoadmapItems = listing([
      roadmapItem({
        status: 'killed',
        killedAt: '2026-05-04T10:00:00Z',
        killReason: 'The new runners made it moot',
      }),
    ]);
    await renderRoadmap(
      <RoadmapTab />,
      { listRoadmapItems },
      '/platform-product/roadmap?view=killed',
    );

    const item = await row('Faster CI caches');
    expect(listRoadmapItems).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'killed' }),
    );
    expect(
      within(item).getByText('Killed: The new runners made it moot'),
    ).toBeInTheDocument();
  });

  it('says when nothing is shipped yet, and how items ship', async () => {
    await renderRoadmap(
      <RoadmapTab />,
      { listRoadmapItems: listing([]) },
      '/platform-product/roadmap?view=shipped',
    );
    expect(await screen.findByText('Nothing shipped yet')).toBeInTheDocument();
    expect(
      screen.getByText(/ships an item with “Ship…” on its page/),
    ).toBeInTheDocument();
    expect(docsLink()).toHaveAttribute(
      'href',
      expect.stringMatching(/\/docs\/roadmap\.md#moving-shipping-killing$/),
    );
  });

  it('says when nothing is killed yet, and how items are killed', async () => {
    await renderRoadmap(
      <RoadmapTab />,
      { listRoadmapItems: listing([]) },
      '/platform-product/roadmap?view=killed',
    );
    expect(await screen.findByText('Nothing killed')).toBeInTheDocument();
    expect(
      screen.getByText(/kills an item with “Kill…” on its page/),
    ).toBeInTheDocument();
    expect(docsLink()).toHaveAttribute(
      'href',
      expect.stringMatching(/#moving-shipping-killing$/),
    );
  });

  it('explains an empty roadmap in the unfiltered list', async () => {
    await renderRoadmap(
      <RoadmapTab />,
      { listRoadmapItems: listing([]) },
      '/platform-product/roadmap?view=list',
    );
    expect(
      await screen.findByText('Nothing on the roadmap yet'),
    ).toBeInTheDocument();
    expect(docsLink()).toHaveAttribute(
      'href',
      expect.stringMatching(/#setting-up-the-roadmap$/),
    );
  });

  it('says when nothing matches the filters, and clears them', async () => {
    const listRoadmapItems = listing([]);
    await renderRoadmap(
      <RoadmapTab />,
      { listRoadmapItems },
      '/platform-product/roadmap?view=list&toolRef=component:default/ci-pipelines&sort=votes',
    );
    expect(
      await screen.findByText('No roadmap items found'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Nothing on the roadmap matches these filters.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Nothing on the roadmap yet')).toBeNull();

    await userEvent.click(
      screen.getByRole('button', { name: 'Clear filters' }),
    );
    await waitFor(() =>
      expect(listRoadmapItems).toHaveBeenLastCalledWith({
        status: 'active',
        sort: 'votes',
        limit: 25,
        offset: 0,
      }),
    );
  });
});
