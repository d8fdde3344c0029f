import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { ReactElement } from 'react';
import { alertApiRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import {
  Champion,
  ChampionCoverage,
  ChampionsQuery,
  Kudos,
  Nomination,
  Viewer,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductApi, platformProductApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { alertApi, teams } from '../../Roadmap/__testUtils__/fixtures';
import { docsUrl } from '../../shared/docsUrl';

/*
 * Test files using these helpers mock usePermission, which caches decisions otherwise:
 *   jest.mock('@backstage/plugin-permission-react', () => ({
 *     ...jest.requireActual('@backstage/plugin-permission-react'),
 *     usePermission: jest.fn(),
 *   }));
 */
export {
  alertApi,
  allow,
  responseError,
  teams,
} from '../../Roadmap/__testUtils__/fixtures';
import { pageOf } from '../../../__testUtils__/pageOf';

/** The signed-in person: a member of Checkout. */
export const viewer: Viewer = {
  userRef: 'user:default/ana.lima',
  teamRefs: ['group:default/checkout'],
};

export function champion(overrides: Partial<Champion> = {}): Champion {
  return {
    id: 1,
    userRef: 'user:default/jane.doe',
    teamRef: 'group:default/search',
    status: 'active',
    focusAreas: ['CI', 'Observability'],
    since: '2026-01-15T09:00:00Z',
    ...overrides,
  };
}

/** `getChampions` over these championships, filtered and paged like the server does it. */
export function rosterApi(champions: Champion[]) {
  return jest.fn(async (query: ChampionsQuery = {}) => {
    const matching = champions.filter(
      c =>
        (!query.status || c.status === query.status) &&
        (!query.teamRef || c.teamRef === query.teamRef) &&
        (!query.userRef || c.userRef === query.userRef),
    );
    const offset = Number(query.offset ?? 0);
    return {
      items: matching.slice(offset, offset + Number(query.limit ?? 25)),
      totalCount: matching.length,
    };
  });
}

export function nomination(overrides: Partial<Nomination> = {}): Nomination {
  return {
    id: 4,
    nomineeRef: 'user:default/omar.haddad',
    teamRef: 'group:default/checkout',
    nominatorRef: 'user:default/ana.lima',
    reason: 'Runs the weekly CI clinic.',
    focusAreas: ['CI'],
    status: 'open',
    createdAt: '2026-04-02T10:00:00Z',
    ...overrides,
  };
}

export function kudos(overrides: Partial<Kudos> = {}): Kudos {
  return {
    id: 8,
    championRef: 'user:default/jane.doe',
    fromRef: 'user:default/omar.haddad',
    message: 'Thanks for the tracing demo!',
    createdAt: new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString(),
    ...overrides,
  };
}

export const coverage: ChampionCoverage = {
  eligibleTeams: 13,
  coveredTeams: 9,
  coverage: 9 / 13,
  target: { min: 1, max: 2 },
  teams: [
    {
      teamRef: 'group:default/checkout',
      title: 'Checkout',
      departmentRef: 'group:default/commerce',
      champions: 0,
      state: 'uncovered',
    },
    {
      teamRef: 'group:default/payments',
      title: 'Payments',
      departmentRef: 'group:default/commerce',
      champions: 0,
      state: 'uncovered',
    },
    {
      teamRef: 'group:default/search',
      title: 'Search',
      departmentRef: 'group:default/commerce',
      champions: 1,
      state: 'covered',
    },
    {
      teamRef: 'group:default/platform',
      title: 'Platform',
      departmentRef: 'group:default/enablement',
      champions: 3,
      state: 'above',
    },
  ],
  departments: [
    {
      ref: 'group:default/commerce',
      title: 'Commerce',
      eligibleTeams: 5,
      coveredTeams: 3,
    },
    {
      ref: 'group:default/enablement',
      title: 'Enablement',
      eligibleTeams: 8,
      coveredTeams: 6,
    },
  ],
};

/** Coverage with no eligible team: no group of the catalog matches the teams filter. */
export const noTeamsCoverage: ChampionCoverage = {
  eligibleTeams: 0,
  coveredTeams: 0,
  coverage: 0,
  target: { min: 1, max: 2 },
  teams: [],
  departments: [],
};

/** The "Read the docs" link of a guided empty state. */
export const docsLink = () =>
  screen.getByRole('button', { name: /^Read the docs/ });

/** Where a section of docs/champions.md is published. */
export const championsDocs = (anchor: string) => docsUrl('champions', anchor);

/** What every Champions card reads, with nothing in it: override what a test needs. */
export const emptyChampionsApi: Partial<PlatformProductApi> = {
  getTeams: async () => teams,
  getViewer: async () => viewer,
  getMyChampionStatus: async () => ({
    userRef: viewer.userRef,
    championships: [],
    earlyAccess: false,
  }),
  getChampions: async () => ({ items: [], totalCount: 0 }),
  getChampionCoverage: async () => coverage,
  getCoverageHistory: async () => [],
  getNominations: async () => pageOf([]),
  getKudos: async () => ({ items: [], totalCount: 0 }),
  getChampionActivitySummary: async () => ({
    since: '2026-01-11T00:00:00Z',
    byChampion: [],
    byType: [],
  }),
};

const person = (name: string, displayName: string, teamNames: string[]) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { profile: { displayName } },
  relations: teamNames.map(team => ({
    type: 'memberOf',
    targetRef: `group:default/${team}`,
  })),
});

/** The people of the catalog, for the person picker. */
export const people = [
  person('ana.lima', 'Ana Lima', ['checkout']),
  person('jane.doe', 'Jane Doe', ['search', 'platform']),
  person('jan.novak', 'Jan Novák', ['search']),
];

/**
 * Renders `element` as the content of the suite's Champions tab, i.e. at
 * `/platform-product/champions`, with entity and suite routes mounted for links.
 */
export async function renderChampions(
  element: ReactElement,
  api: Partial<PlatformProductApi> = {},
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [platformProductApiRef, { ...emptyChampionsApi, ...api }],
        [alertApiRef, alertApi],
        [catalogApiRef, catalogApiMock({ entities: people })],
      ]}
    >
      {element}
    </TestApiProvider>,
    {
      routeEntries: ['/platform-product/champions'],
      mountedRoutes: {
        '/platform-product': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

/** recharts' ResponsiveContainer measures its parent; jsdom has no layout. */
export function stubResizeObserver() {
  class NoResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: NoResizeObserver });
}
