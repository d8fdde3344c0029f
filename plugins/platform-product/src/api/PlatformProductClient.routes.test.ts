import {
  ApiRoute,
  OperationId,
  apiRoutes,
} from 'backstage-plugin-platform-product-common';
import { z } from 'zod';
import { PlatformProductApi } from './PlatformProductApi';
import { PlatformProductClient } from './PlatformProductClient';

const TOOL = 'component:default/ci-pipelines';
const TEAM = 'group:default/checkout';
const USER = 'user:default/alex.morgan';
const page = { limit: 10, cursor: 'abc' };
const rice = { reach: 120, impact: 2, confidence: 0.8, effort: 3 };
const item = { title: 'Build cache', ownerRef: TEAM, ...rice };
const survey = { title: 'Q4', opensAt: '2026-12-01', closesAt: '2026-12-15' };
const note = {
  kind: 'interview',
  title: 'Onboarding',
  date: '2026-11-20',
} as const;
const entry = { title: 'Faster builds', category: 'improved' } as const;

/**
 * Every method of the client (the compiler holds the list to the interface), each with the
 * operations it asks for and sample arguments: ids are 7, an evidence link's 8.
 */
const calls: {
  [M in keyof PlatformProductApi]: [
    OperationId,
    ...Parameters<PlatformProductApi[M]>,
  ][];
} = {
  getTeams: [['listTeams']],
  getTools: [['listTools']],
  getViewer: [['getViewer']],
  getPermissionSetup: [['getPermissionSetup']],
  getRatingSummary: [['getRatingSummary', TOOL]],
  rate: [['setRating', { toolRef: TOOL, stars: 4 }]],
  withdrawRating: [['withdrawRating', TOOL]],
  getRatingPrompt: [['getRatingPrompt', TOOL]],
  dismissRatingPrompt: [['dismissRatingPrompt', TOOL]],
  listFeedback: [['listFeedback', { status: ['new', 'planned'], ...page }]],
  getFeedback: [['getFeedback', 7]],
  similarFeedback: [
    ['listSimilarFeedback', { toolRef: TOOL, title: 'Cache', excludeId: '3' }],
  ],
  sendFeedback: [['createFeedback', { toolRef: TOOL, title: 'Cache' }]],
  voteFeedback: [
    ['voteFeedback', 7, true],
    ['unvoteFeedback', 7, false],
  ],
  changeFeedbackStatus: [
    ['changeFeedbackStatus', 7, { status: 'planned', expectedStatus: 'new' }],
  ],
  getFeedbackActivity: [['listFeedbackActivity', 7, { offset: 25 }]],
  replyToFeedback: [['replyToFeedback', 7, 'Thanks']],
  mergeFeedback: [['mergeFeedback', 7, 3]],
  assignFeedback: [
    ['assignFeedback', 7, USER],
    ['unassignFeedback', 7],
  ],
  tagFeedback: [['setFeedbackTags', 7, ['cache']]],
  changeFeedbackStatuses: [
    [
      'changeFeedbackStatuses',
      { items: [{ id: 7, expectedStatus: 'new' }], status: 'acknowledged' },
    ],
  ],
  getFeedbackTriageCount: [['getFeedbackTriageCount']],
  listSurveys: [['listSurveys', { limit: 5 }]],
  createSurvey: [['createSurvey', survey]],
  updateSurvey: [['updateSurvey', 7, survey]],
  closeSurvey: [['closeSurvey', 7]],
  getSurveyPrompts: [['listSurveyPrompts', { toolRef: TOOL }]],
  answerSurvey: [['answerSurvey', 7, { score: 9 }]],
  getSurveyResults: [['getSurveyResults', 7]],
  getSurveyComments: [['listSurveyComments', 7, page]],
  getRatingComments: [['listRatingComments', TOOL, page]],
  getSurveyTrend: [['getSurveyTrend', { toolRef: TOOL }]],
  exportSurvey: [['exportSurvey', 7, 'answers']],
  getRoadmapLanes: [['listRoadmapLanes']],
  getRoadmapBoard: [['getRoadmapBoard']],
  listRoadmapItems: [['listRoadmapItems', { status: 'shipped', q: 'cache' }]],
  getRoadmapItem: [['getRoadmapItem', 7]],
  createRoadmapItem: [['createRoadmapItem', { ...item, lane: 'next' }]],
  updateRoadmapItem: [['updateRoadmapItem', 7, { ...item, version: 2 }]],
  moveRoadmapItem: [['moveRoadmapItem', 7, 'now', 2]],
  shipRoadmapItem: [['shipRoadmapItem', 7, { version: 2 }]],
  killRoadmapItem: [['killRoadmapItem', 7, { reason: 'Moot', version: 2 }]],
  deleteRoadmapItem: [['deleteRoadmapItem', 7]],
  voteRoadmapItem: [
    ['voteRoadmapItem', 7, true],
    ['unvoteRoadmapItem', 7, false],
  ],
  setCriterionOutcome: [['setCriterionOutcome', 7, { outcome: 'met' }]],
  suggestReach: [['suggestReach', { toolRefs: [TOOL, TEAM], itemId: 3 }]],
  getRoadmapDemand: [['getRoadmapDemand', 7]],
  linkEvidence: [['linkEvidence', 7, { sourceKind: 'feedback', sourceId: 3 }]],
  unlinkEvidence: [['unlinkEvidence', 7, 8]],
  getEvidenceOf: [
    [
      'getSourceEvidence',
      { sourceKind: 'research-quote', sourceId: 3, sourcePart: 4 },
    ],
  ],
  getMeasuredOutcome: [['getMeasuredOutcome', 7]],
  decideRoadmapOutcome: [
    ['decideOutcome', 7, { decision: 'keep', version: 2 }],
  ],
  getRoadmapPriorities: [['getRoadmapPriorities']],
  getResearchNotes: [['listResearchNotes', { teamRef: TEAM, ...page }]],
  getResearchNote: [['getResearchNote', 7]],
  createResearchNote: [['createResearchNote', note]],
  updateResearchNote: [['updateResearchNote', 7, { ...note, version: 2 }]],
  deleteResearchNote: [['deleteResearchNote', 7]],
  getRoadmapReviewsDue: [['listReviewsDue', page]],
  getRoadmapGoals: [['listGoals', page]],
  createGoal: [['createGoal', { title: 'Faster CI' }]],
  addGoalActor: [['addActor', 7, { teamRef: TEAM }]],
  addGoalImpact: [['addImpact', 7, 'Less waiting']],
  deleteFromImpactMap: [
    ['deleteGoal', 'goal', 7],
    ['deleteActor', 'actor', 7],
    ['deleteImpact', 'impact', 7],
  ],
  getChampions: [['listChampions', { status: 'active', teamRef: TEAM }]],
  getChampionCoverage: [['getChampionCoverage']],
  getCoverageHistory: [['getCoverageHistory', 30]],
  getMyChampionStatus: [['getChampionStatus']],
  getChampionProfile: [['getChampionProfile', USER]],
  getNominations: [['listNominations', { status: 'open', ...page }]],
  nominateChampion: [
    ['nominate', { nomineeRef: USER, teamRef: TEAM, reason: 'Runs demos' }],
  ],
  approveNomination: [['approveNomination', 7, ['CI']]],
  declineNomination: [['declineNomination', 7, 'Not now']],
  retireChampion: [['retireChampion', 7]],
  getKudos: [['listKudos', { championRef: USER }]],
  giveKudos: [['giveKudos', USER, 'Thanks']],
  logChampionActivity: [
    ['logChampionActivity', { type: 'demo', date: '2026-11-20' }],
  ],
  getChampionActivitySummary: [['getChampionActivitySummary']],
  listChangelog: [['listChangelog', { toolRef: TOOL, mine: 'true' }]],
  listUnpublishedChangelog: [
    ['listUnpublishedChangelog', { q: 'cache', ...page }],
  ],
  getChangelogEntry: [['getChangelogEntry', 7]],
  getChangelogRevisions: [['listChangelogRevisions', 7, page]],
  getChangelogReach: [['getChangelogReach', 7]],
  createChangelogEntry: [['createChangelogEntry', entry]],
  updateChangelogEntry: [['updateChangelogEntry', 7, { ...entry, version: 2 }]],
  publishChangelogEntry: [['publishChangelogEntry', 7]],
  getChangelogAudience: [['getChangelogAudience', 7]],
  getChangelogDeliveries: [['getChangelogDeliveries', 7]],
  deleteChangelogEntry: [['deleteChangelogEntry', 7]],
  markChangelogHelpful: [
    ['markChangelogHelpful', 7, true],
    ['unmarkChangelogHelpful', 7, false],
  ],
  getChangelogUnseen: [['getChangelogUnseen']],
  markChangelogSeen: [['markChangelogSeen']],
  getToolInsights: [['getToolInsights']],
  setToolMandated: [['setToolMandated', TOOL, true]],
  getChangelogReachByWeek: [['getChangelogReachByWeek']],
  getToolTrends: [['getToolTrends', { toolRef: TOOL, days: 30 }]],
  getNpsTrend: [['getNpsTrend']],
  getProgramHealth: [['getProgramHealth']],
  getScorecard: [['getScorecard']],
  getTeamInsight: [['getTeamInsight', TEAM]],
  getDigestSettings: [['getDigestSettings']],
  setDigestSettings: [['setDigestSettings', { enabled: true }]],
  previewDigest: [['previewDigest', USER]],
};

/** The routes the frontend never asks for, and who does. */
const notForTheFrontend: Partial<Record<OperationId, string>> = {
  getHealth: 'health checks',
  getTool: 'other plugins and scripts',
  getAdoption: 'other plugins and scripts',
  listResearchSearchDocuments: 'the search collator',
  listChangelogSearchDocuments: 'the search collator',
  getChangelogFeed: 'feed readers (the page links to it)',
  sendUsageEvents: 'the tools, with a static token',
};

const cases = Object.entries(calls).flatMap(([method, list]) =>
  list.map(([operationId, ...args]) => ({ method, operationId, args })),
);

/** A client whose every request is recorded and answered with an empty list. */
function recordingClient() {
  const requests: { url: URL; init: RequestInit }[] = [];
  const client = new PlatformProductClient({
    discoveryApi: {
      getBaseUrl: async () => 'http://backend/api/platform-product',
    },
    fetchApi: {
      fetch: async (url, init = {}) => {
        requests.push({ url: new URL(String(url)), init });
        return new Response(JSON.stringify({ items: [], results: [] }), {
          headers: { 'Content-Type': 'application/json' },
        });
      },
    },
  });
  return { client, requests };
}

/** A route's path with the samples' values: `/feedback/:id` → `/feedback/7`. */
function samplePath(path: string): RegExp {
  const sample = path
    .replace(':evidenceId', '8')
    .replace(':id', '7')
    .replace(/:\w+/g, '[a-z-]+');
  return new RegExp(`^/api/platform-product${sample}$`);
}

/** What the route's schema refuses in `value`; nothing when the route declares no schema. */
function problems(schema: z.ZodType | undefined, value: unknown): string[] {
  const issues = schema?.safeParse(value).error?.issues ?? [];
  return issues.map(issue => `${issue.path.join('.')}: ${issue.message}`);
}

describe('PlatformProductClient', () => {
  it.each(cases)(
    '$method asks for $operationId as its route says',
    async ({ method, operationId, args }) => {
      const { client, requests } = recordingClient();
      const call = client[method as keyof PlatformProductApi] as (
        ...a: unknown[]
      ) => Promise<unknown>;
      await call.apply(client, args);

      const route: ApiRoute = apiRoutes[operationId];
      expect(requests).toHaveLength(1);
      const [{ url, init }] = requests;
      const query = Object.fromEntries(url.searchParams);
      const queryKeys =
        route.query instanceof z.ZodObject
          ? Object.keys(route.query.shape)
          : [];
      expect({
        method: init.method,
        path: url.pathname,
        unknownQuery: Object.keys(query).filter(k => !queryKeys.includes(k)),
        query: problems(route.query, query),
        body:
          init.body === undefined
            ? 'none'
            : problems(route.body, JSON.parse(String(init.body))),
        idempotencyKey: new Headers(init.headers).has('Idempotency-Key'),
      }).toEqual({
        method: route.method,
        path: expect.stringMatching(samplePath(route.path)),
        unknownQuery: [],
        query: [],
        body: route.body ? [] : 'none',
        idempotencyKey: route.idempotent === true,
      });
    },
  );

  it('asks for every route but those of other callers', () => {
    const asked = new Set<string>(cases.map(c => c.operationId));
    const others = Object.keys(notForTheFrontend);
    expect(others.filter(id => asked.has(id))).toEqual([]);
    expect([...asked, ...others].sort()).toEqual(Object.keys(apiRoutes).sort());
  });
});
