import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  feedbackCreatePermission,
  FeedbackItem,
  feedbackTriagePermission,
} from 'backstage-plugin-platform-product-common';
import { docsUrl } from '../shared/docsUrl';
import { signals } from '../../__testUtils__/liveSignals';
import { allow, feedbackItem, renderFeedback } from './__testUtils__/fixtures';
import { FeedbackInbox } from './FeedbackInbox';
import { elapse, withoutPauses } from '../../__testUtils__/withoutPauses';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const items: FeedbackItem[] = [
  feedbackItem(),
  feedbackItem({
    id: 7,
    kind: 'feedback',
    title: 'Templates miss a Kotlin option',
    toolRef: 'component:default/service-templates',
    status: 'planned',
    voteCount: 1,
    voted: true,
  }),
];

function listing(totalCount = items.length, listed = items) {
  return jest.fn(async () => ({ items: listed, totalCount }));
}

describe('FeedbackInbox', () => {
  beforeEach(() => allow(feedbackCreatePermission));

  it('lists open feedback with the most +1s first, one row per item', async () => {
    const listFeedback = listing();
    await renderFeedback(<FeedbackInbox />, { listFeedback });

    const row = (
      await screen.findByText('Cache node_modules between runs')
    ).closest('tr')!;
    expect(listFeedback).toHaveBeenLastCalledWith({
      status: ['new', 'acknowledged', 'planned'],
      sort: 'votes',
      limit: 25,
      offset: 0,
    });
    expect(
      within(row).getByRole('link', {
        name: 'Cache node_modules between runs',
      }),
    ).toHaveAttribute('href', '/platform-product/feedback/12');
    expect(row).toHaveTextContent('Idea');
    expect(row).toHaveTextContent('CI Pipelines');
    expect(row).toHaveTextContent('New');
    expect(row).toHaveTextContent('3 days ago');
    expect(within(row).getByRole('button', { name: '+1 (3)' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    const other = screen
      .getByText('Templates miss a Kotlin option')
      .closest('tr')!;
    expect(other).toHaveTextContent('Feedback');
    expect(other).toHaveTextContent('Service Templates');
    expect(other).toHaveTextContent('Planned');
    expect(
      within(other).getByRole('button', { name: '+1 (1)' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('opens filtered by the URL, e.g. a link from a tool’s entity page', async () => {
    const listFeedback = listing();
    await renderFeedback(
      <FeedbackInbox />,
      { listFeedback },
      '/platform-product/feedback?toolRef=component:default/ci-pipelines&status=all&page=2',
    );

    await waitFor(() =>
      expect(listFeedback).toHaveBeenLastCalledWith({
        toolRef: 'component:default/ci-pipelines',
        sort: 'votes',
        limit: 25,
        offset: 25,
      }),
    );
    expect(await screen.findByLabelText('Tool')).toHaveDisplayValue(
      'CI Pipelines',
    );
    expect(screen.getByLabelText('Status')).toHaveDisplayValue(
      'All but merged',
    );
  });

  it('asks the server for what the filters say, from the first page', async () => {
    const listFeedback = listing(60);
    await renderFeedback(<FeedbackInbox />, { listFeedback });
    await screen.findByText('Cache node_modules between runs');

    await userEvent.click(screen.getByRole('button', { name: 'Next Page' }));
    await waitFor(() =>
      expect(listFeedback).toHaveBeenLastCalledWith(
        expect.objectContaining({ offset: 25, limit: 25 }),
      ),
    );

    await userEvent.selectOptions(
      screen.getByLabelText('Tool'),
      'Service Templates',
    );
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Shipped');
    await userEvent.selectOptions(
      screen.getByLabelText('Age'),
      'Older than 30 days',
    );
    await userEvent.selectOptions(screen.getByLabelText('Sort by'), 'Newest');
    expect(screen.getByLabelText('Only mine')).toHaveAccessibleDescription(
      'Items you sent under your name (anonymous ones are never listed)',
    );
    await userEvent.click(screen.getByLabelText('Only mine'));

    await waitFor(() =>
      expect(listFeedback).toHaveBeenLastCalledWith({
        toolRef: 'component:default/service-templates',
        status: ['shipped'],
        minAgeDays: 30,
        mine: 'true',
        sort: 'newest',
        limit: 25,
        offset: 0,
      }),
    );

    await userEvent.selectOptions(screen.getByLabelText('Age'), 'Last 7 days');
    await waitFor(() =>
      expect(listFeedback).toHaveBeenLastCalledWith(
        expect.objectContaining({ maxAgeDays: 7 }),
      ),
    );
    expect(listFeedback).not.toHaveBeenLastCalledWith(
      expect.objectContaining({ minAgeDays: expect.anything() }),
    );
  });

  it('reads the next page after the last row, by cursor, and says when the total is capped', async () => {
    const listFeedback = jest.fn(async (query: { cursor?: string }) => ({
      items,
      totalCount: 1000,
      moreThanTotal: true,
      nextCursor: query.cursor ? 'after-page-2' : 'after-page-1',
    }));
    await renderFeedback(<FeedbackInbox />, { listFeedback });
    expect(
      (await screen.findAllByText('1-25 of more than 1000')).length,
    ).toBeGreaterThan(0);

    await userEvent.click(screen.getByRole('button', { name: 'Next Page' }));
    await waitFor(() =>
      expect(listFeedback).toHaveBeenLastCalledWith(
        expect.objectContaining({ cursor: 'after-page-1', offset: 0 }),
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Next Page' }));
    await waitFor(() =>
      expect(listFeedback).toHaveBeenLastCalledWith(
        expect.objectContaining({ cursor: 'after-page-2', offset: 0 }),
      ),
    );
    expect(screen.queryByRole('button', { name: 'Last Page' })).toBeNull();
  });

  it('toggles the reader’s +1', async () => {
    const voteFeedback = jest.fn(async (id: number, vote: boolean) =>
      feedbackItem({ id, voted: vote, voteCount: vote ? 4 : 3 }),
    );
    await renderFeedback(<FeedbackInbox />, {
      listFeedback: listing(),
      voteFeedback,
    });

    await userEvent.click(
      await screen.findByRole('button', { name: '+1 (3)' }),
    );
    expect(voteFeedback).toHaveBeenCalledWith(12, true);
    const voted = await screen.findByRole('button', { name: '+1 (4)' });
    expect(voted).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(voted);
    expect(voteFeedback).toHaveBeenLastCalledWith(12, false);
    expect(
      await screen.findByRole('button', { name: '+1 (3)' }),
    ).toHaveAttribute('aria-pressed', 'false');
  });

  it('invites feedback while there is no open feedback', async () => {
    await renderFeedback(<FeedbackInbox />, { listFeedback: listing(0, []) });
    expect(await screen.findByText('No open feedback')).toBeInTheDocument();
    expect(
      screen.getByText(/Tell the platform team what works/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('button', { name: 'Send feedback' }),
    ).toHaveLength(1);
    expect(
      screen.getByRole('button', { name: /Read the docs/ }),
    ).toHaveAttribute(
      'href',
      docsUrl('feedback', 'sending-feedback-and-ideas'),
    );
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('says when nothing matches the filters, and clears them', async () => {
    const listFeedback = listing(0, []);
    await renderFeedback(
      <FeedbackInbox />,
      { listFeedback },
      '/platform-product/feedback?status=shipped&sort=newest',
    );
    expect(
      await screen.findByText('No feedback matches these filters'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Try another tool, status or age/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Read the docs/ }),
    ).toHaveAttribute(
      'href',
      docsUrl('feedback', 'sending-feedback-and-ideas'),
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Clear filters' }),
    );
    await waitFor(() =>
      expect(listFeedback).toHaveBeenLastCalledWith({
        status: ['new', 'acknowledged', 'planned'],
        sort: 'newest',
        limit: 25,
        offset: 0,
      }),
    );
    expect(await screen.findByText('No open feedback')).toBeInTheDocument();
  });

  it('says that "Only mine" never lists anonymous items', async () => {
    await renderFeedback(
      <FeedbackInbox />,
      { listFeedback: listing(0, []) },
      '/platform-product/feedback?mine=true',
    );
    expect(
      await screen.findByText(
        '“Only mine” lists what you sent under your name: anonymous items are never listed there.',
      ),
    ).toBeInTheDocument();
  });

  it('explains that feedback needs platform tools in the catalog', async () => {
    await renderFeedback(<FeedbackInbox />, {
      getTools: async () => [],
      listFeedback: listing(0, []),
    });
    expect(
      await screen.findByText('No platform tools yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/entities matching platformProduct\.tools\.filter/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Read the docs/ }),
    ).toHaveAttribute('href', docsUrl('install', 'which-entities-are-tools'));
    // With no tool to give feedback about, there is nothing to send.
    expect(
      screen.queryByRole('button', { name: 'Send feedback' }),
    ).not.toBeInTheDocument();
  });

  it('offers neither sending nor +1s to people who may not give feedback', async () => {
    allow();
    await renderFeedback(<FeedbackInbox />, { listFeedback: listing() });
    expect(
      await screen.findByRole('button', { name: '+1 (3)' }),
    ).toBeDisabled();
    expect(
      screen.queryByRole('button', { name: 'Send feedback' }),
    ).not.toBeInTheDocument();
  });

  it('shows the error when the inbox cannot be loaded', async () => {
    await renderFeedback(<FeedbackInbox />, {
      listFeedback: async () => {
        throw new Error('database unavailable');
      },
    });
    expect(
      await screen.findByText('Error: database unavailable'),
    ).toBeInTheDocument();
  });

  it('shows others’ triage and +1s live, also in a row the reader voted on', () =>
    withoutPauses(async () => {
      const listFeedback = jest
        .fn()
        .mockResolvedValueOnce({ items, totalCount: 2 })
        .mockResolvedValue({
          items: [
            feedbackItem({ status: 'acknowledged', voteCount: 6, voted: true }),
            items[1],
          ],
          totalCount: 2,
        });
      await renderFeedback(<FeedbackInbox />, {
        listFeedback,
        voteFeedback: async () => feedbackItem({ voted: true, voteCount: 4 }),
      });
      await userEvent.click(
        await screen.findByRole('button', { name: '+1 (3)' }),
      );
      expect(
        await screen.findByRole('button', { name: '+1 (4)' }),
      ).toBeInTheDocument();

      // Two others +1'd and a maintainer acknowledged it.
      signals.send('feedback', { kind: 'voted', id: 12 });
      signals.send('feedback', { kind: 'status-changed', id: 12 });
      expect(
        await screen.findByRole(
          'button',
          { name: '+1 (6)' },
          { timeout: 3000 },
        ),
      ).toHaveAttribute('aria-pressed', 'true');
      expect(screen.getAllByRole('row')[1]).toHaveTextContent(/acknowledged/i);
      expect(listFeedback).toHaveBeenCalledTimes(2);
    }));

  it('holds live reloads while a maintainer has rows selected, and reloads once they are not', () =>
    withoutPauses(async () => {
      allow(feedbackCreatePermission, feedbackTriagePermission);
      const listFeedback = listing();
      await renderFeedback(<FeedbackInbox />, { listFeedback });
      const row = (await screen.findAllByRole('row'))[1];
      const select = within(row).getByRole('checkbox');

      await userEvent.click(select);
      signals.send('feedback', { kind: 'status-changed', id: 7 });
      await elapse(800);
      expect(listFeedback).toHaveBeenCalledTimes(1);
      expect(
        within(screen.getAllByRole('row')[1]).getByRole('checkbox'),
      ).toBeChecked();

      await userEvent.click(
        within(screen.getAllByRole('row')[1]).getByRole('checkbox'),
      );
      await waitFor(() => expect(listFeedback).toHaveBeenCalledTimes(2));
    }));
});
