import { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { alertApiRef, discoveryApiRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { ChangelogEntry } from 'backstage-plugin-platform-product-common';
import { PlatformProductApi, platformProductApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { alertApi, tools } from '../../Feedback/__testUtils__/fixtures';
import { roadmapItem } from '../../Roadmap/__testUtils__/fixtures';
import { pageOf } from '../../../__testUtils__/pageOf';

/*
 * Test files using these helpers mock usePermission, which caches decisions otherwise:
 *   jest.mock('@backstage/plugin-permission-react', () => ({
 *     ...jest.requireActual('@backstage/plugin-permission-react'),
 *     usePermission: jest.fn(),
 *   }));
 */
export { allow } from '../../Feedback/__testUtils__/fixtures';
export { responseError } from '../../Roadmap/__testUtils__/fixtures';
export { alertApi, tools };

export function changelogEntry(
  overrides: Partial<ChangelogEntry> = {},
): ChangelogEntry {
  return {
    id: 21,
    title: 'Pipelines cache node_modules',
    body: 'Builds are **four minutes** faster.',
    category: 'improved',
    toolRefs: ['component:default/ci-pipelines'],
    roadmapItemIds: [],
    status: 'published',
    publishedAt: '2026-11-18T12:00:00.000Z',
    earlyAccess: false,
    authorRef: 'user:default/sven.eriksen',
    helpfulCount: 2,
    helpful: false,
    isNew: false,
    version: 3,
    createdAt: '2026-11-17T12:00:00.000Z',
    updatedAt: '2026-11-18T12:00:00.000Z',
    ...overrides,
  };
}

/**
 * Renders `element` as the content of the suite's Changelog tab, i.e. at
 * `/platform-product/changelog/*`, with entity and suite routes mounted for links.
 */
export async function renderChangelog(
  element: ReactElement,
  api: Partial<PlatformProductApi>,
  path = '/platform-product/changelog',
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [
          platformProductApiRef,
          {
            getTools: async () => tools,
            listRoadmapItems: async () => ({
              items: [roadmapItem()],
              totalCount: 1,
            }),
            listChangelog: async () => ({ items: [], totalCount: 0 }),
            listUnpublishedChangelog: async () => pageOf([]),
            getChangelogUnseen: async () => ({ count: 0 }),
            markChangelogSeen: async () => undefined,
            getDigestSettings: async () => ({ enabled: true }),
            getChangelogAudience: async () => ({
              total: 4,
              byReason: { adopters: 4, voters: 0, champions: 0 },
              byTeam: [],
              withoutTeam: 0,
            }),
            getChangelogDeliveries: async () => ({
              sent: 0,
              pending: 0,
              failed: 0,
            }),
            ...api,
          },
        ],
        [alertApiRef, alertApi],
        [
          discoveryApiRef,
          mockApis.discovery({ baseUrl: 'http://backstage.example.com' }),
        ],
      ]}
    >
      <Routes>
        <Route path="/platform-product/changelog/*" element={element} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/platform-product': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}
