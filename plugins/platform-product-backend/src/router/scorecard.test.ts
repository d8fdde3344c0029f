import { mockCredentials } from '@backstage/backend-test-utils';
import {
  insightsReadPermission,
  scorecardSchema,
} from 'backstage-plugin-platform-product-common';
import request from 'supertest';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { rollUpUsage, startBackend } from '../__testUtils__/startBackend';

jest.setTimeout(60_000);

const user = (name: string) => `user:default/${name}`;
const team = (name: string) => `group:default/${name}`;
const SVEN = user('sven.eriksen');
const LIAM = user('liam.walsh');
const CI = 'component:default/ci-pipelines';
const RATERS = ['aisha.bello', 'mateo.garcia', 'hannah.schmidt'].map(user);
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) =>
  new Date(Date.now() - days * DAY).toISOString();

async function start(options: { deny?: string[] } = {}) {
  const server = await startBackend({
    config: {
      platformProduct: {
        feedback: { minGroupSize: 3 },
        scorecard: { targets: { timeToFirstDeployDays: 2 } },
      },
    },
    features: [permissionsFor([SVEN], options)],
  });
  return {
    server,
    rollUpUsage: () => rollUpUsage(server),
    get: (by: string) =>
      request(server)
        .get('/api/platform-product/insights/scorecard')
        .set({ Authorization: mockCredentials.user.header(by) }),
    send: (method: 'put' | 'post', path: string, by: string, body: object) =>
      request(server)
        [method](`/api/platform-product${path}`)
        .set({ Authorization: mockCredentials.user.header(by) })
        .send(body),
  };
}

/** A team's use of CI Pipelines: a run `firstDay` days ago, a deploy `deployDay` days ago. */
function teamUsage(name: string, firstDay: number, deployDay?: number) {
  const event = (action: string, days: number) => ({
    id: `${name}-${action}`,
    toolRef: CI,
    teamRef: team(name),
    action,
    occurredAt: daysAgo(days),
  });
  return [
    event('pipeline-run', firstDay),
    ...(deployDay === undefined ? [] : [event('deploy', deployDay)]),
  ];
}

describe('GET /insights/scorecard', () => {
  it('shows each KPI against its target, with no data where nothing was measured', async () => {
    const api = await start();
    const { status, body } = await api.get(LIAM);

    expect(status).toBe(200);
    const scorecard = scorecardSchema.parse(body);
    const kpi = (id: string) => scorecard.kpis.find(k => k.id === id)!;
    expect(scorecard.kpis.map(k => k.id)).toEqual([
      'declaredAdoption',
      'activeAdoption',
      'satisfaction',
      'nps',
      'championCoverage',
      'firstResponse',
      'timeToFirstDeploy',
    ]);
    // The example company: 13 teams, each declaring at least one platform tool.
    expect(kpi('declaredAdoption')).toMatchObject({
      unit: 'ratio',
      indicator: 'lagging',
      comparison: 'atLeast',
      target: 0.8,
      value: 1,
      basis: 13,
      status: 'onTrack',
      trend: [],
    });
    expect(kpi('activeAdoption')).toMatchObject({
      indicator: 'leading',
      value: 0,
      basis: 13,
      status: 'offTrack',
    });
    for (const id of ['satisfaction', 'nps', 'firstResponse']) {
      expect(kpi(id)).toMatchObject({ value: null, status: 'noData' });
    }
    expect(kpi('timeToFirstDeploy')).toMatchObject({
      unit: 'days',
      comparison: 'atMost',
      target: 2,
      value: null,
      status: 'noData',
    });
    expect(scorecard.trendDays).toBe(90);
  });

  it('measures active adoption and time to first deploy from usage events, and satisfaction once enough rated', async () => {
    const api = await start();
    const sent = await api.send('post', '/usage/events', SVEN, {
      events: [
        // Checkout deployed 4 days after its first run, Search 2 days after, Billing not yet.
        ...teamUsage('checkout', 10, 6),
        ...teamUsage('search', 3, 1),
        ...teamUsage('billing', 2),
      ],
    });
    expect(sent.body).toMatchObject({ accepted: 5, rejected: [] });
    await api.rollUpUsage();
    for (const [i, rater] of RATERS.entries()) {
      await api.send('put', '/ratings', rater, {
        toolRef: CI,
        stars: i ? 5 : 3,
      });
    }

    const { body } = await api.get(LIAM);
    const kpi = (id: string) => body.kpis.find((k: any) => k.id === id);
    expect(kpi('activeAdoption')).toMatchObject({
      value: 3 / 13,
      basis: 13,
      status: 'offTrack',
    });
    expect(kpi('timeToFirstDeploy')).toMatchObject({
      value: 3,
      basis: 2,
      status: 'offTrack',
    });
    expect(kpi('satisfaction')).toMatchObject({
      value: 13 / 3,
      basis: 3,
      status: 'onTrack',
    });
  });

  it('hides satisfaction while fewer than the minimum group size rated', async () => {
    const api = await start();
    for (const rater of RATERS.slice(0, 2)) {
      await api.send('put', '/ratings', rater, { toolRef: CI, stars: 5 });
    }
    const { body } = await api.get(LIAM);
    expect(body.kpis.find((k: any) => k.id === 'satisfaction')).toMatchObject({
      value: null,
      basis: 0,
      status: 'noData',
    });
  });

  it("sums only the tools whose ratings the tools table shows, so a hidden tool's rating cannot be subtracted out", async () => {
    const api = await start();
    for (const [i, rater] of RATERS.entries()) {
      await api.send('put', '/ratings', rater, {
        toolRef: CI,
        stars: i ? 5 : 2,
      });
    }
    // One rating of another tool: hidden in the tools table, so it must not move the KPI.
    await api.send('put', '/ratings', LIAM, {
      toolRef: 'api:default/secrets-api',
      stars: 1,
    });
    const tools = await request(api.server)
      .get('/api/platform-product/insights/tools')
      .set({ Authorization: mockCredentials.user.header(SVEN) });
    const shown = tools.body.tools.filter((t: any) => t.rating.count !== null);
    expect(shown.map((t: any) => [t.toolRef, t.rating.count])).toEqual([
      [CI, 3],
    ]);

    const { body } = await api.get(LIAM);
    expect(body.kpis.find((k: any) => k.id === 'satisfaction')).toMatchObject({
      value: shown[0].rating.average,
      basis: 3,
    });
  });

  it('is refused without insights.read', async () => {
    const api = await start({ deny: [insightsReadPermission.name] });
    expect((await api.get(LIAM)).status).toBe(403);
  });
});
