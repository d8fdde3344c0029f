import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';

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

async function start(options: { deny?: string[] } = {}) {
  const server = await startBackend({
    config: { platformProduct: { feedback: { minGroupSize: 3 } } },
    features: [permissionsFor([SVEN], options)],
  });
  return (method: 'get' | 'put' | 'post', path: string) => (by: string) =>
    request(server)
      [method](`/api/platform-product${path}`)
      .set({ Authorization: mockCredentials.user.header(by) });
}

describe('insights API', () => {
  it('joins catalog adoption with ratings, and flags a captive audience', async () => {
    const api = await start();
    // Secrets Manager: adopted by 5 of 13 teams (38 %), below the 50 % captive threshold.
    // CI Pipelines: 12 of 13 teams; three Checkout people rate it 2, 2 and 1.
    for (const [i, stars] of [2, 2, 1].entries()) {
      await api(
        'put',
        '/ratings',
      )(CHECKOUT[i]).send({ toolRef: CI, stars, anonymous: i === 0 });
    }
    await api(
      'put',
      '/ratings',
    )(CHECKOUT[3]).send({ toolRef: SECRETS, stars: 1 });
    const { body } = await api('get', '/insights/tools')(CHECKOUT[4]);
    const ci = body.tools.find((t: any) => t.toolRef === CI);
    const secrets = body.tools.find((t: any) => t.toolRef === SECRETS);
    expect(ci).toMatchObject({
      adoption: { adoptingTeams: 12, eligibleTeams: 13 },
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
      thresholds: { adoption: 0.5, rating: 3 },
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
