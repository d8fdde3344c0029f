import { discoveryApiRef } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { Route, Routes } from 'react-router-dom';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { feedbackItem } from '../Feedback/__testUtils__/fixtures';
import { PlatformProductPage } from './PlatformProductPage';
import { pageOf } from '../../__testUtils__/pageOf';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const item = feedbackItem({ body: '' });

const api = {
  getTools: async () => [],
  listFeedback: async () => ({ items: [item], totalCount: 1 }),
  getFeedback: async () => item,
  getFeedbackActivity: async () => ({ items: [], totalCount: 0 }),
  listSurveys: async () => ({ items: [], totalCount: 0 }),
  getSurveyPrompts: async () => [
    { survey: { id: 3, title: 'Platform NPS Q4 2026', state: 'open' } },
  ],
  getRoadmapBoard: async () => ({
    lanes: [{ lane: 'now', title: 'Now', items: [], totalCount: 0 }],
  }),
  getRoadmapLanes: async () => [{ lane: 'now', title: 'Now' }],
  getRoadmapReviewsDue: async () => pageOf([]),
  getMyChampionStatus: async () => ({ championships: [] }),
  getChampionCoverage: async () => ({
    eligibleTeams: 0,
    coveredTeams: 0,
    coverage: 0,
    target: { min: 1, max: 2 },
    teams: [],
    departments: [],
  }),
  getCoverageHistory: async () => [],
  getChampions: async () => ({ items: [], totalCount: 0 }),
  getNominations: async () => pageOf([]),
  getKudos: async () => ({ items: [], totalCount: 0 }),
  getChampionActivitySummary: async () => ({ byChampion: [], byType: [] }),
  listChangelog: async () => ({ items: [], totalCount: 0 }),
  listUnpublishedChangelog: async () => pageOf([]),
  getChangelogUnseen: async () => ({ count: 0 }),
  markChangelogSeen: async () => undefined,
  getDigestSettings: async () => ({ enabled: true }),
  getFeedbackTriageCount: async () => ({ count: 0, capped: false }),
  getEvidenceOf: async () => ({ items: [] }),
} as unknown as PlatformProductApi;

async function renderPage(path: string, mountPath = '/platform-product') {
  jest.mocked(usePermission).mockReturnValue({ loading: false, allowed: true });
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [platformProductApiRef, api],
        [catalogApiRef, catalogApiMock()],
        [discoveryApiRef, mockApis.discovery()],
      ]}
    >
      <Routes>
        <Route path={`${mountPath}/*`} element={<PlatformProductPage />} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        [mountPath]: rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

describe('PlatformProductPage', () => {
  it('has a tab for each area, each a route of its own', async () => {
    await renderPage('/platform-product/changelog');
    for (const tab of [
      'Roadmap',
      'Changelog',
      'Feedback',
      'Champions',
      'Insights',
    ]) {
      expect(screen.getByRole('tab', { name: tab })).toBeInTheDocument();
    }
    expect(screen.getByRole('tab', { name: 'Changelog' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(await screen.findByText('No changes yet')).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Platform team survey: Platform NPS Q4 2026 — takes 10 seconds',
      ),
    ).toBeInTheDocument();
  });

  it('shows the champions program in the Champions tab', async () => {
    await renderPage('/platform-product/champions');
    expect(screen.getByRole('tab', { name: 'Champions' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(await screen.findByText('No teams found')).toBeInTheDocument();
  });

  it('shows the roadmap board in the Roadmap tab', async () => {
    await renderPage('/platform-product/roadmap');
    expect(screen.getByRole('tab', { name: 'Roadmap' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      await screen.findByRole('region', { name: 'Now' }),
    ).toBeInTheDocument();
  });

  it('opens an item of the feedback inbox within the Feedback tab', async () => {
    await renderPage('/platform-product/feedback');
    expect(await screen.findByText(/No surveys yet/)).toBeInTheDocument();
    await userEvent.click(
      await screen.findByRole('link', {
        name: 'Cache node_modules between runs',
      }),
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Cache node_modules between runs',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Feedback' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('says a page does not exist instead of reading its path as a roadmap item', async () => {
    await renderPage('/platform-product/nope');
    expect(
      await screen.findByRole('heading', { name: 'No such page' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/has no page “nope”/)).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Go to the roadmap' }),
    );
    expect(
      await screen.findByRole('region', { name: 'Now' }),
    ).toBeInTheDocument();
  });

  it('shows a feedback item at /feedback/:id with the Feedback tab selected', async () => {
    await renderPage('/platform-product/feedback/12');
    expect(
      await screen.findByRole('heading', {
        name: 'Cache node_modules between runs',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Idea #12')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Feedback' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('follows deep links when the app mounts the page elsewhere', async () => {
    await renderPage('/product/feedback', '/product');
    const link = await screen.findByRole('link', {
      name: 'Cache node_modules between runs',
    });
    expect(link).toHaveAttribute('href', '/product/feedback/12');
    await userEvent.click(link);
    expect(
      await screen.findByRole('heading', {
        name: 'Cache node_modules between runs',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Idea #12')).toBeInTheDocument();
  });

  it('leads from an unknown path to the roadmap where the page is mounted', async () => {
    await renderPage('/product/nope', '/product');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Go to the roadmap' }),
    );
    expect(
      await screen.findByRole('region', { name: 'Now' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Roadmap' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});
