import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  roadmapCreatePermission,
  roadmapUpdatePermission,
} from 'backstage-plugin-platform-product-common';
import {
  allow,
  board,
  itemDetail,
  renderRoadmap,
  roadmapItem,
} from './__testUtils__/fixtures';
import { RoadmapTab } from './RoadmapTab';
import { pageOf } from '../../__testUtils__/pageOf';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

describe('RoadmapTab', () => {
  it('switches between the board, the lists and the impact map', async () => {
    allow();
    const listRoadmapItems = jest.fn(async () => ({
      items: [roadmapItem()],
      totalCount: 1,
    }));
    await renderRoadmap(<RoadmapTab />, {
      getRoadmapBoard: async () => board([roadmapItem()]),
      listRoadmapItems,
      getRoadmapGoals: async () => pageOf([]),
    });

    const views = screen.getByRole('tablist', { name: 'Roadmap views' });
    expect(views).toHaveTextContent('BoardTimelineListShippedKilledImpact map');
    expect(screen.getByRole('tab', { name: 'Board' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      await screen.findByRole('region', { name: 'Up next' }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'Killed' }));
    await waitFor(() =>
      expect(listRoadmapItems).toHaveBeenLastCalledWith(
        expect.objectContaining({ status: 'killed' }),
      ),
    );
    await userEvent.click(screen.getByRole('tab', { name: 'List' }));
    await waitFor(() =>
      expect(listRoadmapItems).toHaveBeenLastCalledWith(
        expect.objectContaining({ status: 'active' }),
      ),
    );
    await userEvent.click(screen.getByRole('tab', { name: 'Impact map' }));
    expect(await screen.findByText('No impact map yet')).toBeInTheDocument();
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Impact map');
  });

  it('lets a maintainer create an item and opens its page', async () => {
    allow(roadmapCreatePermission, roadmapUpdatePermission);
    const created = itemDetail({ id: 9, title: 'Preview environments' });
    const createRoadmapItem = jest.fn(async () => created);
    await renderRoadmap(<RoadmapTab />, {
      createRoadmapItem,
      getRoadmapItem: async () => created,
      getRoadmapGoals: async () => pageOf([]),
      suggestReach: async () => ({ reach: 0, teams: [] }),
    });

    await userEvent.click(screen.getByRole('button', { name: 'New item' }));
    const dialog = screen.getByRole('dialog', { name: 'New roadmap item' });
    expect(dialog).toBeInTheDocument();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Title' }),
      'Preview environments',
    );
    await userEvent.type(
      screen.getByRole('spinbutton', { name: /Reach/ }),
      '40',
    );
    await userEvent.type(
      screen.getByRole('spinbutton', { name: /Effort/ }),
      '3',
    );
    await waitFor(() =>
      expect(screen.getByLabelText(/Owning team/)).toHaveDisplayValue(
        'Checkout',
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create item' }));

    expect(createRoadmapItem).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Preview environments', reach: 40 }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Preview environments' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Roadmap item #9')).toBeInTheDocument();
  });
});
