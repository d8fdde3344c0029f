import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  ChangelogQuery,
  roadmapDeletePermission,
  roadmapUpdatePermission,
  roadmapVotePermission,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductApi } from '../../api';
import {
  alertApi,
  allow,
  itemDetail,
  renderRoadmap,
  responseError,
  roadmapItem,
} from './__testUtils__/fixtures';
import { pick } from '../../__testUtils__/pick';
import { changelogEntry } from '../Changelog/__testUtils__/fixtures';
import { RoadmapTab } from './RoadmapTab';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const maintainer = [
  roadmapVotePermission,
  roadmapUpdatePermission,
  roadmapDeletePermission,
];

async function renderItem(api: Partial<PlatformProductApi>, id = 3) {
  await renderRoadmap(<RoadmapTab />, api, `/platform-product/roadmap/${id}`);
  return screen.findByRole('heading', { name: 'Faster CI caches' });
}

const card = (title: string) =>
  screen
    .getByRole('heading', { name: title })
    .closest('.MuiCard-root') as HTMLElement;

describe('RoadmapItemPage', () => {
  beforeEach(() => alertApi.post.mockReset());

  it('shows the item, its RICE formula, criteria and history to a developer, without maintainer actions', async () => {
    allow(roadmapVotePermission);
    await renderItem({ getRoadmapItem: async () => itemDetail() });

    expect(screen.getByText('Roadmap item #3')).toBeInTheDocument();
    expect(screen.getByText('four minutes').tagName).toBe('STRONG');
    expect(screen.getByText('Up next')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /checkout/ })).toHaveAttribute(
      'href',
      '/catalog/default/group/checkout',
    );
    expect(screen.getByRole('link', { name: /ci-pipelines/ })).toHaveAttribute(
      'href',
      '/catalog/default/component/ci-pipelines',
    );

    const rice = card('RICE score');
    expect(rice).toHaveTextContent('200 × 2 × 80 % ÷ 2 = 160');
    expect(rice).toHaveTextContent('200 people per quarter');
    expect(rice).toHaveTextContent('suggested from the catalog');
    expect(rice).toHaveTextContent('2 — high');
    expect(rice).toHaveTextContent('80 %');
    expect(rice).toHaveTextContent('2 person-months');

    const criteria = within(
      screen.getByRole('table', { name: 'Success criteria' }),
    ).getAllByRole('row');
    expect(criteria[1]).toHaveTextContent(
      'p50 build timeunder 5 minutesJun 30, 2026Pending',
    );

    const history = within(card('History')).getAllByRole('listitem');
    expect(history[0]).toHaveTextContent(/sven\.eriksen created it in Later/);
    expect(history[1]).toHaveTextContent(
      /ana\.lima moved it from Later to Up next/,
    );

    expect(screen.getByRole('button', { name: 'Vote (12)' })).toBeEnabled();
    for (const action of [/Edit/, /Move to/, /Ship/, /Kill/, /Delete/]) {
      expect(
        screen.queryByRole('button', { name: action }),
      ).not.toBeInTheDocument();
    }
    expect(
      screen.queryByRole('button', { name: /Set outcome/ }),
    ).not.toBeInTheDocument();
  });

  it('says "set by hand" for a reach the maintainer typed, and shows why an item was killed', async () => {
    allow();
    await renderItem({
      getRoadmapItem: async () =>
        itemDetail({
          reachSource: 'manual',
          status: 'killed',
          killReason: 'The new runners made it moot',
        }),
    });
    expect(card('RICE score')).toHaveTextContent('set by hand');
    expect(
      screen.getByText(/Killed: The new runners made it moot/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vote (12)' })).toBeDisabled();
  });

  it('explains an item without success criteria, with the docs', async () => {
    allow();
    await renderItem({
      getRoadmapItem: async () => itemDetail({ criteria: [] }),
    });

    const criteria = card('Success criteria');
    expect(criteria).toHaveTextContent(
      /^Success criteriaNo success criteria yet\.Read the docs/,
    );
    expect(
      within(criteria).getByRole('button', { name: /^Read the docs/ }),
    ).toHaveAttribute(
      'href',
      expect.stringMatching(/\/docs\/roadmap\.md#success-criteria$/),
    );
  });

  it('toggles the reader’s vote', async () => {
    allow(roadmapVotePermission);
    const voteRoadmapItem = jest.fn(async () =>
      roadmapItem({ voted: true, voteCount: 13, voterTeamCount: 6 }),
    );
    await renderItem({
      getRoadmapItem: async () => itemDetail(),
      voteRoadmapItem,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Vote (12)' }));
    expect(voteRoadmapItem).toHaveBeenCalledWith(3, true);
    expect(
      await screen.findByRole('button', {
        name: 'Voted (13): remove your vote',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('13 votes · 6 teams')).toBeInTheDocument();
    // The vote answers with the item only: criteria and history stay.
    expect(card('History')).toHaveTextContent('created it');
  });

  it('says when there is no such item', async () => {
    allow();
    await renderRoadmap(
      <RoadmapTab />,
      {
        getRoadmapItem: jest.fn().mockRejectedValue({
          response: { status: 404 },
        }),
      },
      '/platform-product/roadmap/99',
    );
    expect(
      await screen.findByText('There is no roadmap item with id 99.'),
    ).toBeInTheDocument();
  });

  describe('for a maintainer', () => {
    beforeEach(() => allow(...maintainer));

    it('kills an item only with a reason, naming the version it saw', async () => {
      const killed = itemDetail({
        status: 'killed',
        killReason: 'Superseded by the new runners',
        version: 5,
      });
      const killRoadmapItem = jest.fn(async () => killed);
      await renderItem({
        getRoadmapItem: async () => itemDetail(),
        killRoadmapItem,
      });

      await userEvent.click(screen.getByRole('button', { name: 'Kill…' }));
      const dialog = screen.getByRole('dialog', {
        name: 'Kill “Faster CI caches”',
      });
      const kill = within(dialog).getByRole('button', { name: 'Kill item' });
      const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
      expect(kill).toBeDisabled();
      expect(reason).toHaveAccessibleDescription('A reason is required');

      await userEvent.type(reason, '  ');
      expect(kill).toBeDisabled();
      await userEvent.type(reason, 'Superseded by the new runners');
      expect(kill).toBeEnabled();
      await userEvent.click(kill);

      expect(killRoadmapItem).toHaveBeenCalledWith(3, {
        reason: 'Superseded by the new runners',
        version: 4,
      });
      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );
      expect(
        screen.getByText(/Killed: Superseded by the new runners/),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: 'Kill…' }),
      ).not.toBeInTheDocument();
    });

    it('shows a conflict with the server’s message and reloads the item on request', async () => {
      const getRoadmapItem = jest
        .fn()
        .mockResolvedValueOnce(itemDetail())
        .mockResolvedValueOnce(itemDetail({ lane: 'now', version: 5 }));
      const killRoadmapItem = jest
        .fn()
        .mockRejectedValueOnce(
          await responseError(
            409,
            'Roadmap item 3 was changed by someone else (version 5, yours 4); reload it',
          ),
        )
        .mockResolvedValueOnce(itemDetail({ status: 'killed', version: 6 }));
      await renderItem({ getRoadmapItem, killRoadmapItem });

      await userEvent.click(screen.getByRole('button', { name: 'Kill…' }));
      const dialog = screen.getByRole('dialog');
      await userEvent.type(
        within(dialog).getByRole('textbox', { name: 'Reason' }),
        'Not worth it',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Kill item' }),
      );

      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent(
        'Roadmap item 3 was changed by someone else (version 5, yours 4); reload it',
      );
      await userEvent.click(
        within(alert).getByRole('button', { name: 'Reload' }),
      );
      await waitFor(() => expect(getRoadmapItem).toHaveBeenCalledTimes(2));
      expect(await screen.findByText('Doing now')).toBeInTheDocument();
      expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

      // Sent again knowingly, on top of the reloaded version.
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Kill item' }),
      );
      expect(killRoadmapItem).toHaveBeenLastCalledWith(3, {
        reason: 'Not worth it',
        version: 5,
      });
    });

    it('moves the item, and offers a reload when the move conflicts', async () => {
      const getRoadmapItem = jest.fn(async () => itemDetail());
      const moveRoadmapItem = jest
        .fn()
        .mockResolvedValueOnce(
          itemDetail({
            lane: 'now',
            version: 5,
            history: [
              ...itemDetail().history,
              {
                id: 3,
                kind: 'moved',
                fromLane: 'next',
                toLane: 'now',
                actorRef: 'user:default/sven.eriksen',
                createdAt: new Date().toISOString(),
              },
            ],
          }),
        )
        .mockRejectedValueOnce(
          await responseError(409, 'Roadmap item 3 is killed'),
        );
      await renderItem({ getRoadmapItem, moveRoadmapItem });

      await userEvent.click(screen.getByRole('button', { name: 'Move to…' }));
      await userEvent.click(
        screen.getByRole('menuitem', { name: 'Doing now' }),
      );
      expect(moveRoadmapItem).toHaveBeenCalledWith(3, 'now', 4);
      expect(
        await within(card('History')).findByText(
          /moved it from Up next to Doing now/,
        ),
      ).toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: 'Move to…' }));
      await userEvent.click(screen.getByRole('menuitem', { name: 'Later' }));
      expect(moveRoadmapItem).toHaveBeenLastCalledWith(3, 'later', 5);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Roadmap item 3 is killed');
      await userEvent.click(
        within(alert).getByRole('button', { name: 'Reload' }),
      );
      await waitFor(() => expect(getRoadmapItem).toHaveBeenCalledTimes(2));
    });

    it('ships an item with changelog entries picked by title, drafts included', async () => {
      const entries = [
        { id: 12, title: 'Caches are on' },
        { id: 14, title: 'Faster restores' },
      ];
      const shipRoadmapItem = jest.fn(async () =>
        itemDetail({
          status: 'shipped',
          shippedAt: '2026-05-04T10:00:00Z',
          changelogEntryIds: [12, 14],
          changelogEntries: entries,
          version: 5,
        }),
      );
      const listUnpublishedChangelog = jest.fn(
        async (page?: { q?: string }) => {
          const items = page?.q
            ? [changelogEntry({ ...entries[1], status: 'draft' })]
            : [];
          return { items, totalCount: items.length };
        },
      );
      const listChangelog = jest.fn(async (query?: ChangelogQuery) => ({
        items: query?.q ? [changelogEntry(entries[0])] : [],
        totalCount: 1,
      }));
      await renderItem({
        getRoadmapItem: async () => itemDetail(),
        shipRoadmapItem,
        listUnpublishedChangelog,
        listChangelog,
      });

      await userEvent.click(screen.getByRole('button', { name: 'Ship…' }));
      const dialog = screen.getByRole('dialog', {
        name: 'Ship “Faster CI caches”',
      });
      await pick(
        dialog,
        /^Changelog entries/,
        'caches',
        /Caches are on\s*Published · Improved/,
      );
      await pick(
        dialog,
        /^Changelog entries/,
        'faster',
        /Faster restores\s*Draft · Improved/,
      );
      expect(listUnpublishedChangelog).toHaveBeenCalledWith({
        q: 'faster',
        limit: 20,
      });
      expect(listChangelog).toHaveBeenCalledWith({ q: 'faster', limit: 20 });
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Ship' }),
      );

      expect(shipRoadmapItem).toHaveBeenCalledWith(3, {
        changelogEntryIds: [12, 14],
        version: 4,
      });
      expect(
        await screen.findByRole('link', { name: 'Faster restores' }),
      ).toHaveAttribute('href', '/platform-product/changelog/14');
    });

    it('records the outcome of a success criterion', async () => {
      const setCriterionOutcome = jest.fn(async () =>
        itemDetail({
          criteria: [
            {
              ...itemDetail().criteria[0],
              outcome: 'met',
              note: '4 min 10 s',
            },
          ],
        }),
      );
      await renderItem({
        getRoadmapItem: async () => itemDetail(),
        setCriterionOutcome,
      });

      await userEvent.click(
        screen.getByRole('button', {
          name: 'Set outcome of “p50 build time”',
        }),
      );
      const dialog = screen.getByRole('dialog');
      await userEvent.click(within(dialog).getByRole('radio', { name: 'Met' }));
      await userEvent.type(
        within(dialog).getByRole('textbox', { name: 'Note (optional)' }),
        '4 min 10 s',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Save outcome' }),
      );

      expect(setCriterionOutcome).toHaveBeenCalledWith(31, {
        outcome: 'met',
        note: '4 min 10 s',
      });
      // the dialog closes once the outcome is saved
      const criteria = await screen.findByRole('table', {
        name: 'Success criteria',
      });
      expect(await within(criteria).findByText('Met')).toBeInTheDocument();
      expect(within(criteria).getByText('4 min 10 s')).toBeInTheDocument();
    });

    it('deletes the item after confirmation and goes back to the roadmap', async () => {
      const deleteRoadmapItem = jest.fn(async () => {});
      await renderItem({
        getRoadmapItem: async () => itemDetail(),
        deleteRoadmapItem,
        listRoadmapItems: async () => ({ items: [], totalCount: 0 }),
      });

      await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
      await userEvent.click(
        within(
          screen.getByRole('dialog', { name: 'Delete “Faster CI caches”?' }),
        ).getByRole('button', { name: 'Delete' }),
      );

      expect(deleteRoadmapItem).toHaveBeenCalledWith(3);
      expect(await screen.findByRole('tab', { name: 'Board' })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      expect(alertApi.post).toHaveBeenCalledWith(
        expect.objectContaining({ message: 'Deleted “Faster CI caches”' }),
      );
    });

    it('hides delete without the delete permission', async () => {
      allow(roadmapUpdatePermission);
      await renderItem({ getRoadmapItem: async () => itemDetail() });
      expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: 'Delete…' }),
      ).not.toBeInTheDocument();
    });
  });
});
