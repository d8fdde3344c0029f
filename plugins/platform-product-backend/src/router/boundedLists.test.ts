import {
  mockCredentials,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { RatingsStore } from '../database/RatingsStore';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { routerRoutes } from '../__testUtils__/routerRoutes';
import { startBackend } from '../__testUtils__/startBackend';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(120_000);

const SVEN = 'user:default/sven.eriksen';
const LIAM = 'user:default/liam.walsh';
const CHECKOUT = 'group:default/checkout';
const PLATFORM = 'group:default/platform';
const TOOL = 'component:default/ci-pipelines';
/** One more row than the largest page (`limit` is at most 100). */
const MANY = 101;
const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 25;
const DAY = 24 * 60 * 60 * 1000;

/** The ids made by `seed`, for the lists' paths. */
interface Seeded {
  entry: number;
}

/**
 * Every list that grows with the company's history, paged by cursor: the path to read it as
 * SVEN (who may manage everything) or as `as`, and what to count on a page.
 */
const CURSOR_LISTS: Record<
  string,
  {
    path: (seeded: Seeded) => string;
    as?: string;
    count?: (body: any) => number;
  }
> = {
  'GET /champions': { path: () => '/champions' },
  'GET /champions/nominations': { path: () => '/champions/nominations' },
  'GET /champions/kudos': { path: () => '/champions/kudos' },
  'GET /changelog/unpublished': { path: () => '/changelog/unpublished' },
  'GET /changelog/:id/revisions': {
    path: ({ entry }) => `/changelog/${entry}/revisions`,
  },
  'GET /roadmap/goals': { path: () => '/roadmap/goals' },
  // A page is a page of due criteria, grouped under their items.
  'GET /roadmap/reviews-due': {
    path: () => '/roadmap/reviews-due',
    count: body =>
      body.items.reduce((n: number, due: any) => n + due.criteria.length, 0),
  },
  'GET /surveys/prompts': { path: () => '/surveys/prompts', as: LIAM },
  'GET /research': { path: () => '/research' },
  'GET /ratings/comments': {
    path: () => `/ratings/comments?toolRef=${encodeURIComponent(TOOL)}`,
  },
};

/** Lists paged by `limit` and `offset` (their store tests page them). */
const OFFSET_LISTS = [
  'GET /changelog',
  'GET /feedback',
  'GET /feedback/:id/activity',
  'GET /roadmap/items',
  'GET /surveys',
  'GET /surveys/:id/comments',
];

/** GET routes that answer one thing, or a list whose size the history cannot grow. */
const NOT_HISTORY_LISTS: Record<string, string> = {
  'GET /health': 'a status',
  'GET /roadmap/items/:id/evidence':
    'one item: at most 200 evidence links, their feedback and its +1s',
  'GET /roadmap/evidence': 'the roadmap items one source is evidence for',
  'GET /roadmap/priorities': 'at most 100 active items in each of 3 lanes',
  'GET /teams': 'the eligible teams of the catalog',
  'GET /tools': 'the platform tools of the catalog',
  'GET /tools/:kind/:namespace/:name': 'one tool',
  'GET /adoption': 'one row per platform tool',
  'GET /me': 'the caller and their teams',
  'GET /champions/coverage': 'one row per eligible team',
  'GET /champions/coverage/history': 'one snapshot a day, at most 730 days',
  'GET /champions/me': "the caller's championships",
  'GET /champions/profile': 'one person, their latest 5 kudos',
  'GET /champions/activity-summary': 'counts per type and per champion',
  'GET /changelog/unseen': 'a count',
  'GET /changelog/feed.atom': 'the latest 50 entries',
  'GET /changelog/search-documents': 'the latest entries, for the collator',
  'GET /changelog/:id': 'one entry',
  'GET /research/search-documents': 'a page of notes, for the collator',
  'GET /research/:id': 'one note',
  'GET /feedback/:id': 'one item',
  'GET /insights/tools': 'one row per platform tool',
  'GET /insights/trends': 'one point per snapshot day, a bounded window',
  'GET /insights/nps': 'one point per survey, the latest 12',
  'GET /insights/health': 'fixed figures',
  'GET /insights/scorecard':
    'the fixed KPIs, each with one point per snapshot day of a bounded window',
  'GET /insights/teams/:kind/:namespace/:name': 'one row per platform tool',
  'GET /ratings': "one tool's summary",
  'GET /roadmap/lanes': 'the fixed lanes',
  'GET /roadmap/board': 'at most 50 items per lane',
  'GET /roadmap/items/:id': 'one item',
  'GET /roadmap/items/:id/outcome': "one item's decision and figures",
  'GET /roadmap/reach': 'one row per eligible team',
  'GET /surveys/trend': 'one point per survey, the latest 12',
  'GET /surveys/:id/results': "one survey's tallies",
  'GET /surveys/:id/export': 'a CSV download of every answer, for maintainers',
  'GET /changelog/:id/audience': 'counts per reason and per team',
  'GET /changelog/:id/deliveries': 'three counts',
  'GET /changelog/:id/reach': 'counts per team of the audience',
  'GET /feedback/similar': 'at most 5 items',
  'GET /feedback/triage-count': 'a count, capped',
  'GET /insights/changelog-reach': 'one row per week, a bounded window',
  'GET /ratings/prompt': 'at most one tool',
  'GET /digest/settings': "the caller's one preference",
  'GET /digest/preview': 'one person, at most 50 entries and 20 surveys',
};

const minutes = (n: number) => new Date(Date.now() - (MANY - n) * 60_000);
const range = Array.from({ length: MANY }, (_, i) => i);
const people = (i: number) => `user:default/person-${i}`;

/** MANY rows of every history list, written straight into the tables. */
async function seed(knex: Knex, item: number): Promise<Seeded> {
  const rows = (table: string, row: (i: number) => object) =>
    knex.batchInsert(table, range.map(row), 50);
  await rows('platform_product_champions', i => ({
    user_ref: people(i),
    team_ref: CHECKOUT,
    status: 'active',
    focus_areas: '[]',
    since: minutes(i),
  }));
  await rows('platform_product_champion_nominations', i => ({
    nominee_ref: people(i),
    team_ref: CHECKOUT,
    nominator_ref: SVEN,
    reason: 'Runs demos',
    focus_areas: '[]',
    status: 'declined',
    created_at: minutes(i),
  }));
  await rows('platform_product_champion_kudos', i => ({
    champion_ref: LIAM,
    from_ref: people(i),
    message: 'Thanks',
    created_at: minutes(i),
  }));
  await rows('platform_product_roadmap_goals', i => ({
    title: `Goal ${i}`,
    created_at: minutes(i),
  }));
  await rows('platform_product_roadmap_criteria', i => ({
    item_id: item,
    metric: `Metric ${i}`,
    target: 'more',
    review_date: minutes(i),
    outcome: 'pending',
  }));
  await rows('platform_product_changelog_entries', i => ({
    title: `Draft ${i}`,
    body: '',
    category: 'new',
    status: 'draft',
    early_access: false,
    author_ref: SVEN,
    version: 1,
    created_at: minutes(i),
    updated_at: minutes(i),
  }));
  const [{ id }] = await knex('platform_product_changelog_entries').min({
    id: 'id',
  });
  const entry = Number(id);
  await rows('platform_product_changelog_revisions', i => ({
    entry_id: entry,
    action: 'updated',
    actor_ref: SVEN,
    snapshot: JSON.stringify({ title: `Draft ${i}` }),
    created_at: minutes(i),
  }));
  await rows('platform_product_ratings', i => ({
    tool_ref: TOOL,
    rater_key: `rater-${i}`,
    stars: 1 + (i % 5),
    comment: `Comment ${i}`,
    comment_id: i + 1,
    history_id: i + 1,
    updated_at: minutes(i),
  }));
  // The comments show from the minimum group size of ratings on: count them.
  await new RatingsStore(knex).repairTallies();
  await rows('platform_product_research_notes', i => ({
    kind: 'interview',
    title: `Interview ${i}`,
    held_at: minutes(i),
    fields: '{}',
    body: '',
    author_ref: SVEN,
    version: 1,
    created_at: minutes(i),
    updated_at: minutes(i),
  }));
  await rows('platform_product_surveys', i => ({
    title: `Survey ${i}`,
    question: 'How likely?',
    team_refs: '[]',
    opens_at: new Date(Date.now() - DAY),
    closes_at: new Date(Date.now() + DAY + i * 60_000),
    created_by: SVEN,
    created_at: minutes(i),
    updated_at: minutes(i),
  }));
  return { entry };
}

describe('bounded lists', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  it('knows every GET route: a list of history is paged by cursor or offset, anything else says why it is bounded', () => {
    const gets = routerRoutes().filter(route => route.startsWith('GET '));
    expect(
      [
        ...Object.keys(CURSOR_LISTS),
        ...OFFSET_LISTS,
        ...Object.keys(NOT_HISTORY_LISTS),
      ].sort(),
    ).toEqual(gets.sort());
  });

  it.each(databases.eachSupportedId())(
    'answers at most `limit` rows (25 by default, 100 at most) and a cursor to the rest, on %p',
    async (databaseId: TestDatabaseId) => {
      const knex = await databases.init(databaseId);
      const server = await startBackend({
        features: [
          mockServices.database.factory({ knex }),
          permissionsFor([SVEN]),
        ],
      });
      const get = (path: string, as = SVEN) =>
        request(server)
          .get(`/api/platform-product${path}`)
          .set({ Authorization: mockCredentials.user.header(as) });
      const item = await request(server)
        .post('/api/platform-product/roadmap/items')
        .set({ Authorization: mockCredentials.user.header(SVEN) })
        .send({
          title: 'Build cache',
          lane: 'now',
          ownerRef: PLATFORM,
          reach: 100,
          impact: 1,
          confidence: 1,
          effort: 1,
        });
      expect(item.status).toBe(201);
      const seeded = await seed(knex, item.body.id);

      for (const [route, list] of Object.entries(CURSOR_LISTS)) {
        const path = list.path(seeded);
        const count = list.count ?? ((body: any) => body.items.length);
        const query = (params: string) =>
          `${path}${path.includes('?') ? '&' : '?'}${params}`;
        const read = async (params: string) => {
          const res = await get(query(params), list.as);
          expect({ route, params, status: res.status }).toEqual({
            route,
            params,
            status: 200,
          });
          return res.body;
        };
        const first = await read('');
        expect({ route, count: count(first) }).toEqual({
          route,
          count: DEFAULT_LIMIT,
        });
        const full = await read(`limit=${MAX_LIMIT}`);
        expect({ route, count: count(full) }).toEqual({
          route,
          count: MAX_LIMIT,
        });
        expect(full.nextCursor).toEqual(expect.any(String));
        const rest = await read(
          `limit=${MAX_LIMIT}&cursor=${encodeURIComponent(full.nextCursor)}`,
        );
        expect({ route, count: count(rest) }).toEqual({
          route,
          count: MANY - MAX_LIMIT,
        });
        expect(rest.nextCursor).toBeUndefined();

        const tooMany = await get(query(`limit=${MAX_LIMIT + 1}`), list.as);
        expect({ route, status: tooMany.status }).toEqual({
          route,
          status: 400,
        });
        expect(tooMany.body.error.message).toContain('limit');
      }
    },
  );
});
