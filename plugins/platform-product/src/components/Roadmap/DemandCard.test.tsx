import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  FeedbackItem,
  feedbackTriagePermission,
  roadmapUpdatePermission,
  roadmapVotePermission,
  Survey,
  surveyManagePermission,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductApi } from '../../api';
import { pick } from '../../__testUtils__/pick';
import {
  alertApi,
  allow,
  demand,
  itemDetail,
  renderRoadmap,
} from './__testUtils__/fixtures';
import { RoadmapTab } from './RoadmapTab';
import { withoutPauses } from '../../__testUtils__/withoutPauses';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const linked = demand({
  feedback: [
    {
      id: 71,
      roadmapItemId: 3,
      sourceKind: 'feedback',
      sourceId: 12,
      linkedBy: 'user:default/sven.eriksen',
      linkedAt: '2026-12-01T10:00:00Z',
      feedback: {
        id: 12,
        title: 'Cache misses on main',
        status: 'planned',
        voteCount: 11,
        anonymous: true,
        toolRef: 'component:default/ci-pipelines',
      },
    },
  ],
  people: { total: 12, anonymous: 1 },
  kinds: ['feedback', 'votes'],
  evidenceTeams: [
    { teamRef: 'group:default/checkout', title: 'Checkout', people: 6 },
    { teamRef: 'group:default/search', title: 'Search', people: null },
  ],
  voterTeams: [
    { teamRef: 'group:default/billing', title: 'Billing', people: null },
  ],
  requestingTeams: [{ teamRef: 'group:default/checkout', title: 'Checkout' }],
  suggestion: { reach: 320, confidence: 1, confidenceRule: 'usage' },
});

const card = (title: string) =>
  screen
    .getByRole('heading', { name: title })
    .closest('.MuiCard-root') as HTMLElement;

async function renderItem(api: Partial<PlatformProductApi>) {
  await renderRoadmap(<RoadmapTab />, api, '/platform-product/roadmap/3');
  await screen.findByRole('heading', { name: 'Demand' }, { timeout: 10_000 });
}

describe('the demand on the roadmap item page', () => {
  beforeEach(() => alertApi.post.mockReset());

  it('shows the evidence, the people and teams behind it without small numbers, and the suggestions', async () => {
    allow(roadmapVotePermission);
    await renderItem({
      getRoadmapItem: async () => itemDetail(),
      getRoadmapDemand: async () => linked,
    });
    const demandCard = card('Demand');
    expect(demandCard).toHaveTextContent(
      '12 people behind the evidence (including 1 anonymous contribution)',
    );
    expect(
      within(demandCard).getByRole('link', { name: 'Cache misses on main' }),
    ).toHaveAttribute('href', '/platform-product/feedback/12');
    expect(demandCard).toHaveTextContent('11 +1s · anonymous');
    expect(demandCard).toHaveTextContent('Planned');
    expect(demandCard).toHaveTextContent('Checkout (6)');
    expect(demandCard).toHaveTextContent('Search (fewer than 5)');
    expect(demandCard).toHaveTextContent('Billing (fewer than 5)');
    expect(
      within(demandCard).queryByRole('button', { name: 'Add evidence' }),
    ).not.toBeInTheDocument();

    const suggestions = card('Suggestions');
    expect(suggestions).toHaveTextContent(
      'Suggested reach: 320 people per quarter (stored: 200)',
    );
    expect(suggestions).toHaveTextContent(
      'Suggested confidence: 100 % (stored: 80 %)',
    );
    expect(
      within(suggestions).queryByRole('button', {
        name: 'Update to the suggestions',
      }),
    ).not.toBeInTheDocument();
  });

  it('lets a maintainer add evidence with the feedback picker and update reach and confidence in one click', async () => {
    allow(roadmapVotePermission, roadmapUpdatePermission);
    const linkEvidence = jest.fn(async () => linked.feedback[0]);
    const getRoadmapDemand = jest
      .fn()
      .mockResolvedValueOnce(demand())
      .mockResolvedValue(linked);
    const updateRoadmapItem = jest.fn(async (_id: number, input: any) =>
      itemDetail({ ...input, version: 5 }),
    );
    const found = {
      id: 12,
      title: 'Cache misses on main',
      status: 'new',
      voteCount: 11,
    } as FeedbackItem;
    await renderItem({
      getRoadmapItem: async () => itemDetail(),
      getRoadmapDemand,
      linkEvidence,
      updateRoadmapItem,
      listFeedback: async () => ({ items: [found], totalCount: 1 }),
    });
    expect(card('Suggestions')).toHaveTextContent(
      'Reach and confidence match the suggestions.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Add evidence' }));
    const dialog = screen.getByRole('dialog');
    await pick(dialog, /Feedback item/, 'cache', /Cache misses on main/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Link' }));
    await waitFor(() =>
      expect(linkEvidence).toHaveBeenCalledWith(3, {
        sourceKind: 'feedback',
        sourceId: 12,
      }),
    );
    expect(
      await within(card('Demand')).findByRole('link', {
        name: 'Cache misses on main',
      }),
    ).toBeInTheDocument();

    await userEvent.click(
      within(card('Suggestions')).getByRole('button', {
        name: 'Update to the suggestions',
      }),
    );
    await waitFor(() => expect(updateRoadmapItem).toHaveBeenCalled());
    expect(updateRoadmapItem.mock.calls[0][1]).toMatchObject({
      reach: 320,
      reachSource: 'catalog',
      confidence: 1,
      version: 4,
    });
  });

  it('offers rating and survey comments as evidence to those who may read them: a tool or survey, then a comment', async () => {
    allow(
      roadmapUpdatePermission,
      feedbackTriagePermission,
      surveyManagePermission,
    );
    const linkEvidence = jest.fn(async () => linked.feedback[0]);
    const getRatingComments = jest.fn(async () => ({
      items: [
        { commentId: 9001, stars: 2, comment: 'Caches miss on every branch' },
        { commentId: 9002, stars: 5, comment: 'Fast enough' },
      ],
      totalCount: 2,
    }));
    const getSurveyComments = jest.fn(async () => ({
      items: [{ commentId: 7001, score: 4, reason: 'Builds wait in queues' }],
      totalCount: 1,
    }));
    await renderItem({
      getRoadmapItem: async () => itemDetail(),
      getRoadmapDemand: async () => demand(),
      linkEvidence,
      getRatingComments,
      listSurveys: async () => ({
        items: [
          { id: 4, title: 'Q4 platform NPS', question: 'Why?' } as Survey,
        ],
        totalCount: 1,
      }),
      getSurveyComments,
    });
    const openDialog = async (kind: string) => {
      await userEvent.click(
        screen.getByRole('button', { name: 'Add evidence' }),
      );
      const dialog = screen.getByRole('dialog');
      const kinds = within(dialog).getByLabelText('Kind of evidence');
      // Research is for readers of research, whom this maintainer is not.
      expect(
        within(kinds)
          .getAllByRole('option')
          .map(o => o.textContent),
      ).toEqual(['Feedback item', 'Rating comment', 'Survey comment']);
      await userEvent.selectOptions(kinds, kind);
      return dialog;
    };

    let dialog = await openDialog('Rating comment');
    const link = within(dialog).getByRole('button', { name: 'Link' });
    expect(link).toBeDisabled();
    await userEvent.selectOptions(
      within(dialog).getByLabelText(/Tool/),
      'CI Pipelines',
    );
    // The comments of the tool's first page whose text has what is typed.
    const match = await withoutPauses(async () => {
      await userEvent.type(
        within(dialog).getByLabelText(/Rating comment/),
        'branch',
      );
      return screen.findByRole('option', {
        name: /Caches miss on every branch/,
      });
    });
    expect(
      within(screen.getByRole('listbox')).getAllByRole('option'),
    ).toHaveLength(1);
    await userEvent.click(match);
    await userEvent.click(link);
    await waitFor(() =>
      expect(linkEvidence).toHaveBeenCalledWith(3, {
        sourceKind: 'rating-comment',
        sourceId: 9001,
      }),
    );
    expect(getRatingComments).toHaveBeenCalledWith(
      'component:default/ci-pipelines',
      { limit: 100 },
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    dialog = await openDialog('Survey comment');
    await pick(dialog, /Survey/, 'nps', /Q4 platform NPS/);
    await pick(dialog, /Survey comment/, 'queue', /Builds wait in queues/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Link' }));
    await waitFor(() =>
      expect(linkEvidence).toHaveBeenLastCalledWith(3, {
        sourceKind: 'survey-comment',
        sourceId: 7001,
      }),
    );
    expect(getSurveyComments).toHaveBeenCalledWith(4, { limit: 100 });
  });
});
