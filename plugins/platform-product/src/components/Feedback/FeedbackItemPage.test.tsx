import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  feedbackCreatePermission,
  FeedbackActivity,
  FeedbackItem,
  FeedbackQuery,
  feedbackTriagePermission,
  RoadmapQuery,
  roadmapUpdatePermission,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductApi } from '../../api';
import {
  alertApi,
  allow,
  feedbackItem,
  renderFeedback,
} from './__testUtils__/fixtures';
import { pick } from '../../__testUtils__/pick';
import { changelogEntry } from '../Changelog/__testUtils__/fixtures';
import { responseError, roadmapItem } from '../Roadmap/__testUtils__/fixtures';
import { FeedbackTab } from './FeedbackTab';
import { withoutPauses } from '../../__testUtils__/withoutPauses';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const maintainer = 'user:default/sven.eriksen';
const at = '2026-11-02T10:00:00Z';
const thread: FeedbackActivity[] = [
  {
    id: 1,
    kind: 'status',
    actorRef: maintainer,
    actorRole: 'maintainer',
    status: 'acknowledged',
    createdAt: at,
  },
  {
    id: 2,
    kind: 'reply',
    actorRole: 'author',
    body: 'Any news on this?',
    createdAt: at,
  },
  {
    id: 3,
    kind: 'reply',
    actorRef: maintainer,
    actorRole: 'maintainer',
    body: 'Working on **it**',
    createdAt: at,
  },
  {
    id: 4,
    kind: 'status',
    actorRef: maintainer,
    actorRole: 'maintainer',
    status: 'shipped',
    roadmapItemId: 3,
    roadmapItemTitle: 'Faster CI caches',
    changelogEntryId: 7,
    changelogEntryTitle: 'Caches are on',
    createdAt: at,
  },
  {
    id: 5,
    kind: 'merge',
    actorRef: maintainer,
    actorRole: 'maintainer',
    relatedItemId: 5,
    relatedItemTitle: 'Slow installs',
    createdAt: at,
  },
];

function apiWith(
  item: FeedbackItem,
  overrides: Partial<PlatformProductApi> = {},
): Partial<PlatformProductApi> {
  return {
    getFeedback: jest.fn(async () => item),
    getFeedbackActivity: jest.fn(async () => ({
      items: thread,
      totalCount: thread.length,
    })),
    ...overrides,
  };
}

async function renderItem(api: Partial<PlatformProductApi>, id = 12) {
  await renderFeedback(
    <FeedbackTab />,
    api,
    `/platform-product/feedback/${id}`,
  );
  return screen.findByRole('heading', { name: /Cache node_modules/ });
}

describe('FeedbackItemPage', () => {
  beforeEach(() => {
    allow(feedbackCreatePermission);
    alertApi.post.mockReset();
  });

  it('shows the item and its thread, without triage, to a developer', async () => {
    const api = apiWith(feedbackItem({ authorRef: 'user:default/ana.lima' }));
    await renderItem(api);

    expect(screen.getByText('Idea #12')).toBeInTheDocument();
    expect(screen.getByText('New')).toBeInTheDocument();
    expect(screen.getByText('four minutes').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: /ana\.lima/ })).toHaveAttribute(
      'href',
      '/catalog/default/user/ana.lima',
    );
    expect(screen.getByRole('link', { name: /ci-pipelines/ })).toHaveAttribute(
      'href',
      '/catalog/default/component/ci-pipelines',
    );
    expect(
      screen.getByRole('link', { name: 'Back to the inbox' }),
    ).toHaveAttribute('href', '/platform-product/feedback');

    const entries = await screen.findAllByRole('listitem');
    expect(api.getFeedbackActivity).toHaveBeenCalledWith(12, {
      limit: 50,
      offset: 0,
    });
    expect(entries[0]).toHaveTextContent(
      /sven\.eriksen.*moved this to acknowledged/,
    );
    expect(entries[1]).toHaveTextContent('Anonymous author');
    expect(within(entries[1]).getByText('Author')).toBeInTheDocument();
    expect(entries[1]).toHaveTextContent('Any news on this?');
    expect(within(entries[2]).getByText('it').tagName).toBe('STRONG');
    // A status step names what the item was linked to after it.
    expect(entries[3]).toHaveTextContent(
      'moved this to shipped · Roadmap: Faster CI caches · Changelog: Caches are on',
    );
    expect(
      within(entries[3]).getByRole('link', {
        name: 'Changelog: Caches are on',
      }),
    ).toHaveAttribute('href', '/platform-product/changelog/7');
    expect(
      within(entries[4]).getByRole('link', { name: 'Slow installs' }),
    ).toHaveAttribute('href', '/platform-product/feedback/5');
    expect(entries[4]).toHaveTextContent('merged Slow installs into this item');

    expect(
      screen.queryByRole('button', { name: /Acknowledge|Decline|Merge/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Reply')).not.toBeInTheDocument();
  });

  it('says who sent it without naming anonymous or hidden authors', async () => {
    await renderItem(apiWith(feedbackItem({ anonymous: true, mine: true })));
    expect(screen.getByText(/by Anonymous \(you\)/)).toBeInTheDocument();
  });

  it('links to the roadmap, the changelog and the original, and shows a decline reason', async () => {
    await renderItem(
      apiWith(
        feedbackItem({
          status: 'merged',
          roadmapItemId: 4,
          roadmapItemTitle: 'Arm runners',
          changelogEntryId: 9,
          mergedIntoId: 5,
          mergedIntoTitle: 'Slow installs',
          declineReason: 'Out of scope for this quarter',
        }),
      ),
    );
    expect(
      screen.getByRole('link', { name: 'Roadmap: Arm runners' }),
    ).toHaveAttribute('href', '/platform-product/roadmap/4');
    // A deleted entry has no title left: the link says so.
    expect(
      screen.getByRole('link', {
        name: 'Changelog: a deleted item (#9)',
      }),
    ).toHaveAttribute('href', '/platform-product/changelog/9');
    expect(
      screen.getByRole('link', { name: 'Merged into “Slow installs”' }),
    ).toHaveAttribute('href', '/platform-product/feedback/5');
    expect(
      screen.getByText(/Out of scope for this quarter/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '+1 (3)' })).toBeDisabled();
  });

  it('toggles the reader’s +1', async () => {
    const voteFeedback = jest.fn(async () =>
      feedbackItem({ voted: true, voteCount: 4 }),
    );
    await renderItem(apiWith(feedbackItem(), { voteFeedback }));
    await userEvent.click(screen.getByRole('button', { name: '+1 (3)' }));
    expect(voteFeedback).toHaveBeenCalledWith(12, true);
    expect(
      await screen.findByRole('button', { name: '+1 (4)' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('lets the author reply, and shows the reply', async () => {
    const reply: FeedbackActivity = {
      id: 6,
      kind: 'reply',
      actorRole: 'author',
      body: 'Still slow',
      createdAt: at,
    };
    const getFeedbackActivity = jest
      .fn()
      .mockResolvedValueOnce({ items: thread, totalCount: 5 })
      .mockResolvedValueOnce({ items: [reply], totalCount: 6 });
    const replyToFeedback = jest.fn(async () => {});
    await renderItem(
      apiWith(feedbackItem({ mine: true }), {
        getFeedbackActivity,
        replyToFeedback,
      }),
    );

    const box = screen.getByLabelText('Reply');
    expect(box).toHaveAccessibleDescription(/You reply as the author/);
    await userEvent.type(box, 'Still slow');
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));

    expect(replyToFeedback).toHaveBeenCalledWith(12, 'Still slow');
    await waitFor(() =>
      expect(screen.getAllByRole('listitem')).toHaveLength(6),
    );
    expect(getFeedbackActivity).toHaveBeenLastCalledWith(12, {
      limit: 50,
      offset: 5,
    });
    expect(box).toHaveValue('');
  });

  it('loads long threads 50 entries at a time', async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      ...thread[2],
      id: i + 1,
      body: `Reply ${i + 1}`,
    }));
    const getFeedbackActivity = jest
      .fn()
      .mockResolvedValueOnce({ items: many, totalCount: 51 })
      .mockResolvedValueOnce({
        items: [{ ...thread[2], id: 51, body: 'Reply 51' }],
        totalCount: 51,
      });
    await renderItem(apiWith(feedbackItem(), { getFeedbackActivity }));

    await userEvent.click(
      await screen.findByRole('button', { name: 'Load more' }),
    );
    expect(getFeedbackActivity).toHaveBeenLastCalledWith(12, {
      limit: 50,
      offset: 50,
    });
    expect(await screen.findByText('Reply 51')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  describe('for a maintainer', () => {
    beforeEach(() => allow(feedbackCreatePermission, feedbackTriagePermission));

    it('offers the next statuses of the item, and merging', async () => {
      await renderItem(apiWith(feedbackItem({ status: 'planned' })));
      const buttons = within(
        screen.getByText('Triage').closest('.MuiCard-root') as HTMLElement,
      )
        .getAllByRole('button')
        .map(b => b.textContent);
      expect(buttons).toEqual([
        'Mark shipped…',
        'Decline…',
        'Acknowledge',
        'Merge into…',
      ]);
      expect(screen.getByLabelText('Reply')).toBeInTheDocument();
    });

    it('requires a reason to decline, then declines and refreshes the item and the thread', async () => {
      const declined = feedbackItem({
        status: 'declined',
        declineReason: 'Not worth it',
      });
      const getFeedback = jest
        .fn()
        .mockResolvedValueOnce(feedbackItem())
        .mockResolvedValue(declined);
      const changeFeedbackStatus = jest.fn(async () => declined);
      const api = apiWith(feedbackItem(), {
        getFeedback,
        changeFeedbackStatus,
      });
      await renderItem(api);

      await userEvent.click(screen.getByRole('button', { name: 'Decline…' }));
      const dialog = screen.getByRole('dialog', {
        name: 'Decline this feedback',
      });
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Decline' }),
      );
      expect(
        within(dialog).getByText('A reason is required'),
      ).toBeInTheDocument();
      expect(changeFeedbackStatus).not.toHaveBeenCalled();

      await userEvent.type(
        within(dialog).getByLabelText(/^Reason/),
        'Not worth it',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Decline' }),
      );

      expect(changeFeedbackStatus).toHaveBeenCalledWith(12, {
        status: 'declined',
        expectedStatus: 'new',
        reason: 'Not worth it',
      });
      expect(
        await screen.findByText('Declined: Not worth it'),
      ).toBeInTheDocument();
      expect(getFeedback).toHaveBeenCalledTimes(2);
      expect(api.getFeedbackActivity).toHaveBeenLastCalledWith(12, {
        limit: 50,
        offset: 5,
      });
      expect(
        screen.getByRole('button', { name: 'Acknowledge' }),
      ).toBeInTheDocument();
      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );
    });

    it('acknowledges directly and plans with a roadmap item picked by title', async () => {
      const changeFeedbackStatus = jest.fn(async () => feedbackItem());
      // Matches only once the typed words reach the server.
      const listRoadmapItems = jest.fn(async (query?: RoadmapQuery) => ({
        items: query?.q
          ? [roadmapItem({ id: 4, title: 'Faster CI caches', lane: 'now' })]
          : [],
        totalCount: 1,
      }));
      await renderItem(
        apiWith(feedbackItem(), { changeFeedbackStatus, listRoadmapItems }),
      );

      await userEvent.click(
        screen.getByRole('button', { name: 'Acknowledge' }),
      );
      expect(changeFeedbackStatus).toHaveBeenCalledWith(12, {
        status: 'acknowledged',
        expectedStatus: 'new',
      });

      await userEvent.click(screen.getByRole('button', { name: 'Plan…' }));
      await pick(
        screen.getByRole('dialog'),
        /^Roadmap item/,
        'faster',
        /Faster CI caches\s*Now · 12 votes/,
      );
      expect(listRoadmapItems).toHaveBeenLastCalledWith({
        q: 'faster',
        sort: 'votes',
        limit: 20,
      });
      await userEvent.click(
        screen.getByRole('button', { name: 'Move to planned' }),
      );
      expect(changeFeedbackStatus).toHaveBeenLastCalledWith(12, {
        status: 'planned',
        expectedStatus: 'new',
        roadmapItemId: 4,
      });
    });

    it('marks shipped with a changelog entry picked by title', async () => {
      const changeFeedbackStatus = jest.fn(async () => feedbackItem());
      const listChangelog = jest.fn(async () => ({
        items: [changelogEntry()],
        totalCount: 1,
      }));
      await renderItem(
        apiWith(feedbackItem({ status: 'planned' }), {
          changeFeedbackStatus,
          listChangelog,
        }),
      );

      await userEvent.click(
        screen.getByRole('button', { name: 'Mark shipped…' }),
      );
      await pick(
        screen.getByRole('dialog'),
        /^Changelog entry/,
        'pipelines',
        /Pipelines cache node_modules\s*Published · Improved/,
      );
      await userEvent.click(
        screen.getByRole('button', { name: 'Mark shipped' }),
      );
      expect(changeFeedbackStatus).toHaveBeenLastCalledWith(12, {
        status: 'shipped',
        expectedStatus: 'planned',
        changelogEntryId: 21,
      });
    });

    it('keeps what was typed and says what changed when someone else triaged the item meanwhile', async () => {
      const conflict = await responseError(
        409,
        'Feedback 12 is acknowledged now, not new: someone else changed it meanwhile',
      );
      const getFeedback = jest
        .fn()
        .mockResolvedValueOnce(feedbackItem())
        .mockResolvedValue(feedbackItem({ status: 'acknowledged' }));
      const changeFeedbackStatus = jest
        .fn()
        .mockRejectedValueOnce(conflict)
        .mockResolvedValue(feedbackItem({ status: 'declined' }));
      await renderItem(
        apiWith(feedbackItem(), { getFeedback, changeFeedbackStatus }),
      );

      await userEvent.click(screen.getByRole('button', { name: 'Decline…' }));
      const dialog = screen.getByRole('dialog', {
        name: 'Decline this feedback',
      });
      await userEvent.type(
        within(dialog).getByLabelText(/^Reason/),
        'Covered by the new runners',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Decline' }),
      );

      expect(
        await within(dialog).findByText(
          /Someone else changed this item meanwhile: it is acknowledged now/,
        ),
      ).toBeInTheDocument();
      expect(within(dialog).getByLabelText(/^Reason/)).toHaveValue(
        'Covered by the new runners',
      );
      // Submitting again applies it from the status the item has now.
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Decline' }),
      );
      expect(changeFeedbackStatus).toHaveBeenLastCalledWith(12, {
        status: 'declined',
        expectedStatus: 'acknowledged',
        reason: 'Covered by the new runners',
      });
    });

    it('shows the server’s word on a field next to that field', async () => {
      const badRequest = await responseError(
        400,
        'Invalid body: roadmapItemId: no roadmap item 9999',
      );
      await renderItem(
        apiWith(feedbackItem(), {
          changeFeedbackStatus: jest.fn().mockRejectedValue(badRequest),
          listRoadmapItems: async () => ({
            items: [roadmapItem({ id: 9999, title: 'Gone since' })],
            totalCount: 1,
          }),
        }),
      );
      await userEvent.click(screen.getByRole('button', { name: 'Plan…' }));
      const dialog = screen.getByRole('dialog', { name: 'Plan this feedback' });
      await pick(dialog, /^Roadmap item/, 'gone', /Gone since/);
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Move to planned' }),
      );
      expect(
        await within(dialog).findByText('no roadmap item 9999'),
      ).toBeInTheDocument();
      expect(alertApi.post).not.toHaveBeenCalledWith(
        expect.objectContaining({ severity: 'error' }),
      );
    });

    it('merges into another item picked by title, never into itself', async () => {
      const mergeFeedback = jest.fn(async () => feedbackItem({ id: 5 }));
      const original = feedbackItem({ id: 5, title: 'Slow installs' });
      const listFeedback = jest.fn(async (query?: FeedbackQuery) => ({
        items: query?.q ? [feedbackItem(), original] : [],
        totalCount: 2,
      }));
      await renderItem(
        apiWith(feedbackItem(), {
          mergeFeedback,
          listFeedback,
          similarFeedback: async () => [],
        }),
      );

      await userEvent.click(
        screen.getByRole('button', { name: 'Merge into…' }),
      );
      const dialog = screen.getByRole('dialog', {
        name: 'Merge “Cache node_modules between runs” into another item',
      });
      expect(dialog).toHaveTextContent('This cannot be undone');
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Merge' }),
      );
      expect(
        within(dialog).getByText('Pick the original item'),
      ).toBeInTheDocument();

      // The item itself is never offered.
      const offered = await withoutPauses(async () => {
        await userEvent.type(
          within(dialog).getByLabelText(/^Original item/),
          'slow',
        );
        return screen.findByRole('option', { name: /Slow installs/ });
      });
      expect(offered).toBeInTheDocument();
      expect(screen.getAllByRole('option')).toHaveLength(1);
      expect(listFeedback).toHaveBeenLastCalledWith({
        toolRef: 'component:default/ci-pipelines',
        q: 'slow',
        sort: 'votes',
        limit: 20,
      });
      await userEvent.click(screen.getByRole('option', { name: /Slow/ }));
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Merge' }),
      );
      expect(mergeFeedback).toHaveBeenCalledWith(12, 5);
    });

    it('suggests similar items as originals when merging', () =>
      withoutPauses(async () => {
        const mergeFeedback = jest.fn(async () => feedbackItem({ id: 5 }));
        const similarFeedback = jest.fn(async () => [
          feedbackItem({ id: 5, title: 'Cache node_modules', voteCount: 9 }),
        ]);
        await renderItem(
          apiWith(feedbackItem(), { mergeFeedback, similarFeedback }),
        );
        await userEvent.click(
          screen.getByRole('button', { name: 'Merge into…' }),
        );
        const dialog = screen.getByRole('dialog');
        await userEvent.click(
          await within(dialog).findByRole('button', {
            name: 'Use “Cache node_modules” as the original',
          }),
        );
        expect(similarFeedback).toHaveBeenCalledWith({
          toolRef: 'component:default/ci-pipelines',
          title: 'Cache node_modules between runs',
          excludeId: '12',
        });
        expect(within(dialog).getByLabelText(/^Original item/)).toHaveValue(
          'Cache node_modules',
        );
        await userEvent.click(
          within(dialog).getByRole('button', { name: 'Merge' }),
        );
        expect(mergeFeedback).toHaveBeenCalledWith(12, 5);
      }));
  });

  it('links the item as evidence to a roadmap item it supports, for roadmap maintainers', async () => {
    allow(feedbackTriagePermission, roadmapUpdatePermission);
    const link = {
      id: 71,
      roadmapItemId: 3,
      sourceKind: 'feedback' as const,
      sourceId: 12,
      linkedBy: maintainer,
      linkedAt: at,
    };
    const getEvidenceOf = jest
      .fn()
      .mockResolvedValueOnce({ items: [] })
      .mockResolvedValue({
        items: [{ ...link, roadmapItemTitle: 'Faster CI caches' }],
      });
    const linkEvidence = jest.fn(async () => link);
    await renderItem(
      apiWith(feedbackItem(), {
        getEvidenceOf,
        linkEvidence,
        listRoadmapItems: async (_query?: RoadmapQuery) => ({
          items: [roadmapItem()],
          totalCount: 1,
        }),
      }),
    );
    const card = (
      await screen.findByRole('heading', { name: 'Evidence for the roadmap' })
    ).closest('.MuiCard-root') as HTMLElement;
    expect(
      await within(card).findByText(
        'Not linked to a roadmap item as evidence yet.',
      ),
    ).toBeInTheDocument();

    await pick(card, /Roadmap item it supports/, 'caches', /Faster CI caches/);
    await userEvent.click(
      within(card).getByRole('button', { name: 'Link to roadmap item' }),
    );
    expect(linkEvidence).toHaveBeenCalledWith(3, {
      sourceKind: 'feedback',
      sourceId: 12,
    });
    expect(
      await within(card).findByRole('link', { name: 'Faster CI caches' }),
    ).toHaveAttribute('href', '/platform-product/roadmap/3');
  });

  it('says so when there is no such item', async () => {
    const notFound = Object.assign(new Error('No feedback with id 99'), {
      response: { status: 404 },
    });
    await renderFeedback(
      <FeedbackTab />,
      { getFeedback: jest.fn().mockRejectedValue(notFound) },
      '/platform-product/feedback/99',
    );
    expect(await screen.findByText('No such feedback')).toBeInTheDocument();
  });
});
