import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { screen, waitFor, within } from '@testing-library/react';
import { PlatformProductApi, platformProductApiRef } from '../api';
import { rootRouteRef } from '../routes';
import {
  championsSubPage,
  changelogSubPage,
  feedbackSubPage,
  insightsSubPage,
  platformProductPage,
  roadmapSubPage,
} from './pages';
import { platformProductPlugin } from './plugin';
import { pageOf } from '../__testUtils__/pageOf';
import {
  board,
  roadmapItem,
} from '../components/Roadmap/__testUtils__/fixtures';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const api = {
  getTools: async () => [],
  listSurveys: async () => ({ items: [], totalCount: 0 }),
  getSurveyPrompts: async () => [],
  listChangelog: async () => ({ items: [], totalCount: 0 }),
  listUnpublishedChangelog: async () => pageOf([]),
  getChangelogUnseen: async () => ({ count: 3 }),
  markChangelogSeen: async () => undefined,
  getDigestSettings: async () => ({ enabled: true }),
  getRoadmapBoard: async () => ({
    lanes: [{ lane: 'now', title: 'Now', items: [], totalCount: 0 }],
  }),
  getRoadmapLanes: async () => [{ lane: 'now', title: 'Now' }],
  getRoadmapReviewsDue: async () => pageOf([]),
} as unknown as PlatformProductApi;

async function renderPlugin(path: string) {
  jest.mocked(usePermission).mockReturnValue({ loading: false, allowed: true });
  renderTestApp({
    features: [platformProductPlugin],
    apis: [[platformProductApiRef, api]],
    initialRouteEntries: [path],
  });
}

describe('the Platform Product page (new frontend system)', () => {
  it('shows the tabs as sub-pages under one header, the selected one routed', async () => {
    await renderPlugin('/platform-product/changelog');
    expect(
      await screen.findByText('No changes yet', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
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
    // One header (the app's, with the plugin's title), not the legacy page's header too.
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.queryByText(/run as a product/)).not.toBeInTheDocument();
  });

  it('opens on the Roadmap tab', async () => {
    await renderPlugin('/platform-product');
    expect(
      await screen.findByRole('region', { name: 'Now' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Roadmap' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('has a nav item with the number of unseen changelog entries', async () => {
    await renderPlugin('/platform-product/roadmap');
    const sidebar = await screen.findByRole(
      'navigation',
      { name: 'sidebar nav' },
      { timeout: 10_000 },
    );
    const nav = within(sidebar).getByRole('link', {
      name: 'Platform Product',
    });
    expect(nav).toHaveAttribute('href', '/platform-product');
    await waitFor(() =>
      expect(nav).toHaveTextContent('3 new changelog entries'),
    );
  });

  it('links into the page where the app mounts it (config.path)', async () => {
    jest
      .mocked(usePermission)
      .mockReturnValue({ loading: false, allowed: true });
    const item = roadmapItem();
    renderTestApp({
      features: [platformProductPlugin],
      apis: [
        [
          platformProductApiRef,
          { ...api, getRoadmapBoard: async () => board([item]) },
        ],
      ],
      config: {
        app: {
          extensions: [
            { 'page:platform-product': { config: { path: '/product' } } },
          ],
        },
      },
      initialRouteEntries: ['/product/roadmap'],
      // The item's owner and tools link to the catalog.
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(
      await screen.findByRole(
        'link',
        { name: item.title },
        { timeout: 10_000 },
      ),
    ).toHaveAttribute('href', `/product/roadmap/${item.id}`);
  });
});

describe('page extensions', () => {
  it('mount the page at /platform-product with the plugin route, and the five tabs', () => {
    const page = createExtensionTester(platformProductPage);
    expect(page.get(coreExtensionData.routePath)).toBe('/platform-product');
    expect(page.get(coreExtensionData.routeRef)).toBe(rootRouteRef);
    const tabs = [
      createExtensionTester(roadmapSubPage),
      createExtensionTester(changelogSubPage),
      createExtensionTester(feedbackSubPage),
      createExtensionTester(championsSubPage),
      createExtensionTester(insightsSubPage),
    ].map(tab => [
      tab.get(coreExtensionData.routePath),
      tab.get(coreExtensionData.title),
    ]);
    expect(tabs).toEqual([
      ['roadmap', 'Roadmap'],
      ['changelog', 'Changelog'],
      ['feedback', 'Feedback'],
      ['champions', 'Champions'],
      ['insights', 'Insights'],
    ]);
  });
});
