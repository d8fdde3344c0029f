import { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { alertApiRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import {
  RoadmapBoard,
  RoadmapDemand,
  RoadmapItem,
  RoadmapItemDetail,
  Team,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductApi, platformProductApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { alertApi, tools } from '../../Feedback/__testUtils__/fixtures';
import { pageOf } from '../../../__testUtils__/pageOf';
import { signals } from '../../../__testUtils__/liveSignals';

/*
 * Test files using these helpers mock usePermission, which caches decisions otherwise:
 *   jest.mock('@backstage/plugin-permission-react', () => ({
 *     ...jest.requireActual('@backstage/plugin-permission-react'),
 *     usePermission: jest.fn(),
 *   }));
 */
export { allow } from '../../Feedback/__testUtils__/fixtures';
export { alertApi, tools };

export const teams: Team[] = [
  {
    ref: 'group:default/checkout',
    name: 'checkout',
    title: 'Checkout',
    memberCount: 6,
  },
  {
    ref: 'group:default/platform',
    name: 'platform',
    title: 'Platform',
    memberCount: 4,
  },
  {
    ref: 'group:default/search',
    name: 'search',
    title: 'Search',
    memberCount: 5,
  },
];

export function roadmapItem(overrides: Partial<RoadmapItem> = {}): RoadmapItem {
  return {
    id: 3,
    title: 'Faster CI caches',
    description: 'Builds spend **four minutes** installing.',
    lane: 'next',
    status: 'active',
    ownerRef: 'group:default/platform',
    toolRefs: ['component:default/ci-pipelines'],
    requestingTeamRefs: ['group:default/checkout'],
    reach: 200,
    reachSource: 'catalog',
    impact: 2,
    confidence: 0.8,
    effort: 2,
    riceScore: 160,
    earlyAccess: false,
    voteCount: 12,
    voterTeamCount: 5,
    voted: false,
    changelogEntryIds: [],
    changelogEntries: [],
    version: 4,
    createdBy: 'user:default/sven.eriksen',
    createdAt: '2026-03-02T10:00:00Z',
    updatedAt: '2026-03-02T10:00:00Z',
    ...overrides,
  };
}

/** The items of the board and timeline tests: one up next, one being done now. */
export const caches = roadmapItem();
export const sso = roadmapItem({
  id: 5,
  title: 'Single sign-on for the portal',
  lane: 'now',
  toolRefs: ['component:default/service-templates'],
  earlyAccess: true,
  voteCount: 1,
  voterTeamCount: 1,
  voted: true,
  riceScore: 42.4,
});

export function itemDetail(
  overrides: Partial<RoadmapItemDetail> = {},
): RoadmapItemDetail {
  return {
    ...roadmapItem(),
    criteria: [
      {
        id: 31,
        metric: 'p50 build time',
        target: 'under 5 minutes',
        reviewDate: '2026-06-30T00:00:00.000Z',
        outcome: 'pending',
      },
    ],
    history: [
      {
        id: 1,
        kind: 'created',
        toLane: 'later',
        actorRef: 'user:default/sven.eriksen',
        createdAt: '2026-03-02T10:00:00Z',
      },
      {
        id: 2,
        kind: 'moved',
        fromLane: 'later',
        toLane: 'next',
        actorRef: 'user:default/ana.lima',
        createdAt: '2026-03-09T10:00:00Z',
      },
    ],
    ...overrides,
  };
}

/** The demand behind an item: nothing linked, reach and confidence as `itemDetail`'s. */
export function demand(overrides: Partial<RoadmapDemand> = {}): RoadmapDemand {
  return {
    minGroupSize: 5,
    feedback: [],
    comments: [],
    research: [],
    people: { total: 0, anonymous: 0 },
    kinds: [],
    evidenceTeams: [],
    voterTeams: [],
    requestingTeams: [],
    suggestion: {
      reach: 200,
      confidence: 0.8,
      confidenceRule: 'two-kinds-three-teams',
    },
    ...overrides,
  };
}

export function board(items: RoadmapItem[]): RoadmapBoard {
  const titles = {
    now: 'Doing now',
    next: 'Up next',
    later: 'Later',
    exploring: 'Exploring',
  };
  return {
    lanes: (['now', 'next', 'later', 'exploring'] as const).map(lane => {
      const inLane = items.filter(item => item.lane === lane);
      return {
        lane,
        title: titles[lane],
        items: inLane,
        totalCount: inLane.length,
      };
    }),
  };
}

/** A ResponseError as the client throws it, with the server's message. */
export async function responseError(status: number, message: string) {
  return ResponseError.fromResponse({
    ok: false,
    status,
    statusText: status === 409 ? 'Conflict' : 'Bad Request',
    url: '',
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () =>
      JSON.stringify({
        error: {
          name: status === 409 ? 'ConflictError' : 'InputError',
          message,
        },
        response: { statusCode: status },
      }),
  } as Response);
}

/**
 * Renders `element` as the content of the suite's Roadmap tab, i.e. at
 * `/platform-product/roadmap/*`, with entity and suite routes mounted for links.
 */
export async function renderRoadmap(
  element: ReactElement,
  api: Partial<PlatformProductApi>,
  path = '/platform-product/roadmap',
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [
          platformProductApiRef,
          {
            getTools: async () => tools,
            getTeams: async () => teams,
            getViewer: async () => ({
              userRef: 'user:default/alex.morgan',
              teamRefs: ['group:default/checkout'],
            }),
            getRoadmapBoard: async () => board([]),
            getRoadmapLanes: async () =>
              board([]).lanes.map(({ lane, title }) => ({ lane, title })),
            getRoadmapReviewsDue: async () => pageOf([]),
            getRoadmapDemand: async () => demand(),
            ...api,
          },
        ],
        [alertApiRef, alertApi],
        [signalApiRef, signals.api],
      ]}
    >
      <Routes>
        <Route path="/platform-product/roadmap/*" element={element} />
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
