import {
  mockCredentials,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { routerRoutes } from '../__testUtils__/routerRoutes';
import { startBackend } from '../__testUtils__/startBackend';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

/*
 * Malformed input on every route of the plugin, as a maintainer with every permission, on a real
 * database: wrong types, control characters, out-of-range numbers and dates, prototype keys,
 * invalid JSON and bad path ids. Never a 5xx; every 400 says which field is wrong (or that the
 * JSON is); and nothing is written.
 */

jest.setTimeout(180_000);

const SVEN = 'user:default/sven.eriksen';
const LIAM = 'user:default/liam.walsh';
const AISHA = 'user:default/aisha.bello';
const CI = 'component:default/ci-pipelines';
const CHECKOUT = 'group:default/checkout';
const PLATFORM = 'group:default/platform';
const DAY = 24 * 60 * 60 * 1000;
const MAX_ID = 2_147_483_647;

/** A value sent as raw JSON text, for numbers JSON.stringify cannot write (`1e309`). */
class Raw {
  constructor(readonly json: string) {}
}
const raw = (json: string) => new Raw(json);

const control = ['a\u0000b', 'a\u0001b', 'a\u001bb', 'a\u007fb', 'a\u000bb'];
const wrongTypes = [12345, true, null, ['a'], { a: 1 }];
const hugeNumbers = [raw('1e309'), raw('-1e309'), raw('99999999999999999999')];

/** A body field and values of it that must each be refused. */
type BodyField = readonly unknown[];
const text = (max: number): BodyField => [
  ...wrongTypes,
  ...control,
  'one\ntwo',
  'x'.repeat(max + 1),
];
const lines = (max: number): BodyField => [
  ...wrongTypes,
  ...control,
  'x'.repeat(max + 1),
];
const longRef = `component:default/${'x'.repeat(300)}`;
const ref: BodyField = [...wrongTypes, '', 'not a ref', `${CI}\u0000`, longRef];
const refs = (max: number): BodyField => [
  CI,
  12345,
  true,
  null,
  { a: 1 },
  [12345],
  ['not a ref'],
  [`${CI}\u0000`],
  [longRef],
  Array.from({ length: max + 1 }, (_, i) => `group:default/team-${i}`),
];
const id: BodyField = [
  '1',
  true,
  null,
  [1],
  { a: 1 },
  0,
  -1,
  1.5,
  MAX_ID + 1,
  ...hugeNumbers,
];
const ids = (max: number): BodyField => [
  1,
  '1',
  null,
  { a: 1 },
  [0],
  ['1'],
  [1.5],
  [MAX_ID + 1],
  [raw('1e309')],
  Array.from({ length: max + 1 }, (_, i) => i + 1),
];
const int = (min: number, max: number): BodyField => [
  String(min),
  true,
  null,
  [min],
  { a: min },
  min - 1,
  max + 1,
  min + 0.5,
  ...hugeNumbers,
];
const positive = (max: number): BodyField => [
  '1',
  true,
  null,
  [1],
  { a: 1 },
  0,
  -1,
  max + 0.5,
  ...hugeNumbers,
];
const scale: BodyField = ['1', true, null, [1], { a: 1 }, 0.7, 4, raw('1e309')];
const oneOf = (value: string): BodyField => [
  'nope',
  1,
  true,
  null,
  [value],
  { a: value },
  `${value}\u0000`,
];
const bool: BodyField = ['true', 'false', 1, 0, null, [], {}];
const date: BodyField = [
  true,
  false,
  null,
  0,
  1767225600000,
  [],
  {},
  '',
  'tomorrow',
  '2026-02-30',
  '2026-13-01',
  '2026-12-01T10:00',
  '2026-12-01T24:00:00Z',
  '2026-12-01T10:00:00+25:00',
  '2026-12-01\u0000',
  '1969-12-31',
  '0000-01-01',
  '10000-01-01',
  '-271821-04-20',
  '+275760-09-13',
  '+002026-12-01',
];
const strings = (maxItems: number, max: number): BodyField => [
  'CI',
  null,
  12345,
  { a: 'CI' },
  [12345],
  [''],
  ['x'.repeat(max + 1)],
  ...control.map(value => [value]),
  ['one\ntwo'],
  Array.from({ length: maxItems + 1 }, (_, i) => `area ${i}`),
];

/** A query parameter and values of it that must each be refused. */
type QueryValue = string | string[] | Record<string, string>;
type QueryParam = readonly QueryValue[];
const qShape: QueryParam = [['a', 'b'], { a: 'b' }];
const qRef: QueryParam = ['', 'not a ref', `${CI}\u0000`, longRef, ...qShape];
const qRefs: QueryParam = [
  '',
  'not a ref',
  `${CI},nope`,
  `${CI}\u0000`,
  { a: 'b' },
];
const qInt = (min: number, max: number): QueryParam => [
  'abc',
  String(min - 1),
  String(max + 1),
  '0.5',
  '1e309',
  '99999999999999999999',
  '\u0000',
  ['1', '2'],
  { a: '1' },
];
const paging = { limit: qInt(1, 100), offset: qInt(0, 1_000_000) };
const qEnum = (value: string): QueryParam => [
  'nope',
  value.toUpperCase(),
  `${value}\u0000`,
  ...qShape,
];
const qBool: QueryParam = ['yes', '1', 'TRUE', ...qShape];
/** A title search: one line of at most `max` characters. */
const qText = (max: number): QueryParam => [
  'x'.repeat(max + 1),
  'one\u0000two',
  'one\ntwo',
  ...qShape,
];
const qId: QueryParam = [
  'abc',
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x1',
  '2147483648',
  '99999999999999999999',
  ...qShape,
];
/** An evidence source's id: a row id or a comment's random id, up to a safe integer. */
const qSourceId = qId.filter(value => value !== '2147483648');
const sourceId = int(1, Number.MAX_SAFE_INTEGER);

/** Bad values for `:id` (URL-encoded as sent) and for the parts of an entity ref in a path. */
const badIds = [
  'abc',
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x1',
  '%201',
  '%00',
  '2147483648',
  '99999999999999999999',
];
const badRefParts = ['%00', 'a%20b', 'a%0Ab'];

interface RouteSpec {
  /** A body that is valid apart from the field being fuzzed. */
  body?: Record<string, unknown>;
  fields?: Record<string, BodyField>;
  /** A query that is valid apart from the parameter being fuzzed. */
  query?: Record<string, string>;
  params?: Record<string, QueryParam>;
  /** Credentials other than the maintainer's (the search collator's route). */
  as?: 'service';
}

/** Ids of rows created before the fuzz, so that path ids exist. */
interface Seeded {
  feedback: number;
  survey: number;
  item: number;
  version: number;
  criterion: number;
  goal: number;
  actor: number;
  impact: number;
  nomination: number;
  champion: number;
  entry: number;
}

const future = () => new Date(Date.now() + 30 * DAY).toISOString();

/** Every route of the plugin, keyed `METHOD /path`, with what to fuzz in it. */
function routeSpecs(seeded: Seeded): Record<string, RouteSpec> {
  const rating = { toolRef: CI, stars: 4, comment: 'Fast', anonymous: false };
  const survey = {
    title: 'Platform NPS',
    question: 'Would you recommend the platform?',
    toolRef: CI,
    teamRefs: [CHECKOUT],
    opensAt: new Date(Date.now() - DAY).toISOString(),
    closesAt: future(),
  };
  const surveyFields = {
    title: text(200),
    question: lines(500),
    toolRef: ref,
    teamRefs: refs(500),
    opensAt: date,
    closesAt: date,
  };
  const criterion = {
    id: seeded.criterion,
    metric: 'Build time',
    target: 'Under 5 minutes',
    // Far ahead: a new item's review date must not be in the past.
    reviewDate: '2099-01-01',
  };
  const item = {
    title: 'Build cache',
    description: 'Cache **node_modules**.\n\nEvery build.',
    ownerRef: PLATFORM,
    toolRefs: [CI],
    requestingTeamRefs: [CHECKOUT],
    reach: 100,
    reachSource: 'manual',
    impact: 1,
    confidence: 1,
    effort: 2,
    earlyAccess: false,
    impactId: seeded.impact,
    criteria: [criterion],
  };
  const itemFields = {
    title: text(200),
    description: lines(20_000),
    ownerRef: ref,
    toolRefs: refs(20),
    requestingTeamRefs: refs(200),
    reach: int(0, 10_000_000),
    reachSource: oneOf('manual'),
    impact: scale,
    confidence: scale,
    effort: positive(1000),
    earlyAccess: bool,
    impactId: id,
    criteria: ['x', null, { a: 1 }, Array(21).fill(criterion)],
    'criteria.0.id': id,
    'criteria.0.metric': text(200),
    'criteria.0.target': text(200),
    'criteria.0.reviewDate': date,
  };
  const version = int(1, MAX_ID);
  const entry = {
    title: 'Faster builds',
    body: '# Faster\n\nBuilds\tare faster.\r\n',
    category: 'improved',
    before: '`npm ci`',
    after: '`npm ci --prefer-offline`',
    toolRefs: [CI],
    roadmapItemIds: [seeded.item],
    status: 'draft',
    publishAt: future(),
    earlyAccess: true,
    earlyAccessUntil: future(),
  };
  const entryFields = {
    title: text(200),
    body: lines(50_000),
    category: oneOf('improved'),
    before: lines(10_000),
    after: lines(10_000),
    toolRefs: refs(20),
    roadmapItemIds: ids(20),
    status: oneOf('draft'),
    publishAt: date,
    earlyAccess: bool,
    earlyAccessUntil: date,
  };
  const research = {
    kind: 'interview',
    title: 'Checkout developer on CI',
    date: '2026-12-10',
    teamRefs: [CHECKOUT],
    toolRefs: [CI],
    agreedToBeNamed: true,
    intervieweeRef: LIAM,
    frictionPoints: ['Waits for CI'],
    contextSwitches: 4,
    minutesWaiting: 30,
    quotes: [{ text: 'I wish builds were faster' }],
    assumptions: [{ text: 'People read the docs', result: 'validated' }],
    body: '# Notes\n\nLong waits.',
  };
  const researchFields = {
    kind: oneOf('interview'),
    title: text(200),
    date,
    teamRefs: [...refs(20), [CI]],
    toolRefs: refs(20),
    agreedToBeNamed: bool,
    intervieweeRef: [...ref, CHECKOUT],
    frictionPoints: strings(50, 500),
    toolsUsed: strings(50, 500),
    contextSwitches: int(0, 100_000),
    minutesWaiting: int(0, 100_000),
    quotes: ['x', null, { a: 1 }, Array(51).fill({ text: 'x' })],
    'quotes.0.text': lines(1000),
    'quotes.0.id': id,
    painPoints: strings(50, 500),
    surprises: strings(50, 500),
    assumptions: [
      'x',
      null,
      Array(51).fill({ text: 'x', result: 'validated' }),
    ],
    'assumptions.0.text': text(500),
    'assumptions.0.result': oneOf('validated'),
    actions: strings(50, 500),
    body: lines(20_000),
  };
  const reason = { reason: 'Out of scope this year.\nMaybe later.' };
  const usage = {
    id: 'run-1',
    toolRef: CI,
    user: LIAM,
    action: 'pipeline-run',
    occurredAt: new Date().toISOString(),
  };

  return {
    'GET /health': {},
    'GET /teams': {},
    'GET /tools': {},
    'GET /tools/component/default/ci-pipelines': {},
    'GET /adoption': { params: { toolRef: qRefs } },
    'GET /me': {},

    'GET /ratings': { query: { toolRef: CI }, params: { toolRef: qRef } },
    'PUT /ratings': {
      body: rating,
      fields: {
        toolRef: ref,
        stars: int(1, 5),
        comment: lines(2000),
        anonymous: bool,
      },
    },
    'DELETE /ratings': { query: { toolRef: CI }, params: { toolRef: qRef } },
    'GET /ratings/prompt': { params: { toolRef: qRef } },
    'GET /ratings/comments': {
      query: { toolRef: CI },
      params: { toolRef: qRef, ...paging },
    },
    'POST /ratings/prompt/dismiss': {
      body: { toolRef: CI },
      fields: { toolRef: ref },
    },

    'GET /feedback': {
      params: {
        toolRef: qRef,
        status: ['nope', 'new,nope', '', { a: 'b' }],
        minAgeDays: qInt(0, 3650),
        maxAgeDays: qInt(0, 3650),
        mine: qBool,
        assigneeRef: qRef,
        unassigned: qBool,
        tag: ['', 'a,b', 'x'.repeat(41), 'a\u0000b', ...qShape],
        q: qText(100),
        sort: qEnum('votes'),
        ...paging,
      },
    },
    'GET /feedback/triage-count': {},
    'POST /feedback/bulk-status': {
      body: {
        status: 'declined',
        items: [{ id: seeded.feedback, expectedStatus: 'new' }],
        ...reason,
      },
      fields: {
        status: oneOf('declined'),
        reason: lines(2000),
        roadmapItemId: id,
        changelogEntryId: id,
        items: [
          null,
          'x',
          [],
          [{ id: seeded.feedback }],
          [
            { id: seeded.feedback, expectedStatus: 'new' },
            { id: seeded.feedback, expectedStatus: 'new' },
          ],
          Array.from({ length: 51 }, (_, i) => ({
            id: i + 1,
            expectedStatus: 'new',
          })),
        ],
        'items.0.id': id,
        'items.0.expectedStatus': oneOf('new'),
      },
    },
    'PUT /feedback/:id/assignee': {
      body: { assigneeRef: SVEN },
      fields: {
        assigneeRef: [
          12345,
          true,
          ['a'],
          { a: 1 },
          '',
          'not a ref',
          longRef,
          PLATFORM,
          'user:default/nobody',
        ],
      },
    },
    'DELETE /feedback/:id/assignee': {},
    'PUT /feedback/:id/tags': {
      body: { tags: ['ci', 'Build speed'] },
      fields: { tags: [...strings(10, 40), ['a,b']] },
    },
    'GET /feedback/similar': {
      query: { toolRef: CI, title: 'Slow cache' },
      params: {
        toolRef: qRef,
        title: [...qText(200), 'abc'],
        excludeId: qId,
        limit: qInt(1, 5),
      },
    },
    'POST /feedback': {
      body: {
        toolRef: CI,
        kind: 'idea',
        title: 'Cache',
        body: 'Builds\n\tare slow',
        anonymous: false,
      },
      fields: {
        toolRef: ref,
        kind: oneOf('idea'),
        title: text(200),
        body: lines(10_000),
        anonymous: bool,
      },
    },
    'GET /feedback/:id': {},
    'GET /feedback/:id/activity': { params: paging },
    'PUT /feedback/:id/vote': {},
    'DELETE /feedback/:id/vote': {},
    'POST /feedback/:id/status': {
      body: { status: 'declined', expectedStatus: 'new', ...reason },
      fields: {
        status: oneOf('declined'),
        expectedStatus: oneOf('new'),
        reason: lines(2000),
        roadmapItemId: id,
        changelogEntryId: id,
      },
    },
    'POST /feedback/:id/replies': {
      body: { body: 'Thanks!\nWe look into it.' },
      fields: { body: lines(10_000) },
    },
    'POST /feedback/:id/merge': {
      body: { intoId: seeded.feedback },
      fields: { intoId: id },
    },

    'GET /surveys': { params: paging },
    'GET /surveys/prompts': { params: { toolRef: qRef } },
    'GET /surveys/trend': { params: { toolRef: qRef } },
    'POST /surveys': { body: survey, fields: surveyFields },
    'PUT /surveys/:id': { body: survey, fields: surveyFields },
    'POST /surveys/:id/close': {},
    'PUT /surveys/:id/response': {
      body: { score: 9, reason: 'Fast\nand friendly', anonymous: true },
      fields: { score: int(0, 10), reason: lines(2000), anonymous: bool },
    },
    'GET /surveys/:id/results': {},
    'GET /surveys/:id/comments': { params: paging },
    'GET /surveys/:id/export': { params: { part: qEnum('teams') } },

    'GET /roadmap/lanes': {},
    'GET /roadmap/board': {},
    'GET /roadmap/items': {
      params: {
        status: qEnum('active'),
        lane: qEnum('now'),
        toolRef: qRef,
        ownerRef: qRef,
        requestingTeamRef: qRef,
        sort: qEnum('rice'),
        q: qText(100),
        ...paging,
      },
    },
    'GET /roadmap/items/:id': {},
    'GET /roadmap/reach': { params: { toolRef: qRefs, itemId: qId } },
    'GET /roadmap/reviews-due': {},
    'GET /roadmap/items/:id/evidence': {},
    'GET /roadmap/evidence': {
      query: { sourceKind: 'feedback', sourceId: String(seeded.feedback) },
      params: { sourceKind: qEnum('feedback'), sourceId: qSourceId },
    },
    'GET /roadmap/priorities': {},
    'POST /roadmap/items/:id/evidence': {
      body: { sourceKind: 'feedback', sourceId: seeded.feedback },
      fields: {
        sourceKind: oneOf('feedback'),
        sourceId,
        sourcePart: id,
      },
    },
    'DELETE /roadmap/items/:id/evidence/:evidenceId': {},

    'GET /research': {
      params: {
        kind: qEnum('interview'),
        teamRef: [...qRef, 'user:default/liam.walsh'],
        toolRef: qRef,
        q: qText(100),
        ...paging,
      },
    },
    'GET /research/search-documents': { as: 'service' },
    'GET /research/:id': {},
    'POST /research': { body: research, fields: researchFields },
    'PUT /research/:id': {
      body: { ...research, version: 1 },
      fields: { ...researchFields, version },
    },
    'DELETE /research/:id': {},
    'POST /roadmap/items': {
      body: { ...item, lane: 'now' },
      fields: { ...itemFields, lane: oneOf('now') },
    },
    'PUT /roadmap/items/:id': {
      body: { ...item, version: seeded.version },
      fields: { ...itemFields, version },
    },
    'POST /roadmap/items/:id/move': {
      body: { lane: 'next', version: seeded.version },
      fields: { lane: oneOf('next'), version },
    },
    'POST /roadmap/items/:id/ship': {
      body: { changelogEntryIds: [seeded.entry], version: seeded.version },
      fields: { changelogEntryIds: ids(20), version },
    },
    'POST /roadmap/items/:id/kill': {
      body: { ...reason, version: seeded.version },
      fields: { reason: lines(2000), version },
    },
    'DELETE /roadmap/items/:id': {},
    'PUT /roadmap/items/:id/vote': {},
    'DELETE /roadmap/items/:id/vote': {},
    'PUT /roadmap/criteria/:id': {
      body: { outcome: 'met', note: 'Builds take 4 minutes.\nDone.' },
      fields: { outcome: oneOf('met'), note: lines(2000) },
    },
    'GET /roadmap/items/:id/outcome': {},
    'PUT /roadmap/items/:id/outcome': {
      body: { decision: 'keep', version: seeded.version },
      fields: {
        decision: oneOf('keep'),
        reason: lines(2000),
        version,
      },
    },
    'GET /roadmap/goals': {},
    'POST /roadmap/goals': {
      body: { title: 'Ship faster', description: 'Less waiting.\nMore doing.' },
      fields: { title: text(200), description: lines(2000) },
    },
    'POST /roadmap/goals/:id/actors': {
      body: { persona: 'Release manager' },
      fields: { persona: text(100), teamRef: ref },
    },
    'POST /roadmap/actors/:id/impacts': {
      body: { title: 'Deploys without waiting' },
      fields: { title: text(200) },
    },
    'DELETE /roadmap/goals/:id': {},
    'DELETE /roadmap/actors/:id': {},
    'DELETE /roadmap/impacts/:id': {},

    'GET /champions': {
      params: {
        teamRef: qRef,
        userRef: qRef,
        status: qEnum('active'),
        ...paging,
      },
    },
    'GET /champions/coverage': {},
    'GET /champions/coverage/history': { params: { days: qInt(1, 730) } },
    'GET /champions/me': {},
    'GET /champions/profile': {
      query: { userRef: LIAM },
      params: { userRef: qRef },
    },
    'GET /champions/nominations': { params: { status: qEnum('open') } },
    'POST /champions/nominations': {
      body: {
        nomineeRef: LIAM,
        teamRef: CHECKOUT,
        reason: 'Runs the demos.\nEvery sprint.',
        focusAreas: ['CI'],
      },
      fields: {
        nomineeRef: ref,
        teamRef: ref,
        reason: lines(2000),
        focusAreas: strings(10, 40),
      },
    },
    'POST /champions/nominations/:id/approve': {
      body: { focusAreas: ['CI'] },
      fields: { focusAreas: strings(10, 40) },
    },
    'POST /champions/nominations/:id/decline': {
      body: reason,
      fields: { reason: lines(2000) },
    },
    'POST /champions/:id/retire': {},
    'GET /champions/kudos': { params: { championRef: qRef, ...paging } },
    'POST /champions/kudos': {
      body: { championRef: AISHA, message: 'Thanks!\nGreat demo.' },
      fields: { championRef: ref, message: lines(500) },
    },
    'POST /champions/activities': {
      body: { type: 'demo', date: '2026-01-15', note: 'CI demo\nfor Checkout' },
      fields: { type: oneOf('demo'), date, note: lines(1000) },
    },
    'GET /champions/activity-summary': {},

    'GET /changelog': {
      params: {
        toolRef: qRef,
        category: qEnum('new'),
        mine: qBool,
        q: ['x'.repeat(101), 'a\u0000b', ...qShape],
        ...paging,
      },
    },
    'GET /changelog/unpublished': { params: { q: qText(100) } },
    'GET /changelog/unseen': {},
    'POST /changelog/seen': {},
    'GET /changelog/feed.atom': { params: { toolRef: qRef } },
    'GET /changelog/search-documents': { as: 'service' },
    'GET /changelog/:id': {},
    'GET /changelog/:id/revisions': {},
    'GET /changelog/:id/reach': {},
    'GET /changelog/:id/audience': {},
    'GET /changelog/:id/deliveries': {},
    'POST /changelog': { body: entry, fields: entryFields },
    'PUT /changelog/:id': {
      body: { ...entry, version: 1 },
      fields: { ...entryFields, version },
    },
    'POST /changelog/:id/publish': {},
    'DELETE /changelog/:id': {},
    'PUT /changelog/:id/helpful': {},
    'DELETE /changelog/:id/helpful': {},

    'GET /digest/settings': {},
    'PUT /digest/settings': {
      body: { enabled: false },
      fields: { enabled: bool },
    },
    'GET /digest/preview': {
      query: { userRef: AISHA },
      params: { userRef: qRef },
    },

    'GET /insights/tools': {},
    'GET /insights/trends': {
      params: { toolRef: qRef, days: qInt(1, 730) },
    },
    'GET /insights/nps': {},
    'GET /insights/health': {},
    'GET /insights/scorecard': {},
    'GET /insights/changelog-reach': { params: { weeks: qInt(1, 52) } },
    'GET /insights/teams/group/default/checkout': {},
    'PUT /insights/tools/component/default/ci-pipelines/mandated': {
      body: { mandated: true },
      fields: { mandated: [12345, null, ['a'], { a: 1 }, 'true', 1] },
    },

    // Each event is checked on its own (a bad one is rejected in a 200); the batch is fuzzed here.
    'POST /usage/events': {
      body: { events: [usage] },
      fields: {
        events: [
          ...wrongTypes.filter(value => !Array.isArray(value)),
          'e1',
          [],
          Array.from({ length: 1001 }, () => usage),
        ],
      },
    },
  };
}

/** The spec's key for a route: entity-ref paths are fuzzed with a concrete team or tool. */
const specKey = (route: string) =>
  route
    .replace(
      '/tools/:kind/:namespace/:name',
      '/tools/component/default/ci-pipelines',
    )
    .replace(
      '/insights/teams/:kind/:namespace/:name',
      '/insights/teams/group/default/checkout',
    );

function encodeQuery(query: Record<string, QueryValue>): string {
  const enc = encodeURIComponent;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string') {
      parts.push(`${enc(key)}=${enc(value)}`);
    } else if (Array.isArray(value)) {
      parts.push(...value.map(v => `${enc(key)}=${enc(v)}`));
    } else {
      parts.push(
        ...Object.entries(value).map(
          ([k, v]) => `${enc(key)}%5B${enc(k)}%5D=${enc(v)}`,
        ),
      );
    }
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** `body` as JSON text with `value` at the dotted `path`; Raw values are written as given. */
function jsonWith(
  body: Record<string, unknown>,
  path: string,
  value: unknown,
): string {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let target: any = copy;
  for (const key of keys.slice(0, -1)) target = target[key];
  target[keys.at(-1)!] = value instanceof Raw ? '\u0000raw\u0000' : value;
  const json = JSON.stringify(copy);
  return value instanceof Raw
    ? json.replace(JSON.stringify('\u0000raw\u0000'), value.json)
    : json;
}

const show = (value: unknown) => {
  const shown =
    value instanceof Raw ? value.json : JSON.stringify(value) ?? 'undefined';
  return shown.length > 60 ? `${shown.slice(0, 60)}…(${shown.length})` : shown;
};

async function tableCounts(knex: Knex): Promise<Record<string, number>> {
  const tables: string[] = String(knex.client.config.client).includes('sqlite')
    ? await knex('sqlite_master')
        .where('type', 'table')
        .andWhere('name', 'like', 'platform_product_%')
        .pluck('name')
    : await knex('information_schema.tables')
        .whereRaw('table_schema = current_schema()')
        .andWhere('table_name', 'like', 'platform_product_%')
        .pluck('table_name');
  const counts: Record<string, number> = {};
  for (const table of tables.sort()) {
    const [{ count }] = await knex(table).count({ count: '*' });
    counts[table] = Number(count);
  }
  return counts;
}

describe('fuzzing every route', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  it('covers every route of the router, and only those', () => {
    const seeded: Seeded = {
      feedback: 1,
      survey: 1,
      item: 1,
      version: 1,
      criterion: 1,
      goal: 1,
      actor: 1,
      impact: 1,
      nomination: 1,
      champion: 1,
      entry: 1,
    };
    expect(Object.keys(routeSpecs(seeded)).sort()).toEqual(
      routerRoutes().map(specKey).sort(),
    );
  });

  it.each(databases.eachSupportedId())(
    'answers malformed input with a 4xx naming the field, and writes nothing, on %p',
    async (databaseId: TestDatabaseId) => {
      const knex = await databases.init(databaseId);
      const server = await startBackend({
        features: [
          mockServices.database.factory({ knex }),
          permissionsFor([SVEN]),
        ],
      });
      const auth = {
        Authorization: mockCredentials.user.header(SVEN),
      };
      const call = (method: string, path: string, as?: 'service') =>
        (request(server) as any)
          [method.toLowerCase()](`/api/platform-product${path}`)
          .set(
            as === 'service'
              ? { Authorization: mockCredentials.service.header() }
              : auth,
          );
      const seed = async (method: string, path: string, body?: object) => {
        const res = await call(method, path).send(body);
        if (res.status >= 300) {
          throw new Error(
            `Seeding ${method} ${path}: ${res.status} ${JSON.stringify(
              res.body,
            )}`,
          );
        }
        return res.body;
      };

      const feedback = await seed('POST', '/feedback', {
        toolRef: CI,
        title: 'Cache',
      });
      const survey = await seed('POST', '/surveys', {
        title: 'Platform NPS',
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: future(),
      });
      const goal = await seed('POST', '/roadmap/goals', { title: 'Faster' });
      const actor = await seed('POST', `/roadmap/goals/${goal.id}/actors`, {
        teamRef: CHECKOUT,
      });
      const impact = await seed('POST', `/roadmap/actors/${actor.id}/impacts`, {
        title: 'Deploys in minutes',
      });
      const item = await seed('POST', '/roadmap/items', {
        title: 'Build cache',
        lane: 'now',
        ownerRef: PLATFORM,
        reach: 100,
        impact: 1,
        confidence: 1,
        effort: 1,
        criteria: [
          { metric: 'Build time', target: '< 5 min', reviewDate: '2027-01-01' },
        ],
      });
      const appointed = await seed('POST', '/champions/nominations', {
        nomineeRef: AISHA,
        teamRef: CHECKOUT,
        reason: 'Demos',
      });
      const champion = await seed(
        'POST',
        `/champions/nominations/${appointed.id}/approve`,
        {},
      );
      const nomination = await seed('POST', '/champions/nominations', {
        nomineeRef: LIAM,
        teamRef: CHECKOUT,
        reason: 'Demos',
      });
      const entry = await seed('POST', '/changelog', {
        title: 'Faster builds',
        category: 'improved',
      });
      const note = await seed('POST', '/research', {
        kind: 'interview',
        title: 'Interview',
        date: '2026-12-10',
      });
      // Marking the changelog seen takes no input: once seen, seeing again adds no row.
      await seed('POST', '/changelog/seen');
      const specs = routeSpecs({
        feedback: feedback.id,
        survey: survey.id,
        item: item.id,
        version: item.version,
        criterion: item.criteria[0].id,
        goal: goal.id,
        actor: actor.id,
        impact: impact.id,
        nomination: nomination.id,
        champion: champion.id,
        entry: entry.id,
      });
      const pathIds: Record<string, number> = {
        feedback: feedback.id,
        surveys: survey.id,
        items: item.id,
        criteria: item.criteria[0].id,
        goals: goal.id,
        actors: actor.id,
        impacts: impact.id,
        nominations: nomination.id,
        champions: champion.id,
        changelog: entry.id,
        research: note.id,
      };

      const problems: string[] = [];
      const requests = new Map<string, number>();
      const prototype = Object.getOwnPropertyNames(Object.prototype);

      /** Sends one request and checks its answer; `names` is what a 400 must mention. */
      async function expectRefused(
        what: string,
        test: any,
        names: RegExp,
        allowed: number[] = [400],
      ) {
        const route = what.split(' ', 2).join(' ');
        requests.set(route, (requests.get(route) ?? 0) + 1);
        const res = await test;
        const message: string = res.body?.error?.message ?? '';
        if (res.status >= 500) {
          problems.push(`${what}: ${res.status} ${message}`);
        } else if (!allowed.includes(res.status)) {
          problems.push(`${what}: ${res.status}, expected ${allowed}`);
        } else if (res.status === 400 && !names.test(message)) {
          problems.push(`${what}: 400 "${message}" does not match ${names}`);
        }
      }

      for (const route of Object.keys(specs)) {
        const spec = specs[route];
        const [method, template] = route.split(' ');
        const path = template.replace(
          /\/([a-z-]+)\/:id/,
          (_, area) => `/${area}/${pathIds[area]}`,
        );
        const before = await tableCounts(knex);
        const base = encodeQuery(spec.query ?? {});
        const send = (url: string, body?: string) => {
          const test = call(method, url, spec.as);
          return body === undefined
            ? test
            : test.set('Content-Type', 'application/json').send(body);
        };
        const baseBody = spec.body && JSON.stringify(spec.body);

        for (const [field, values] of Object.entries(spec.fields ?? {})) {
          const names = new RegExp(
            `Invalid body: (.*; )?${field.replace(/\./g, '\\.')}(\\.\\w+)*: `,
          );
          for (const value of values) {
            await expectRefused(
              `${route} ${field}=${show(value)}`,
              send(path + base, jsonWith(spec.body!, field, value)),
              names,
            );
          }
          // A `__proto__` or `constructor` key never stands in for a missing field.
          const proto = JSON.stringify({ [field.split('.')[0]]: 'x' });
          await expectRefused(
            `${route} ${field} from __proto__`,
            send(
              path + base,
              jsonWith(spec.body!, field, null).replace(
                /^\{/,
                `{"__proto__":${proto},"constructor":{"prototype":${proto}},`,
              ),
            ),
            names,
          );
        }

        for (const [param, values] of Object.entries(spec.params ?? {})) {
          for (const value of values) {
            await expectRefused(
              `${route} ?${param}=${show(value)}`,
              send(
                path + encodeQuery({ ...spec.query, [param]: value }),
                baseBody,
              ),
              new RegExp(`Invalid query: (.*; )?${param}(\\.\\w+)*: `),
            );
          }
        }

        if (template.includes(':id')) {
          for (const bad of badIds) {
            await expectRefused(
              `${route} id=${bad}`,
              send(template.replace(':id', bad) + base, baseBody),
              /Invalid path: id: /,
            );
          }
        }
        if (route.includes('/default/')) {
          for (const bad of badRefParts) {
            await expectRefused(
              `${route} name=${bad}`,
              send(path.replace(/[^/]+$/, bad)),
              /Invalid path: must be an entity ref/,
              [400, 404],
            );
          }
        }

        // Bodies are parsed on every route, whether it takes one or not.
        for (const invalid of [
          '{"title": ',
          "{'title': 'x'}",
          '{"title": "x",}',
          '{"a": 1e309',
          'nul\u0000',
        ]) {
          await expectRefused(
            `${route} invalid JSON ${show(invalid)}`,
            send(path + base, invalid),
            /Invalid body: not valid JSON/,
          );
        }
        if (method !== 'GET') {
          if (spec.body) {
            for (const shape of ['[]', '[1,2]', '"text"', '42', 'null']) {
              await expectRefused(
                `${route} body ${shape}`,
                send(path + base, shape),
                /Invalid body: .*(JSON|object)/,
              );
            }
          }
          await expectRefused(
            `${route} body of 2 MB`,
            send(path + base, JSON.stringify({ title: 'x'.repeat(2e6) })),
            /./,
            [413],
          );
        }

        const after = await tableCounts(knex);
        if (JSON.stringify(after) !== JSON.stringify(before)) {
          const changed = Object.keys(after).filter(
            table => after[table] !== before[table],
          );
          problems.push(
            `${route} wrote: ${changed
              .map(table => `${table} ${before[table]} → ${after[table]}`)
              .join(', ')}`,
          );
        }
      }

      expect(problems).toEqual([]);
      expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototype);
      expect([...requests.keys()].sort()).toEqual(Object.keys(specs).sort());
      expect(
        [...requests.values()].reduce((sum, count) => sum + count),
      ).toBeGreaterThan(2000);
    },
  );
});
