import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { useState } from 'react';
import {
  ReachSuggestion,
  RoadmapGoal,
  RoadmapItemDetail,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductApi } from '../../api';
import {
  itemDetail,
  renderRoadmap,
  responseError,
} from './__testUtils__/fixtures';
import {
  RoadmapItemEditorDialog,
  RoadmapItemEditorDialogProps,
} from './RoadmapItemEditorDialog';
import { pageOf } from '../../__testUtils__/pageOf';

const suggestion: ReachSuggestion = {
  reach: 11,
  teams: [
    {
      teamRef: 'group:default/checkout',
      title: 'Checkout',
      people: 6,
      reasons: ['adopts'],
    },
    {
      teamRef: 'group:default/search',
      title: 'Search',
      people: 5,
      reasons: ['adopts', 'voted'],
    },
  ],
};

const goals: RoadmapGoal[] = [
  {
    id: 1,
    title: 'Faster delivery',
    actors: [
      {
        id: 2,
        teamRef: 'group:default/checkout',
        impacts: [{ id: 7, title: 'Deploys daily', items: [] }],
      },
      {
        id: 3,
        persona: 'New joiners',
        impacts: [{ id: 8, title: 'Ship on day one', items: [] }],
      },
    ],
  },
];

async function renderDialog(
  api: Partial<PlatformProductApi>,
  props: Partial<RoadmapItemEditorDialogProps> = {},
) {
  const onSaved = jest.fn();
  const onReload = jest.fn();
  await renderRoadmap(
    <RoadmapItemEditorDialog
      onClose={jest.fn()}
      onSaved={onSaved}
      onReload={onReload}
      {...props}
    />,
    {
      suggestReach: jest.fn(async () => suggestion),
      getRoadmapGoals: async () => pageOf(goals),
      ...api,
    },
  );
  return { onSaved, onReload };
}

const textbox = (name: string) => screen.getByRole('textbox', { name });
const number = (name: string | RegExp) =>
  screen.getByRole('spinbutton', { name });

/** Picks an option of an Autocomplete. */
async function choose(field: string, option: string) {
  await userEvent.click(textbox(field));
  await userEvent.click(
    within(await screen.findByRole('listbox')).getByRole('option', {
      name: option,
    }),
  );
}

/** Fills in a new item and creates it; the server answers 400 with `message`. */
async function createRefused(message: string) {
  const createRoadmapItem = jest
    .fn()
    .mockRejectedValue(await responseError(400, message));
  await renderDialog({ createRoadmapItem });
  await userEvent.type(textbox('Title'), 'Faster CI caches');
  await userEvent.type(number(/Reach/), '10');
  await userEvent.type(number(/Effort/), '1');
  await userEvent.click(screen.getByRole('button', { name: 'Create item' }));
}

describe('RoadmapItemEditorDialog', () => {
  it('creates an item with numbers, the suggested reach and criteria', async () => {
    const created = itemDetail({ id: 9 });
    const createRoadmapItem = jest.fn(async () => created);
    const suggestReach = jest.fn(async () => suggestion);
    const { onSaved } = await renderDialog({ createRoadmapItem, suggestReach });

    expect(
      screen.getByText('Link tools to get a suggestion from the catalog.'),
    ).toBeInTheDocument();
    expect(suggestReach).not.toHaveBeenCalled();
    // The maintainer's own team (not a team named "platform").
    await waitFor(() =>
      expect(screen.getByLabelText(/Owning team/)).toHaveDisplayValue(
        'Checkout',
      ),
    );

    await userEvent.type(textbox('Title'), 'Faster CI caches');
    await userEvent.type(textbox('Description'), 'Cache **node_modules**');
    await userEvent.selectOptions(screen.getByLabelText('Lane'), 'Now');
    await choose('Tools', 'CI Pipelines');
    expect(suggestReach).toHaveBeenLastCalledWith({
      toolRefs: ['component:default/ci-pipelines'],
      itemId: undefined,
    });
    expect(
      await screen.findByText('Suggested from the catalog: 11 people'),
    ).toBeInTheDocument();
    expect(screen.getByText('Checkout: 6 people (adopts)')).toBeInTheDocument();
    expect(
      screen.getByText('Search: 5 people (adopts, voted)'),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Use suggested reach' }),
    );
    expect(number(/Reach/)).toHaveValue(11);
    expect(number(/Reach/)).toHaveAccessibleDescription(
      'People per quarter, suggested from the catalog',
    );

    await choose('Requesting teams', 'Search');
    await userEvent.selectOptions(screen.getByLabelText('Impact'), '2 — high');
    await userEvent.selectOptions(screen.getByLabelText('Confidence'), '100 %');
    await userEvent.type(number(/Effort/), '1.5');
    expect(
      screen.getByText('Score: 11 × 2 × 100 % ÷ 1.5 = 15'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Early access for champions' }),
    );
    await userEvent.selectOptions(
      screen.getByLabelText('Impact map'),
      'Faster delivery › New joiners › Ship on day one',
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Add criterion' }),
    );
    const criterion = screen.getByRole('group', { name: 'Criterion 1' });
    await userEvent.type(
      within(criterion).getByRole('textbox', { name: 'Metric' }),
      'p50 build time',
    );
    await userEvent.type(
      within(criterion).getByRole('textbox', { name: 'Target' }),
      'under 5 minutes',
    );
    // A new item's review date cannot lie in the past.
    const reviewDate = within(criterion).getByLabelText(/Review date/);
    fireEvent.change(reviewDate, { target: { value: '2020-06-30' } });
    await userEvent.click(screen.getByRole('button', { name: 'Create item' }));
    expect(reviewDate).toHaveAccessibleDescription(
      'Choose a review date that is not in the past',
    );
    expect(createRoadmapItem).not.toHaveBeenCalled();
    fireEvent.change(reviewDate, { target: { value: '2099-06-30' } });

    await userEvent.click(screen.getByRole('button', { name: 'Create item' }));
    expect(createRoadmapItem).toHaveBeenCalledWith({
      title: 'Faster CI caches',
      description: 'Cache **node_modules**',
      lane: 'now',
      ownerRef: 'group:default/checkout',
      toolRefs: ['component:default/ci-pipelines'],
      requestingTeamRefs: ['group:default/search'],
      reach: 11,
      reachSource: 'catalog',
      impact: 2,
      confidence: 1,
      effort: 1.5,
      earlyAccess: true,
      impactId: 8,
      criteria: [
        {
          metric: 'p50 build time',
          target: 'under 5 minutes',
          reviewDate: '2099-06-30',
        },
      ],
    });
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created));
  }, 60_000);

  it('explains a suggestion of nobody: no team adopts the tools', async () => {
    await renderDialog({
      suggestReach: jest.fn(async () => ({ reach: 0, teams: [] })),
    });
    // The maintainer's own team (not a team named "platform").
    await waitFor(() =>
      expect(screen.getByLabelText(/Owning team/)).toHaveDisplayValue(
        'Checkout',
      ),
    );
    await choose('Tools', 'CI Pipelines');

    expect(
      await screen.findByText('Suggested from the catalog: 0 people'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^No team adopts these tools.*\(dependsOn\).*\(consumesApi\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^Read the docs/ }),
    ).toHaveAttribute(
      'href',
      expect.stringMatching(/\/docs\/architecture\.md#adoption$/),
    );
  });

  it('says where teams and tools come from when the catalog has none', async () => {
    await renderDialog({ getTeams: async () => [], getTools: async () => [] });

    await waitFor(() =>
      expect(screen.getByLabelText(/Owning team/)).toHaveAccessibleDescription(
        /^No teams found: .*platformProduct\.teams\.filter/,
      ),
    );
    await userEvent.click(textbox('Tools'));
    expect(
      await screen.findByText(
        /^No platform tools found: .*platformProduct\.tools\.filter/,
      ),
    ).toBeInTheDocument();
  });

  it('takes a reach typed by hand as the maintainer’s own', async () => {
    const createRoadmapItem = jest.fn(async () => itemDetail());
    await renderDialog({ createRoadmapItem });
    await userEvent.type(textbox('Title'), 'Faster CI caches');
    await choose('Tools', 'CI Pipelines');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Use suggested reach' }),
    );
    await userEvent.clear(number(/Reach/));
    await userEvent.type(number(/Reach/), '300');
    await userEvent.type(number(/Effort/), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Create item' }));

    await waitFor(() => expect(createRoadmapItem).toHaveBeenCalled());
    expect(createRoadmapItem).toHaveBeenCalledWith(
      expect.objectContaining({
        reach: 300,
        reachSource: 'manual',
        effort: 3,
        impact: 1,
        confidence: 0.8,
        lane: 'next',
      }),
    );
  });

  it('checks the input before sending it', async () => {
    const createRoadmapItem = jest.fn();
    await renderDialog({ createRoadmapItem });
    await userEvent.type(number(/Reach/), '2.5');
    await userEvent.type(number(/Effort/), '0');
    await userEvent.click(
      screen.getByRole('button', { name: 'Add criterion' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create item' }));

    expect(textbox('Title')).toHaveAccessibleDescription(
      'Give the item a title',
    );
    expect(number(/Reach/)).toHaveAccessibleDescription(
      'A whole number of people, 0 or more',
    );
    expect(number(/Effort/)).toHaveAccessibleDescription(
      'More than 0 and at most 1,000 person-months',
    );
    expect(
      within(screen.getByRole('group', { name: 'Criterion 1' })).getByRole(
        'textbox',
        { name: 'Metric' },
      ),
    ).toHaveAccessibleDescription('Say what to measure');
    expect(
      screen.getByText('Score: fill in reach and effort to see it.'),
    ).toBeInTheDocument();
    expect(createRoadmapItem).not.toHaveBeenCalled();
  });

  it('shows the server’s reason for refusing an item', async () => {
    await createRefused(
      'Invalid body: toolRefs: component:default/gone not a platform tool',
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Invalid body: toolRefs: component:default/gone not a platform tool',
    );
    expect(
      within(alert).queryByRole('button', { name: 'Reload' }),
    ).not.toBeInTheDocument();
  });

  it('shows the server’s word on a field next to the field, and a cut paste', async () => {
    await createRefused(
      'Invalid body: ownerRef: group:default/gone is not a team',
    );

    expect(
      await screen.findByText('group:default/gone is not a team'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Invalid body/)).not.toBeInTheDocument();

    await userEvent.click(textbox('Description'));
    await userEvent.paste('x'.repeat(20_500));
    expect(textbox('Description')).toHaveAccessibleDescription(
      'The pasted text was cut to the maximum of 20,000 characters: the last 500 are missing.',
    );
  });

  describe('editing', () => {
    it('sends every field but the lane, the criteria ids and the version it started from', async () => {
      const item = itemDetail();
      const updateRoadmapItem = jest.fn(async () => item);
      const suggestReach = jest.fn(async () => suggestion);
      await renderDialog({ updateRoadmapItem, suggestReach }, { item });

      expect(screen.queryByLabelText('Lane')).not.toBeInTheDocument();
      expect(textbox('Title')).toHaveValue('Faster CI caches');
      expect(number(/Reach/)).toHaveValue(200);
      expect(screen.getByLabelText('Impact')).toHaveDisplayValue('2 — high');
      expect(screen.getByLabelText('Confidence')).toHaveDisplayValue('80 %');
      expect(suggestReach).toHaveBeenCalledWith({
        toolRefs: ['component:default/ci-pipelines'],
        itemId: 3,
      });
      expect(
        await screen.findByText('Score: 200 × 2 × 80 % ÷ 2 = 160'),
      ).toBeInTheDocument();

      await userEvent.clear(number(/Effort/));
      await userEvent.type(number(/Effort/), '4');
      await userEvent.click(screen.getByRole('button', { name: 'Save item' }));

      expect(updateRoadmapItem).toHaveBeenCalledWith(3, {
        title: 'Faster CI caches',
        description: 'Builds spend **four minutes** installing.',
        ownerRef: 'group:default/platform',
        toolRefs: ['component:default/ci-pipelines'],
        requestingTeamRefs: ['group:default/checkout'],
        reach: 200,
        reachSource: 'catalog',
        impact: 2,
        confidence: 0.8,
        effort: 4,
        earlyAccess: false,
        criteria: [
          {
            id: 31,
            metric: 'p50 build time',
            target: 'under 5 minutes',
            reviewDate: '2026-06-30',
          },
        ],
        version: 4,
      });
    });

    it('offers a reload when someone else changed the item meanwhile', async () => {
      const updateRoadmapItem = jest
        .fn()
        .mockRejectedValue(
          await responseError(
            409,
            'Roadmap item 3 was changed by someone else (version 5, yours 4); reload it',
          ),
        );
      const { onReload, onSaved } = await renderDialog(
        { updateRoadmapItem },
        { item: itemDetail() },
      );
      await userEvent.click(screen.getByRole('button', { name: 'Save item' }));

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        'Roadmap item 3 was changed by someone else (version 5, yours 4); reload it',
      );
      await userEvent.click(
        within(alert).getByRole('button', { name: 'Reload' }),
      );
      expect(onReload).toHaveBeenCalled();
      expect(onSaved).not.toHaveBeenCalled();
    });

    it('keeps what was typed across the reload, and says what changed', async () => {
      const first = itemDetail();
      const next = itemDetail({
        description: 'Rewritten by a colleague',
        effort: first.effort + 1,
        version: first.version + 1,
      });
      const updateRoadmapItem = jest
        .fn()
        .mockRejectedValueOnce(
          await responseError(409, 'Roadmap item 3 was changed; reload it'),
        )
        .mockResolvedValue(next);
      function Reloading() {
        const [item, setItem] = useState<RoadmapItemDetail>(first);
        return (
          <RoadmapItemEditorDialog
            item={item}
            onClose={jest.fn()}
            onSaved={jest.fn()}
            onReload={() => setItem(next)}
          />
        );
      }
      await renderRoadmap(<Reloading />, {
        suggestReach: jest.fn(async () => suggestion),
        getRoadmapGoals: async () => pageOf(goals),
        updateRoadmapItem,
      });
      await userEvent.clear(textbox('Title'));
      await userEvent.type(textbox('Title'), 'My better title');
      await userEvent.click(screen.getByRole('button', { name: 'Save item' }));
      await userEvent.click(
        within(await screen.findByRole('alert')).getByRole('button', {
          name: 'Reload',
        }),
      );

      expect(textbox('Title')).toHaveValue('My better title');
      expect(
        await screen.findByText(
          'Changed by someone else meanwhile: Description, Effort. What you typed is kept; saving replaces their version with yours.',
        ),
      ).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Save item' }));
      expect(updateRoadmapItem).toHaveBeenLastCalledWith(
        first.id,
        expect.objectContaining({
          title: 'My better title',
          version: next.version,
        }),
      );
    });
  });
});
