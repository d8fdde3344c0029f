import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  roadmapCreatePermission,
  roadmapDeletePermission,
  RoadmapGoal,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductApi } from '../../api';
import { allow, renderRoadmap } from './__testUtils__/fixtures';
import { ImpactMapView } from './ImpactMapView';
import { pageOf } from '../../__testUtils__/pageOf';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const goals: RoadmapGoal[] = [
  {
    id: 1,
    title: 'Faster delivery',
    description: 'Lead time under a day',
    actors: [
      {
        id: 2,
        teamRef: 'group:default/checkout',
        impacts: [
          {
            id: 7,
            title: 'Deploys daily',
            items: [
              {
                id: 3,
                title: 'Faster CI caches',
                lane: 'next',
                status: 'active',
                riceScore: 160,
              },
            ],
          },
        ],
      },
      { id: 4, persona: 'New joiners', impacts: [] },
    ],
  },
];

async function renderMap(api: Partial<PlatformProductApi>) {
  await renderRoadmap(<ImpactMapView />, api);
  return screen.findByRole('heading', { name: 'Faster delivery' });
}

describe('ImpactMapView', () => {
  it('shows goals, actors, impacts and the items that deliver them, read-only for developers', async () => {
    allow();
    await renderMap({ getRoadmapGoals: async () => pageOf(goals) });

    expect(screen.getByText('Lead time under a day')).toBeInTheDocument();
    const actors = screen.getByRole('list', {
      name: 'Actors of “Faster delivery”',
    });
    const [checkout, joiners] = Array.from(actors.children) as HTMLElement[];
    expect(
      within(checkout).getByRole('link', { name: /checkout/ }),
    ).toHaveAttribute('href', '/catalog/default/group/checkout');
    const items = within(checkout).getByRole('list', {
      name: 'Roadmap items for “Deploys daily”',
    });
    expect(
      within(items).getByRole('link', { name: 'Faster CI caches' }),
    ).toHaveAttribute('href', '/platform-product/roadmap/3');
    expect(items).toHaveTextContent('Next');
    expect(items).toHaveTextContent('RICE 160');
    expect(joiners).toHaveTextContent('Persona: New joiners');

    expect(screen.queryByRole('button', { name: /Add|Delete/ })).toBeNull();
  });

  it('explains impact mapping when there is none yet', async () => {
    allow(roadmapCreatePermission);
    await renderRoadmap(<ImpactMapView />, {
      getRoadmapGoals: async () => pageOf([]),
    });
    expect(await screen.findByText('No impact map yet')).toBeInTheDocument();
    expect(
      screen.getByText(/links the roadmap to why it exists/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Add goal' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^Read the docs/ }),
    ).toHaveAttribute(
      'href',
      expect.stringMatching(/\/docs\/roadmap\.md#impact-map$/),
    );
  });

  it('links a developer to the docs of an empty impact map', async () => {
    allow();
    await renderRoadmap(<ImpactMapView />, {
      getRoadmapGoals: async () => pageOf([]),
    });
    expect(await screen.findByText('No impact map yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add goal' })).toBeNull();
    expect(
      screen.getByRole('button', { name: /^Read the docs/ }),
    ).toHaveAttribute('href', expect.stringMatching(/#impact-map$/));
  });

  describe('for a maintainer', () => {
    beforeEach(() => allow(roadmapCreatePermission, roadmapDeletePermission));

    it('adds a goal', async () => {
      const getRoadmapGoals = jest.fn(async () => pageOf(goals));
      const createGoal = jest.fn(async () => ({ id: 5 }));
      await renderMap({ getRoadmapGoals, createGoal });

      await userEvent.click(screen.getByRole('button', { name: 'Add goal' }));
      const dialog = screen.getByRole('dialog', { name: 'Add a goal' });
      const add = within(dialog).getByRole('button', { name: 'Add goal' });
      expect(add).toBeDisabled();
      await userEvent.type(
        within(dialog).getByRole('textbox', { name: 'Goal' }),
        'Fewer incidents',
      );
      await userEvent.click(add);

      expect(createGoal).toHaveBeenCalledWith({
        title: 'Fewer incidents',
        description: undefined,
      });
      await waitFor(() => expect(getRoadmapGoals).toHaveBeenCalledTimes(2));
    });

    it('says where teams come from when the catalog has none', async () => {
      await renderMap({
        getRoadmapGoals: async () => pageOf(goals),
        getTeams: async () => [],
      });
      await userEvent.click(
        screen.getByRole('button', { name: 'Add actor to “Faster delivery”' }),
      );
      expect(
        within(screen.getByRole('dialog')).getByLabelText(/Team/),
      ).toHaveAccessibleDescription(
        /^No teams found: .*platformProduct\.teams\.filter/,
      );
    });

    it('adds a team or a persona as an actor, and an impact to an actor', async () => {
      const addGoalActor = jest.fn(async () => ({ id: 9 }));
      const addGoalImpact = jest.fn(async () => ({ id: 10 }));
      await renderMap({
        getRoadmapGoals: async () => pageOf(goals),
        addGoalActor,
        addGoalImpact,
      });

      await userEvent.click(
        screen.getByRole('button', { name: 'Add actor to “Faster delivery”' }),
      );
      let dialog = screen.getByRole('dialog');
      await userEvent.selectOptions(
        await within(dialog).findByLabelText(/Team/),
        'Search',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Add actor' }),
      );
      expect(addGoalActor).toHaveBeenCalledWith(1, {
        teamRef: 'group:default/search',
      });
      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );

      await userEvent.click(
        screen.getByRole('button', { name: 'Add actor to “Faster delivery”' }),
      );
      dialog = screen.getByRole('dialog');
      await userEvent.click(
        within(dialog).getByRole('radio', { name: 'A persona' }),
      );
      await userEvent.type(
        within(dialog).getByRole('textbox', { name: 'Persona' }),
        'Data scientists',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Add actor' }),
      );
      expect(addGoalActor).toHaveBeenLastCalledWith(1, {
        persona: 'Data scientists',
      });
      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );

      await userEvent.click(
        screen.getByRole('button', { name: 'Add impact for New joiners' }),
      );
      dialog = screen.getByRole('dialog', {
        name: 'Add an impact for New joiners',
      });
      await userEvent.type(
        within(dialog).getByRole('textbox', { name: 'Impact' }),
        'Ship on day one',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Add impact' }),
      );
      expect(addGoalImpact).toHaveBeenCalledWith(4, 'Ship on day one');
    });

    it('deletes a node after confirmation', async () => {
      const deleteFromImpactMap = jest.fn(async () => {});
      await renderMap({
        getRoadmapGoals: async () => pageOf(goals),
        deleteFromImpactMap,
      });

      await userEvent.click(
        screen.getByRole('button', { name: 'Delete impact “Deploys daily”' }),
      );
      const dialog = screen.getByRole('dialog', {
        name: 'Delete impact “Deploys daily”?',
      });
      expect(dialog).toHaveTextContent(
        'Items that deliver it stay on the roadmap, unlinked.',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Delete' }),
      );
      expect(deleteFromImpactMap).toHaveBeenCalledWith('impact', 7);

      await userEvent.click(
        await screen.findByRole('button', { name: 'Delete actor Checkout' }),
      );
      await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(deleteFromImpactMap).toHaveBeenCalledTimes(1);
    });
  });
});
