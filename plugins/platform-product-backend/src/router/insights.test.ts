import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import {
  rollUpUsage,
  runTask,
  startBackend,
} from '../__testUtils__/startBackend';

const user = (name: string) => `user:default/${name}`;
const SVEN = user('sven.eriksen');
const CI = 'component:default/ci-pipelines';
const SECRETS = 'api:default/secrets-api';
const CHECKOUT = [
  'liam.walsh',
  'aisha.bello',
  'mateo.garcia',
  'hannah.schmidt',
  'kenji.tanaka',
  'fatima.khan',
  'lucas.martin',
].map(user);

async function start(
  options: { deny?: string[]; mandated?: string[]; audit?: any } = {},
) {
  const server = await startBackend({
    config: {
      platformProduct: {
        feedback: { minGroupSize: 3 },
        ...(options.mandated && {
          tools: {
            filter: { 'metadata.tags': 'platform-tool' },
            mandated: options.mandated,
          },
        }),
      },
    },
    features: [
      permissionsFor([SVEN], options),
      ...(options.audit ? [options.audit.factory] : []),
    ],
  });
  const api = (method: 'get' | 'put' | 'post', path: string) => (by: string) =>
    request(server)
      [method](`/api/platform-product${path}`)
      .set({ Authorization: mockCredentials.user.header(by) });
  return Object.assign(api, {
    rollUpUsage: () => rollUpUsage(server),
    snapshot: () => runTask(server, 'platform-product-tool-snapshot'),
  });
}

type Api = Awaited<ReturnType<typeof start>>;

/** Usage of a tool today by each of the teams (sent by Sven, who may send usage). */
async function use(api: Api, toolRef: string, teamRefs: string[]) {
  const { body } = await api(
    'post',
    '/usage/events',
  )(SVEN).send({
    events: teamRefs.map(teamRef => ({
      id: `${teamRef}-${toolRef}`,
      toolRef,
      teamRef,
      action: 'use',
      occurredAt: new Date().toISOString(),
    })),
  });
  expect(body).toMatchObject({ accepted: teamRefs.length, rejected: [] });
  await api.rollUpUsage();
}

async function toolOf(api: Api, toolRef: string) {
  const { body } = await api('get', '/insights/tools')(SVEN);
  return body.tools.find((t: any) => t.toolRef === toolRef);
}

describe('insights API', () => {
  it('joins catalog adoption with ratings, and flags a captive audience by active adoption', async () => {
    const api = await start();
    // Secrets Manager: adopted by 5 of 13 teams (38 %), below the 50 % captive threshold.
    // CI Pipelines: 12 of 13 teams; three Checkout people rate it 2, 2 and 1 (all signed: one
    // anonymous rating among two signed ones would be hidden, see below).
    for (const [i, stars] of [2, 2, 1].entries()) {
      await api(
        'put',
        '/ratings',
      )(CHECKOUT[i]).send({ toolRef: CI, stars, anonymous: false });
    }
    await api(
      'put',
      '/ratings',
    )(CHECKOUT[3]).send({ toolRef: SECRETS, stars: 1 });
    // Declared by 12 teams but used by none: not captive (nobody is held there).
    const declared = await toolOf(api, CI);
    expect(declared).toMatchObject({
      activeAdoption: { activeTeams: 0, eligibleTeams: 13, rate: 0 },
      captive: false,
    });
    expect(declared.gap.declaredInactive).toHaveLength(12);
    // 7 of the 13 teams used it lately: 54 % active.
    await use(api, CI, declared.gap.declaredInactive.slice(0, 7));

    const { body } = await api('get', '/insights/tools')(CHECKOUT[4]);
    const ci = body.tools.find((t: any) => t.toolRef === CI);
    const secrets = body.tools.find((t: any) => t.toolRef === SECRETS);
    expect(ci).toMatchObject({
      adoption: { adoptingTeams: 12, eligibleTeams: 13 },
      activeAdoption: { activeTeams: 7, eligibleTeams: 13, rate: 7 / 13 },
      gap: {
        declaredInactive: declared.gap.declaredInactive.slice(7),
        activeUndeclared: [],
      },
      mandated: null,
      rating: { count: 3, average: 5 / 3 },
      enoughRatings: true,
      captive: true,
      openFeedback: 0,
      roadmapNow: 0,
    });
    expect(secrets).toMatchObject({
      adoption: { adoptingTeams: 5 },
      // One rating is below the minimum group size: neither count nor average is shown.
      rating: { count: null, average: null },
      enoughRatings: false,
      captive: false,
    });
    expect(body).toMatchObject({
      minGroupSize: 3,
      activeDays: 28,
      thresholds: { adoption: 0.5, rating: 3 },
    });
  });

  it('lists the teams that use a tool without declaring it, and those that declare it without use', async () => {
    const api = await start();
    const search = 'group:default/search';
    const checkout = 'group:default/checkout';
    await use(api, SECRETS, [search, checkout]);
    expect(await toolOf(api, SECRETS)).toMatchObject({
      adoption: { adoptingTeams: 5 },
      activeAdoption: { activeTeams: 2 },
      gap: {
        declaredInactive: [
          'group:default/billing',
          'group:default/fraud-detection',
          'group:default/payments-core',
          'group:default/security',
        ],
        activeUndeclared: [search],
      },
    });
  });

  describe('mandated tools', () => {
    const path = (ref: string) =>
      `/insights/tools/${ref.replace(':', '/')}/mandated`;

    it('lets a maintainer mark a tool mandated and clear it, audited; configured ones stay', async () => {
      const audit = auditorSpy();
      const api = await start({ mandated: [SECRETS], audit });
      expect((await toolOf(api, SECRETS)).mandated).toEqual({
        source: 'config',
      });
      expect((await toolOf(api, CI)).mandated).toBeNull();

      const marked = await api('put', path(CI))(SVEN).send({ mandated: true });
      expect(marked.status).toBe(200);
      expect(marked.body).toEqual({
        toolRef: CI,
        mandated: { source: 'maintainer', by: SVEN, at: expect.any(String) },
      });
      expect((await toolOf(api, CI)).mandated).toEqual(marked.body.mandated);

      const conflict = await api(
        'put',
        path(SECRETS),
      )(SVEN).send({
        mandated: false,
      });
      expect(conflict.status).toBe(409);
      expect(conflict.body.error.message).toContain(
        'platformProduct.tools.mandated',
      );

      const cleared = await api(
        'put',
        path(CI),
      )(SVEN).send({
        mandated: false,
      });
      expect(cleared.body).toEqual({ toolRef: CI, mandated: null });
      expect((await toolOf(api, CI)).mandated).toBeNull();
      expect(
        audit.events.map(e => [
          e.options.eventId,
          e.options.meta.mandated,
          e.outcome,
        ]),
      ).toEqual([
        ['tool-mandate', true, 'success'],
        ['tool-mandate', false, 'fail'],
        ['tool-mandate', false, 'success'],
      ]);
    });

    it('answers 403 without the permission, 400 naming the field, 404 for no tool', async () => {
      const api = await start();
      const denied = await api(
        'put',
        path(CI),
      )(CHECKOUT[0]).send({
        mandated: true,
      });
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toContain(
        'platform-product.tools.mandate',
      );
      expect((await toolOf(api, CI)).mandated).toBeNull();

      const bad = await api('put', path(CI))(SVEN).send({ mandated: 'yes' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('mandated');
      const missing = await api(
        'put',
        path('component:default/nope'),
      )(SVEN).send({ mandated: true });
      expect(missing.status).toBe(404);
    });
  });

  it('shows the latest tool survey NPS and the team view with the minimum group size', async () => {
    const api = await start();
    const survey = await api(
      'post',
      '/surveys',
    )(SVEN).send({
      title: 'CI pulse',
      toolRef: CI,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    for (const [i, score] of [10, 9, 3].entries()) {
      await api(
        'put',
        `/surveys/${survey.body.id}/response`,
      )(CHECKOUT[i]).send({ score });
    }
    for (const [i, stars] of [4, 5, 3].entries()) {
      await api(
        'put',
        '/ratings',
      )(CHECKOUT[i]).send({ toolRef: CI, stars, anonymous: true });
    }
    await api(
      'put',
      '/ratings',
    )(CHECKOUT[0]).send({ toolRef: SECRETS, stars: 2 });

    const tools = (await api('get', '/insights/tools')(SVEN)).body.tools;
    // 2 promoters, 1 detractor of 3: NPS = 67 % − 33 % = 33.
    expect(tools.find((t: any) => t.toolRef === CI).nps).toEqual({
      surveyId: survey.body.id,
      title: 'CI pulse',
      nps: 33,
      responses: 3,
    });

    const team = await api(
      'get',
      '/insights/teams/group/default/checkout',
    )(SVEN);
    expect(team.body).toMatchObject({
      title: 'Checkout',
      members: 7,
      minGroupSize: 3,
    });
    const byTool = Object.fromEntries(
      team.body.tools.map((t: any) => [t.toolRef, t]),
    );
    // Ratings count for the team of the rater, anonymous ones included, never by name.
    expect(byTool[CI]).toMatchObject({ ratingCount: 3, averageRating: 4 });
    expect(byTool[SECRETS].ratingCount).toBeNull();
    expect(byTool[SECRETS].averageRating).toBeUndefined();
    expect(JSON.stringify(team.body)).not.toContain('liam.walsh');
  });

  it('shows no rating figure from which signed ratings could be subtracted to leave an anonymous one', async () => {
    const api = await start();
    // Four Checkout people rate under their names, with comments; a fifth anonymously.
    for (const [i, stars] of [5, 5, 4, 4].entries()) {
      await api(
        'put',
        '/ratings',
      )(CHECKOUT[i]).send({ toolRef: CI, stars, comment: `${stars} stars` });
    }
    await api(
      'put',
      '/ratings',
    )(CHECKOUT[4]).send({ toolRef: CI, stars: 1, anonymous: true });
    await api.snapshot();
    // What subtraction would start from, the signed ratings' stars by name, is what their
    // comments show: they open only with the figures.
    const comments = await api(
      'get',
      '/ratings/comments',
    )(SVEN).query({
      toolRef: CI,
    });
    expect(comments.status).toBe(409);

    const views = async () => {
      const card = await api('get', '/ratings')(SVEN).query({ toolRef: CI });
      const tool = await toolOf(api, CI);
      const team = await api(
        'get',
        '/insights/teams/group/default/checkout',
      )(SVEN);
      const trends = await api(
        'get',
        '/insights/trends',
      )(SVEN).query({
        toolRef: CI,
      });
      const scorecard = await api('get', '/insights/scorecard')(SVEN);
      return {
        card: [card.body.count, card.body.average],
        tools: [tool.rating.count, tool.rating.average],
        team: team.body.tools
          .filter((t: any) => t.toolRef === CI)
          .map((t: any) => [t.ratingCount, t.averageRating ?? null])[0],
        trends: trends.body.items.map((p: any) => [
          p.ratingCount,
          p.ratingAverage,
        ]),
        satisfaction: scorecard.body.kpis
          .filter((k: any) => k.id === 'satisfaction')
          .map((k: any) => [k.basis, k.value])[0],
      };
    };
    // 5 ratings of 3.8 would make the anonymous one 19 − 18 = 1 star, and its rater the fifth.
    expect(await views()).toEqual({
      card: [null, null],
      tools: [null, null],
      team: [null, null],
      trends: [[null, null]],
      satisfaction: [0, null],
    });

    // Two more anonymous ratings: three, the minimum group size, can no longer be told apart.
    for (const i of [5, 6]) {
      await api(
        'put',
        '/ratings',
      )(CHECKOUT[i]).send({ toolRef: CI, stars: 3, anonymous: true });
    }
    await api.snapshot();
    const opened = await api(
      'get',
      '/ratings/comments',
    )(SVEN).query({ toolRef: CI });
    expect(opened.body.items).toHaveLength(4);
    const average = 25 / 7;
    expect(await views()).toEqual({
      card: [7, average],
      tools: [7, average],
      team: [7, average],
      trends: [[7, average]],
      satisfaction: [7, average],
    });
  });

  it('answers 400, 403 and 404 where they belong', async () => {
    const api = await start({ deny: ['platform-product.insights.read'] });
    expect((await api('get', '/insights/tools')(SVEN)).status).toBe(403);
    expect((await api('get', '/insights/health')(SVEN)).status).toBe(403);
    const allowed = await start();
    expect(
      (await allowed('get', '/insights/teams/group/default/nope')(SVEN)).status,
    ).toBe(404);
    const bad = await allowed(
      'get',
      '/insights/trends',
    )(SVEN).query({ days: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('days');
    const health = await allowed('get', '/insights/health')(SVEN);
    expect(health.body).toMatchObject({
      coverage: { eligibleTeams: 13, coveredTeams: 0 },
      feedbackResponse: { medianHoursToFirstResponse: null, responded: 0 },
      roadmapByQuarter: [],
      changelogByWeek: [],
    });
  });
});
