import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  roadmapCreatePermission,
  roadmapUpdatePermission,
  roadmapVotePermission,
} from 'backstage-plugin-platform-product-common';
import {
  allow,
  board,
  caches,
  itemDetail,
  renderRoadmap,
  responseError,
  roadmapItem,
  sso,
} from './__testUtils__/fixtures';
import { RoadmapTab } from './RoadmapTab';
import { pageOf } from '../../__testUtils__/pageOf';
import { signals } from '../../__testUtils__/liveSignals';
import { elapse, withoutPauses } from '../../__testUtils__/withoutPauses';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const docsLink = () => screen.getByRole('button', { name: /^Read the docs/ });
const lane = (name: string) => screen.getByRole('region', { name });
const card = (name: string) => screen.getByRole('article', { name });

describe('the roadmap board', () => {
  it('tells a maintainer of an empty roadmap how to add the first item', async () => {
    allow(roadmapCreatePermission);
    await renderRoadmap(<RoadmapTab />, {});

    expect(
      await screen.findByText('Nothing on the roadmap yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Add the first item with “New item”.*a catalog Group/),
    ).toBeInTheDocument();
    expect(docsLink()).toHaveAttribute(
      'href',
      expect.stringMatching(/\/docs\/roadmap\.md#setting-up-the-roadmap$/),
    );
    expect(lane('Later')).toHaveTextContent('Nothing in this lane.');
  });

  it('tells a developer of an empty roadmap who adds items', async () => {
    allow();
    await renderRoadmap(<RoadmapTab />, {});

    expect(
      await screen.findByText(/Items are added by maintainers/),
    ).toHaveTextContent(/platformProduct\.maintainers/);
    expect(docsLink()).toHaveAttribute(
      'href',
      expect.stringMatching(/#setting-up-the-roadmap$/),
    );
  });

  it('shows the lanes with their configured titles, counts and cards', async () => {
    allow(roadmapVotePermission);
    await renderRoadmap(<RoadmapTab />, {
      getRoadmapBoard: async () => board([caches, sso]),
    });

    await screen.findByRole('article', { name: 'Faster CI caches' });
    expect(
      screen.getAllByRole('heading', { level: 3 }).map(h => h.textContent),
    ).toEqual(['Doing now', 'Up next', 'Later', 'Exploring']);
    expect(lane('Up next')).toHaveTextContent('1 item');
    expect(lane('Later')).toHaveTextContent('0 items');
    expect(lane('Later')).toHaveTextContent('Nothing in this lane.');
    expect(screen.queryByText('Nothing on the roadmap yet')).toBeNull();

    const next = card('Faster CI caches');
    expect(within(lane('Up next')).getByRole('article')).toBe(next);
    expect(
      within(next).getByRole('link', { name: 'Faster CI caches' }),
    ).toHaveAttribute('href', '/platform-product/roadmap/3');
    expect(
      within(next).getByRole('link', { name: /platform/ }),
    ).toHaveAttribute('href', '/catalog/default/group/platform');
    expect(next).toHaveTextContent('CI Pipelines');
    expect(next).toHaveTextContent('RICE 160');
    expect(next).toHaveTextContent('12 votes · 5 teams');
    expect(next).not.toHaveTextContent('Early access');

    const now = card('Single sign-on for the portal');
    expect(now).toHaveTextContent('Service Templates');
    expect(now).toHaveTextContent('RICE 42');
    expect(now).toHaveTextContent('1 vote · 1 team');
    expect(now).toHaveTextContent('Early access');
    expect(
      within(now).getByRole('button', { name: 'Voted (1): remove your vote' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('explains the RICE score', async () => {
    allow();
    await renderRoadmap(<RoadmapTab />, {
      getRoadmapBoard: async () => board([caches]),
    });
    await userEvent.hover(await screen.findByText('RICE 160'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Reach × Impact × Confidence ÷ Effort: 200 × 2 × 80 % ÷ 2 = 160',
    );
  });

  it('toggles the reader’s vote', async () => {
    allow(roadmapVotePermission);
    const voteRoadmapItem = jest
      .fn()
      .mockResolvedValueOnce(
        roadmapItem({ voted: true, voteCount: 13, voterTeamCount: 6 }),
      )
      .mockResolvedValueOnce(roadmapItem({ voted: false }));
    await renderRoadmap(<RoadmapTab />, {
      getRoadmapBoard: async () => board([caches]),
      voteRoadmapItem,
    });

    const button = await screen.findByRole('button', { name: 'Vote (12)' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button).toHaveTextContent(/^Vote$/);
    await userEvent.click(button);

    expect(voteRoadmapItem).toHaveBeenCalledWith(3, true);
    const voted = await screen.findByRole('button', {
      name: 'Voted (13): remove your vote',
    });
    expect(voted).toHaveAttribute('aria-pressed', 'true');
    expect(voted).toHaveTextContent(/^Voted$/);
    expect(card('Faster CI caches')).toHaveTextContent('13 votes · 6 teams');

    await userEvent.click(voted);
    expect(voteRoadmapItem).toHaveBeenLastCalledWith(3, false);
    expect(
      await screen.findByRole('button', { name: 'Vote (12)' }),
    ).toHaveAttribute('aria-pressed', 'false');
  });

  it('lets a developer vote but not move cards; without the vote permission the toggle is disabled', async () => {
    allow();
    await renderRoadmap(<RoadmapTab />, {
      getRoadmapBoard: async () => board([caches]),
    });
    expect(
      await screen.findByRole('button', { name: 'Vote (12)' }),
    ).toBeDisabled();
    expect(
      screen.queryByRole('button', { name: 'Move to…' }),
    ).not.toBeInTheDocument();
    expect(card('Faster CI caches')).toHaveAttribute('draggable', 'false');
    expect(
      screen.queryByRole('button', { name: 'New item' }),
    ).not.toBeInTheDocument();
  });

  describe('for a maintainer', () => {
    beforeEach(() => allow(roadmapVotePermission, roadmapUpdatePermission));

    it('moves a card to another lane with the version it has', async () => {
      const getRoadmapBoard = jest
        .fn()
        .mockResolvedValueOnce(board([caches]))
        .mockResolvedValue(board([{ ...caches, lane: 'now', version: 5 }]));
      const moveRoadmapItem = jest.fn(async () =>
        itemDetail({ lane: 'now', version: 5 }),
      );
      await renderRoadmap(<RoadmapTab />, {
        getRoadmapBoard,
        moveRoadmapItem,
      });

      const next = await screen.findByRole('article', {
        name: 'Faster CI caches',
      });
      await userEvent.click(
        within(next).getByRole('button', { name: 'Move to…' }),
      );
      expect(
        screen.getAllByRole('menuitem').map(item => item.textContent),
      ).toEqual(['Doing now', 'Later', 'Exploring']);
      await userEvent.click(
        screen.getByRole('menuitem', { name: 'Doing now' }),
      );

      expect(moveRoadmapItem).toHaveBeenCalledWith(3, 'now', 4);
      await waitFor(() =>
        expect(
          within(lane('Doing now')).getByRole('article', {
            name: 'Faster CI caches',
          }),
        ).toBeInTheDocument(),
      );
    });

    it('moves a card dragged to another lane, and only to another lane', async () => {
      const getRoadmapBoard = jest
        .fn()
        .mockResolvedValueOnce(board([caches, sso]))
        .mockResolvedValue(board([{ ...caches, lane: 'later', version: 5 }]));
      const moveRoadmapItem = jest.fn(async () =>
        itemDetail({ lane: 'later', version: 5 }),
      );
      await renderRoadmap(<RoadmapTab />, {
        getRoadmapBoard,
        moveRoadmapItem,
      });
      const dataTransfer = { setData: jest.fn(), dropEffect: 'none' };

      const next = await screen.findByRole('article', {
        name: 'Faster CI caches',
      });
      expect(next).toHaveAttribute('draggable', 'true');
      // Dropped back on its own lane, it stays.
      fireEvent.dragStart(next, { dataTransfer });
      fireEvent.drop(lane('Up next'), { dataTransfer });
      fireEvent.dragEnd(next, { dataTransfer });
      expect(moveRoadmapItem).not.toHaveBeenCalled();

      fireEvent.dragStart(next, { dataTransfer });
      // The lane takes it (the browser drops only where dragover was cancelled).
      expect(fireEvent.dragOver(lane('Later'), { dataTransfer })).toBe(false);
      fireEvent.drop(lane('Later'), { dataTransfer });
      fireEvent.dragEnd(next, { dataTransfer });

      expect(moveRoadmapItem).toHaveBeenCalledTimes(1);
      expect(moveRoadmapItem).toHaveBeenCalledWith(3, 'later', 4);
      await waitFor(() =>
        expect(
          within(lane('Later')).getByRole('article', {
            name: 'Faster CI caches',
          }),
        ).toBeInTheDocument(),
      );
      expect(dataTransfer.setData).toHaveBeenCalledWith(
        'text/plain',
        'Faster CI caches',
      );
    });

    it('after a conflicting move, says why and shows the board as it is now', async () => {
      const getRoadmapBoard = jest
        .fn()
        .mockResolvedValueOnce(board([caches]))
        .mockResolvedValue(board([{ ...caches, lane: 'now', version: 5 }]));
      const conflict = await responseError(
        409,
        'Roadmap item 3 was changed by someone else (version 5, yours 4); reload it',
      );
      await renderRoadmap(<RoadmapTab />, {
        getRoadmapBoard,
        moveRoadmapItem: jest.fn().mockRejectedValue(conflict),
      });

      await userEvent.click(
        await screen.findByRole('button', { name: 'Move to…' }),
      );
      await userEvent.click(screen.getByRole('menuitem', { name: 'Later' }));

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Roadmap item 3 was changed by someone else (version 5, yours 4); reload it',
      );
      expect(
        screen.getByText(/The board has been reloaded/),
      ).toBeInTheDocument();
      await waitFor(() =>
        expect(
          within(lane('Doing now')).getByRole('article', {
            name: 'Faster CI caches',
          }),
        ).toBeInTheDocument(),
      );
      expect(getRoadmapBoard).toHaveBeenCalledTimes(2);
    });

    it('shows why any other move failed, leaving the board as it is', async () => {
      const getRoadmapBoard = jest.fn(async () => board([caches]));
      await renderRoadmap(<RoadmapTab />, {
        getRoadmapBoard,
        moveRoadmapItem: jest
          .fn()
          .mockRejectedValue(await responseError(403, 'Not allowed')),
      });

      await userEvent.click(
        await screen.findByRole('button', { name: 'Move to…' }),
      );
      await userEvent.click(screen.getByRole('menuitem', { name: 'Later' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('Not allowed');
      expect(screen.queryByText(/The board has been reloaded/)).toBeNull();
      expect(getRoadmapBoard).toHaveBeenCalledTimes(1);
    });

    it('lists the success criteria due for review', async () => {
      await renderRoadmap(<RoadmapTab />, {
        getRoadmapBoard: async () => board([caches]),
        getRoadmapReviewsDue: async () =>
          pageOf([
            {
              item: {
                id: 3,
                title: 'Faster CI caches',
                lane: 'next',
                status: 'shipped',
                ownerRef: 'group:default/platform',
              },
              criteria: itemDetail().criteria,
            },
          ]),
      });

      const reviews = (
        await screen.findByRole('heading', {
          name: 'Success criteria to review',
        })
      ).closest('.MuiCard-root') as HTMLElement;
      expect(
        within(reviews).getByRole('link', { name: 'Faster CI caches' }),
      ).toHaveAttribute('href', '/platform-product/roadmap/3');
      expect(reviews).toHaveTextContent(
        'p50 build time: under 5 minutes — review due Jun 30, 2026',
      );
    });
  });

  describe('live', () => {
    /** The board with "Faster CI caches" at 12 votes, and at 13 on every later read. */
    async function renderVotedByOthers() {
      const getRoadmapBoard = jest
        .fn()
        .mockResolvedValueOnce(board([caches]))
        .mockResolvedValue(board([{ ...caches, voteCount: 13 }]));
      await renderRoadmap(<RoadmapTab />, { getRoadmapBoard });
      const next = await screen.findByRole('article', {
        name: 'Faster CI caches',
      });
      return { getRoadmapBoard, next };
    }
    const reloaded = () =>
      waitFor(
        () => expect(card('Faster CI caches')).toHaveTextContent('13 votes'),
        { timeout: 3000 },
      );

    it('reloads once per burst of others’ votes and moves, without a page reload', () =>
      withoutPauses(async () => {
        allow(roadmapVotePermission);
        const { getRoadmapBoard, next } = await renderVotedByOthers();
        expect(next).toHaveTextContent('12 votes');

        signals.send('roadmap', { kind: 'voted', id: 3 });
        signals.send('roadmap', { kind: 'moved', id: 5 });
        await reloaded();
        expect(getRoadmapBoard).toHaveBeenCalledTimes(2);
      }));

    it('does not yank a dragged card away: it reloads once the drag ends', () =>
      withoutPauses(async () => {
        allow(roadmapUpdatePermission);
        const { getRoadmapBoard, next } = await renderVotedByOthers();
        const dataTransfer = { setData: jest.fn(), dropEffect: 'none' };

        fireEvent.dragStart(next, { dataTransfer });
        signals.send('roadmap', { kind: 'voted', id: 3 });
        await elapse(800);
        expect(getRoadmapBoard).toHaveBeenCalledTimes(1);
        expect(card('Faster CI caches')).toBe(next);

        fireEvent.dragEnd(next, { dataTransfer });
        await reloaded();
        expect(getRoadmapBoard).toHaveBeenCalledTimes(2);
      }));
  });
});
