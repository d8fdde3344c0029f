import { FeedbackStatus } from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { ChampionsStore } from '../database/ChampionsStore';
import { FeedbackStore } from '../database/FeedbackStore';
import { InsightsStore } from '../database/InsightsStore';
import { RatingsStore } from '../database/RatingsStore';
import { RoadmapStore } from '../database/RoadmapStore';
import { SurveysStore } from '../database/SurveysStore';

/*
 * What the pages benchmark (pages.bench.ts) measures: each page's read path, as its HTTP route
 * and as the store queries behind it, and the requests each tab makes when it opens.
 */

const SURVEY = 17;
export const OPEN_STATUSES: FeedbackStatus[] = [
  'new',
  'acknowledged',
  'planned',
];
const OPEN = OPEN_STATUSES.join(',');

/** The requests each tab makes when it opens (see the components' `api` calls). */
export const TABS: Record<string, string[]> = {
  Roadmap: ['/roadmap/lanes', '/roadmap/board', '/tools', '/teams'],
  Changelog: [
    '/changelog?limit=20&offset=0',
    '/changelog/unseen',
    '/changelog/unpublished',
    '/tools',
  ],
  Feedback: [
    `/feedback?status=${OPEN}&sort=votes&limit=25&offset=0`,
    '/surveys/prompts',
    '/tools',
  ],
  Champions: [
    '/champions?status=active&limit=10&offset=0',
    '/champions/coverage',
    '/champions/coverage/history?days=180',
    '/champions/kudos?limit=5&offset=0',
    '/champions/activity-summary',
    '/champions/nominations',
    '/champions/me',
    '/me',
  ],
  Insights: [
    '/insights/tools',
    '/insights/trends?days=90',
    '/insights/nps',
    '/insights/health',
    '/teams',
    '/me',
  ],
};

/** The stores behind the pages, on the benchmark's database. */
export function pageStores(db: Knex) {
  return {
    ratings: new RatingsStore(db),
    feedback: new FeedbackStore(db),
    surveys: new SurveysStore(db),
    roadmap: new RoadmapStore(db),
    insights: new InsightsStore(db),
    champions: new ChampionsStore(db),
  };
}

/** A page's read path: its name, its HTTP route, and the store queries behind it. */
export type ReadPath = [
  name: string,
  route: () => string,
  query: () => Promise<unknown>,
];

/**
 * Each page's read path, about `tool` at `now`; the inbox's deep page starts after
 * `deepCursor()`, which the benchmark sets for each size.
 */
export function readPaths(
  stores: ReturnType<typeof pageStores>,
  options: { tool: string; now: Date; deepCursor: () => string },
): ReadPath[] {
  const { tool, now, deepCursor } = options;
  const page = { limit: 25, offset: 0 };
  return [
    [
      'rating summary of a tool',
      () => `/ratings?toolRef=${tool}`,
      () => stores.ratings.summarize(tool),
    ],
    [
      'inbox, open, by +1s',
      () => `/feedback?status=${OPEN}&sort=votes`,
      () =>
        stores.feedback.list(
          { ...page, status: OPEN_STATUSES, sort: 'votes' },
          now,
        ),
    ],
    [
      'inbox, one tool, newest',
      () => `/feedback?toolRef=${tool}&sort=newest`,
      () =>
        stores.feedback.list({ ...page, toolRef: tool, sort: 'newest' }, now),
    ],
    [
      'inbox, page 100 (cursor)',
      () => `/feedback?status=${OPEN}&sort=votes&cursor=${deepCursor()}`,
      () =>
        stores.feedback.list(
          {
            ...page,
            status: OPEN_STATUSES,
            sort: 'votes',
            cursor: deepCursor(),
          },
          now,
        ),
    ],
    [
      'Insights tools table',
      () => '/insights/tools',
      () =>
        Promise.all([
          stores.insights.ratingsByTool(),
          stores.insights.openFeedbackByTool(),
          stores.insights.roadmapNowByTool(),
          stores.insights.lastChangelogByTool(now),
          stores.surveys.countPerToolSurvey(now),
        ]),
    ],
    [
      'Insights program health',
      () => '/insights/health',
      () =>
        Promise.all([
          stores.champions.countActiveByTeam(),
          stores.insights.feedbackResponseTimes(),
          stores.insights.roadmapByQuarter(),
          stores.insights.changelogByWeek(now, now),
        ]),
    ],
    [
      'NPS trend (12 surveys)',
      () => '/insights/nps',
      () => stores.surveys.countPerSurvey(now, 12),
    ],
    [
      'survey results',
      () => `/surveys/${SURVEY}/results`,
      () =>
        Promise.all([
          stores.surveys.countOverall(SURVEY),
          stores.surveys.countByTeam(SURVEY),
        ]),
    ],
    [
      // At 10k rows the survey has 17 comments: a page of 10 is full at every size.
      'survey comments page',
      () => `/surveys/${SURVEY}/comments?limit=10`,
      () => stores.surveys.listComments(SURVEY, { limit: 10, offset: 0 }),
    ],
    [
      'roadmap board',
      () => '/roadmap/board',
      () => stores.roadmap.board(50, true),
    ],
    [
      'roadmap list by score',
      () => '/roadmap/items?status=active&sort=rice',
      () =>
        stores.roadmap.list({
          ...page,
          status: 'active',
          sort: 'rice',
          includeEarlyAccess: true,
        }),
    ],
    [
      'roadmap list, one tool',
      () => `/roadmap/items?status=active&sort=rice&toolRef=${tool}`,
      () =>
        stores.roadmap.list({
          ...page,
          status: 'active',
          toolRef: tool,
          sort: 'rice',
          includeEarlyAccess: true,
        }),
    ],
    [
      'champions coverage',
      () => '/champions/coverage',
      () => stores.champions.countActiveByTeam(),
    ],
  ];
}
