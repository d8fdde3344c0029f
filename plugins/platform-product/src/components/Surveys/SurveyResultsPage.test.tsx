import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  SurveyComment,
  SurveyResults,
} from 'backstage-plugin-platform-product-common';
import { Route, Routes } from 'react-router-dom';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { docsUrl } from '../shared/docsUrl';
import { SurveyResultsPage } from './SurveyResultsPage';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

// recharts' ResponsiveContainer measures its parent; jsdom has no layout.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
beforeAll(() => {
  Object.assign(window, { ResizeObserver: NoResizeObserver });
});

const results: SurveyResults = {
  survey: {
    id: 7,
    title: 'Platform NPS, spring',
    question: 'How likely are you to recommend the platform to a colleague?',
    teamRefs: [],
    opensAt: '2026-03-01T09:00:00Z',
    closesAt: '2026-03-15T17:00:00Z',
    state: 'closed',
    createdBy: 'user:default/pat',
    responseCount: 30,
    minGroupSize: 5,
  },
  overall: {
    responses: 30,
    promoters: 15,
    passives: 10,
    detractors: 5,
    nps: 33,
  },
  audience: 40,
  responseRate: 0.75,
  minGroupSize: 5,
  teams: [
    {
      teamRef: 'group:default/checkout',
      title: 'Checkout',
      audience: 12,
      responses: 9,
      responseRate: 0.75,
      score: {
        responses: 9,
        promoters: 6,
        passives: 2,
        detractors: 1,
        nps: 56,
      },
    },
    {
      teamRef: 'group:default/search',
      title: 'Search',
      audience: 4,
      responses: null,
      responseRate: null,
    },
  ],
  departments: [
    {
      departmentRef: 'group:default/commerce',
      title: 'Commerce',
      teams: [
        { teamRef: 'group:default/promotions', title: 'Promotions' },
        { teamRef: 'group:default/search', title: 'Search' },
      ],
      audience: 8,
      responseRate: 0.75,
      score: {
        responses: 6,
        promoters: 3,
        passives: 3,
        detractors: 0,
        nps: 50,
      },
    },
  ],
};
const docsLinks = () =>
  screen
    .getAllByRole('button', { name: /Read the docs/ })
    .map(link => link.getAttribute('href'));

const comments: SurveyComment[] = [
  { commentId: 101, score: 10, reason: 'Deploys in minutes' },
  {
    commentId: 102,
    score: 3,
    reason: 'Flaky CI',
    respondentRef: 'user:default/sam',
  },
];

function apiWith(overrides: Partial<PlatformProductApi> = {}) {
  return {
    getSurveyResults: jest.fn(async () => results),
    getSurveyTrend: async () => [
      {
        surveyId: 3,
        title: 'Autumn',
        closesAt: '2025-10-15T17:00:00Z',
        score: {
          responses: 20,
          promoters: 8,
          passives: 6,
          detractors: 6,
          nps: 10,
        },
      },
      {
        surveyId: 7,
        title: 'Spring',
        closesAt: '2026-03-15T17:00:00Z',
        score: results.overall,
      },
    ],
    getSurveyComments: jest.fn(async () => ({
      items: comments,
      totalCount: 2,
    })),
    exportSurvey: jest.fn(async () => new Blob(['team,nps\n'])),
    ...overrides,
  };
}

async function renderPage(api: Partial<PlatformProductApi>, allowed = true) {
  jest.mocked(usePermission).mockReturnValue({ loading: false, allowed });
  return renderInTestApp(
    <TestApiProvider apis={[[platformProductApiRef, api]]}>
      <Routes>
        <Route
          path="/platform-product/feedback/surveys/:id"
          element={<SurveyResultsPage />}
        />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: ['/platform-product/feedback/surveys/7'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

describe('SurveyResultsPage', () => {
  it('shows the NPS, its split, the response rate and the trend', async () => {
    const api = apiWith();
    await renderPage(api);

    expect(
      await screen.findByLabelText('Net Promoter Score'),
    ).toHaveTextContent('33');
    expect(api.getSurveyResults).toHaveBeenCalledWith(7);
    expect(screen.getByRole('link', { name: '← All surveys' })).toHaveAttribute(
      'href',
      '/platform-product/feedback',
    );
    expect(screen.getByText('15 promoters (9–10)')).toBeInTheDocument();
    expect(screen.getByText('10 passives (7–8)')).toBeInTheDocument();
    expect(screen.getByText('5 detractors (0–6)')).toBeInTheDocument();
    expect(screen.getByLabelText('Response rate')).toHaveTextContent(
      '30 of 40 people (75 %)',
    );
    expect(
      await screen.findByRole('img', {
        name: 'NPS by survey: Autumn 10, Spring 33',
      }),
    ).toBeInTheDocument();
  });

  it('hides the figures of teams the server withholds, and says why', async () => {
    await renderPage(apiWith());
    const checkout = (await screen.findByText('Checkout')).closest('tr')!;
    expect(checkout).toHaveTextContent('56');
    const search = screen.getByText('Search').closest('tr')!;
    expect(
      within(search)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual(['Search', '4', 'hidden', 'hidden', 'hidden']);
    // Search is hidden on its own, but counts in Commerce's other teams, shown together.
    const commerce = screen
      .getByText('Commerce: other teams together')
      .closest('tr')!;
    expect(
      within(commerce)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual([
      'Commerce: other teams togetherPromotions, Search',
      '8',
      '6',
      '75 %',
      '50',
    ]);
    expect(
      within(commerce).getByRole('link', {
        name: 'Commerce: other teams together',
      }),
    ).toHaveAttribute('href', '/catalog/default/group/commerce');
    expect(
      screen.getByText(
        /Each answer counts for one team: the first asked team the person is in\. Teams hidden on their own are shown together per department when that is safe\. Figures about fewer than 5 people are hidden, and so is any figure that would let a hidden one be worked out, such as one with some but fewer than 5 anonymous ratings or answers among named ones\./,
      ),
    ).toBeInTheDocument();
  });

  it('shows no figures while the answers are too few, and neither reads nor offers them', async () => {
    const hidden: SurveyResults = {
      ...results,
      survey: { ...results.survey, state: 'open', responseCount: null },
      overall: null,
      responseRate: null,
      teams: results.teams.map(team => ({
        ...team,
        responses: null,
        responseRate: null,
        score: undefined,
      })),
      departments: [],
    };
    const api = apiWith({
      getSurveyResults: jest.fn(async () => hidden),
      getSurveyTrend: async () => [
        {
          surveyId: 3,
          title: 'Autumn',
          closesAt: '2025-10-15T17:00:00Z',
          score: {
            responses: 20,
            promoters: 8,
            passives: 6,
            detractors: 6,
            nps: 10,
          },
        },
        {
          surveyId: 7,
          title: 'Spring',
          closesAt: '2026-03-15T17:00:00Z',
          score: null,
        },
      ],
    });
    await renderPage(api);

    expect(
      await screen.findByText('Results are hidden for now'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Answers so far')).toHaveTextContent(
      'Too few to show, of 40 people',
    );
    expect(screen.queryByLabelText('Net Promoter Score')).toBeNull();
    expect(screen.queryByLabelText('Response rate')).toBeNull();
    expect(screen.queryByText(/^\d+ promoters/)).toBeNull();
    expect(
      await screen.findByText(
        'The trend shows once two surveys have results to show (from 5 answers each).',
      ),
    ).toBeInTheDocument();
    expect(docsLinks()).toContain(docsUrl('feedback', 'no-nps-trend-yet'));
    for (const team of ['Checkout', 'Search']) {
      const row = screen.getByText(team).closest('tr')!;
      expect(
        within(row)
          .getAllByRole('cell')
          .slice(2)
          .map(cell => cell.textContent),
      ).toEqual(['hidden', 'hidden', 'hidden']);
    }
    expect(
      screen.getByText(
        'The reasons people gave appear with the results, from 5 answers on.',
      ),
    ).toBeInTheDocument();
    expect(api.getSurveyComments).not.toHaveBeenCalled();
    expect(
      screen.getByRole('button', { name: 'Export team summary (CSV)' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Export answers (CSV)' }),
    ).toBeNull();
  });

  it('explains an audience without any team', async () => {
    await renderPage(
      apiWith({
        getSurveyResults: jest.fn(async () => ({
          ...results,
          teams: [],
          departments: [],
        })),
      }),
    );
    expect(
      await screen.findByText('No team in the audience.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /catalog Group entities matching platformProduct\.teams\.filter/,
      ),
    ).toBeInTheDocument();
    expect(docsLinks()).toContain(
      docsUrl('feedback', 'no-team-in-the-audience'),
    );
  });

  it('explains, rather than fails, when the server withholds the reasons', async () => {
    const tooFew = Object.assign(new Error('Request failed with 409'), {
      response: { status: 409 },
    });
    await renderPage(
      apiWith({
        getSurveyComments: jest.fn(async () => {
          throw tooFew;
        }),
      }),
    );
    expect(
      await screen.findByText(
        'The reasons people gave appear with the results, from 5 answers on.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Request failed/)).toBeNull();
  });

  it('lists the reasons, naming only those who signed, a page at a time', async () => {
    const getSurveyComments = jest
      .fn()
      .mockResolvedValueOnce({
        items: comments,
        totalCount: 3,
        nextCursor: 'after-2',
      })
      .mockResolvedValueOnce({
        items: [{ score: 8, reason: 'Good docs' }],
        totalCount: 3,
      });
    await renderPage(apiWith({ getSurveyComments }));

    const flaky = (await screen.findByText('Flaky CI')).closest('li')!;
    expect(
      within(flaky).getByRole('link', { name: /sam/ }),
    ).toBeInTheDocument();
    const deploys = screen.getByText('Deploys in minutes').closest('li')!;
    expect(deploys).toHaveTextContent('Score 10 · Anonymous');

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Good docs')).toBeInTheDocument();
    // The next page is read after the last row shown, by cursor.
    expect(getSurveyComments).toHaveBeenLastCalledWith(7, {
      limit: 20,
      cursor: 'after-2',
    });
    expect(screen.getByText('Flaky CI')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('downloads the team summary and the answers as CSV', async () => {
    const api = apiWith();
    const createObjectURL = jest.fn(() => 'blob:survey');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const downloads: string[] = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        downloads.push(`${this.download} ${this.href}`);
      });
    await renderPage(api);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Export team summary (CSV)' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Export answers (CSV)' }),
    );

    expect(api.exportSurvey).toHaveBeenCalledWith(7, 'teams');
    expect(api.exportSurvey).toHaveBeenCalledWith(7, 'answers');
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    await waitFor(() =>
      expect(downloads).toEqual([
        'survey-7-teams.csv blob:survey',
        'survey-7-answers.csv blob:survey',
      ]),
    );
    click.mockRestore();
  });

  it('shows the error when the results cannot be read', async () => {
    await renderPage(
      apiWith({
        getSurveyResults: async () => {
          throw new Error('survey 7 not found');
        },
      }),
    );
    expect(
      await screen.findByText('Error: survey 7 not found'),
    ).toBeInTheDocument();
  });

  it('tells other people that the results are for the platform team', async () => {
    const api = apiWith();
    await renderPage(api, false);
    expect(
      screen.getByText(/Survey results are for the platform team/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The platform team reads the answers/),
    ).toBeVisible();
    expect(api.getSurveyResults).not.toHaveBeenCalled();
  });
});
