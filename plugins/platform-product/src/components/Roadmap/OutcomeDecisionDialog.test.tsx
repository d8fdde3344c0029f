import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  MeasuredOutcome,
  roadmapUpdatePermission,
  roadmapVotePermission,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductApi } from '../../api';
import {
  alertApi,
  allow,
  demand,
  itemDetail,
  renderRoadmap,
} from './__testUtils__/fixtures';
import { RoadmapTab } from './RoadmapTab';

jest.setTimeout(90_000);

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const CI = 'component:default/ci-pipelines';
const measured: MeasuredOutcome = {
  shippedAt: '2026-10-01T09:00:00Z',
  tools: [
    {
      toolRef: CI,
      before: {
        day: '2026-09-30',
        activeRate: 0.4,
        activeTeams: 4,
        ratingAverage: 3.2,
        ratingCount: 9,
      },
      after: {
        day: '2026-12-01',
        activeRate: 0.7,
        activeTeams: 7,
        ratingAverage: null,
        ratingCount: null,
      },
    },
  ],
};
const shipped = itemDetail({
  status: 'shipped',
  shippedAt: measured.shippedAt,
});

const card = (title: string) =>
  screen
    .getByRole('heading', { name: title })
    .closest('.MuiCard-root') as HTMLElement;

async function renderItem(api: Partial<PlatformProductApi>) {
  await renderRoadmap(<RoadmapTab />, api, '/platform-product/roadmap/3');
  await screen.findByRole('heading', { name: 'Demand' }, { timeout: 40_000 });
}

describe('the outcome decision of a shipped item', () => {
  beforeEach(() => alertApi.post.mockReset());

  it('shows the figures before and after shipping, needs a reason to kill, and shows the recorded decision', async () => {
    allow(roadmapVotePermission, roadmapUpdatePermission);
    const decided = itemDetail({
      ...shipped,
      version: 5,
      outcome: {
        decision: 'kill',
        reason: 'Nobody uses it',
        measured,
        evidence: { people: 3, anonymous: 1, kinds: 2 },
        decidedBy: 'user:default/sven.eriksen',
        decidedAt: '2026-12-02T10:00:00Z',
      },
    });
    const decideRoadmapOutcome = jest.fn(async () => decided);
    await renderItem({
      getRoadmapItem: async () => shipped,
      getRoadmapDemand: async () => demand(),
      getMeasuredOutcome: async () => measured,
      decideRoadmapOutcome,
    });

    await userEvent.click(
      screen.getByRole('button', { name: 'Decide outcome…' }),
    );
    const dialog = screen.getByRole('dialog');
    const table = await within(dialog).findByRole(
      'table',
      {},
      { timeout: 20_000 },
    );
    expect(table).toHaveTextContent('Before2026-09-3040 %3.2 ★ (9)');
    expect(table).toHaveTextContent(
      'After2026-12-0170 %fewer ratings than the minimum',
    );

    await userEvent.click(within(dialog).getByRole('radio', { name: 'Kill' }));
    const submit = within(dialog).getByRole('button', {
      name: 'Record decision',
    });
    expect(submit).toBeDisabled();
    expect(dialog).toHaveTextContent('A reason is required to kill');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Nobody uses it',
    );
    await userEvent.click(submit);
    await waitFor(() =>
      expect(decideRoadmapOutcome).toHaveBeenCalledWith(3, {
        decision: 'kill',
        reason: 'Nobody uses it',
        version: shipped.version,
      }),
    );
    const outcome = await waitFor(() => card('Outcome decision'));
    expect(outcome).toHaveTextContent('Kill');
    expect(outcome).toHaveTextContent('Nobody uses it');
    expect(outcome).toHaveTextContent(
      'Evidence then: 3 people (1 anonymous), 2 kinds.',
    );
  });

  it('lists linked rating and survey comments by kind, naming nobody', async () => {
    allow(roadmapVotePermission);
    const link = {
      roadmapItemId: 3,
      linkedBy: 'user:default/sven.eriksen',
      linkedAt: '2026-12-01T10:00:00Z',
    };
    await renderItem({
      getRoadmapItem: async () => itemDetail(),
      getRoadmapDemand: async () =>
        demand({
          comments: [
            {
              ...link,
              id: 8,
              sourceKind: 'survey-comment',
              sourceId: 991,
              comment: {
                text: 'Builds wait for runners',
                score: 4,
                surveyTitle: 'Q4 NPS',
                anonymous: true,
              },
            },
            {
              ...link,
              id: 7,
              sourceKind: 'rating-comment',
              sourceId: 990,
              comment: {
                text: 'Caches miss',
                score: 2,
                toolRef: CI,
                anonymous: true,
              },
            },
          ],
          people: { total: 2, anonymous: 2 },
        }),
    });
    const items = within(card('Demand')).getAllByRole('listitem');
    expect(items.map(i => i.textContent)).toEqual([
      '“Caches miss”Rating comment · 2 ★ · anonymous',
      '“Builds wait for runners”Survey comment · score 4 of 10 · Q4 NPS · anonymous',
    ]);
  });
});
