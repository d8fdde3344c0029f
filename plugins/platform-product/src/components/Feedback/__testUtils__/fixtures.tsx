import { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { alertApiRef } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { FeedbackItem, Tool } from 'backstage-plugin-platform-product-common';
import { PlatformProductApi, platformProductApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { signals } from '../../../__testUtils__/liveSignals';

/*
 * Test files using these helpers mock usePermission, which caches decisions otherwise:
 *   jest.mock('@backstage/plugin-permission-react', () => ({
 *     ...jest.requireActual('@backstage/plugin-permission-react'),
 *     usePermission: jest.fn(),
 *   }));
 */

export const tools: Tool[] = [
  {
    ref: 'component:default/ci-pipelines',
    kind: 'Component',
    name: 'ci-pipelines',
    title: 'CI Pipelines',
  },
  {
    ref: 'component:default/service-templates',
    kind: 'Component',
    name: 'service-templates',
    title: 'Service Templates',
  },
];

export function feedbackItem(
  overrides: Partial<FeedbackItem> = {},
): FeedbackItem {
  return {
    id: 12,
    toolRef: 'component:default/ci-pipelines',
    kind: 'idea',
    title: 'Cache node_modules between runs',
    body: 'Builds spend **four minutes** installing.',
    status: 'new',
    anonymous: false,
    voteCount: 3,
    tags: [],
    createdAt: new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString(),
    updatedAt: new Date().toISOString(),
    mine: false,
    voted: false,
    ...overrides,
  };
}

/** Allows exactly the given permissions. */
export function allow(...permissions: { name: string }[]) {
  jest.mocked(usePermission).mockImplementation(({ permission }) => ({
    loading: false,
    allowed: permissions.some(p => p.name === permission.name),
  }));
}

/** The catalog's people, to assign items to. */
export const people = ['sven.eriksen', 'ana.lima'].map(name => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { profile: { displayName: name.replace('.', ' ') } },
}));

export const alertApi = { post: jest.fn(), alert$: jest.fn() };

/**
 * Renders `element` as the content of the suite's Feedback tab, i.e. at
 * `/platform-product/feedback/*`, with entity and suite routes mounted for links.
 */
export async function renderFeedback(
  element: ReactElement,
  api: Partial<PlatformProductApi>,
  path = '/platform-product/feedback',
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [platformProductApiRef, { getTools: async () => tools, ...api }],
        [alertApiRef, alertApi],
        [signalApiRef, signals.api],
        [catalogApiRef, catalogApiMock({ entities: people })],
      ]}
    >
      <Routes>
        <Route path="/platform-product/feedback/*" element={element} />
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
