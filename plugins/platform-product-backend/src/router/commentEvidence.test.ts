import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { newRoadmapItemBody } from '../__testUtils__/roadmapItemFields';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;
const days = (n: number) => new Date(Date.now() + n * DAY).toISOString();
const user = (name: string) => `user:default/${name}`;
const SVEN = user('sven.eriksen');
const ALEX = user('alex.morgan');
const LIAM = user('liam.walsh');
const SECRETS = 'api:default/secrets-api';
const CHECKOUT = [
  'liam.walsh',
  'aisha.bello',
  'mateo.garcia',
  'hannah.schmidt',
  'kenji.tanaka',
].map(user);
const KENJI = user('kenji.tanaka');
const STOREFRONT = [
  'priya.shah',
  'jonas.becker',
  'mei.chen',
  'omar.haddad',
].map(user);

async function start() {
  const server = await startBackend({
    config: { platformProduct: {} },
    features: [permissionsFor([SVEN])],
  });
  const call =
    (method: 'get' | 'post' | 'put' | 'delete', path: string) => (by: string) =>
      request(server)
        [method](`/api/platform-product${path}`)
        .set({ Authorization: mockCredentials.user.header(by) });
  const itemId = (
    await call('post', '/roadmap/items')(SVEN).send(newRoadmapItemBody())
  ).body.id as number;
  const link = (body: object, by = SVEN) =>
    call('post', `/roadmap/items/${itemId}/evidence`)(by).send(body);
  const demand = async () =>
    (await call('get', `/roadmap/items/${itemId}/evidence`)(SVEN)).body;
  const reach = async () =>
    (
      await call(
        'get',
        `/roadmap/reach?toolRef=${SECRETS}&itemId=${itemId}`,
      )(SVEN)
    ).body;
  const priorities = async () =>
    (await call('get', '/roadmap/priorities')(SVEN)).body.items.find(
      (row: any) => row.item.id === itemId,
    ).evidence;
  return { call, itemId, link, demand, reach, priorities };
}

describe('rating and survey comments as evidence', () => {
  it('links a survey comment as one anonymous contribution: no team can be learnt by subtracting the figures before from those after', async () => {
    const { call, link, demand, reach, priorities } = await start();
    const feedback = await call(
      'post',
      '/feedback',
    )(ALEX).send({
      toolRef: SECRETS,
      title: 'Rotate secrets',
    });
    await link({ sourceKind: 'feedback', sourceId: feedback.body.id }).expect(
      201,
    );
    const survey = (
      await call(
        'post',
        '/surveys',
      )(SVEN).send({
        title: 'Q4 platform NPS',
        teamRefs: ['group:default/checkout'],
        opensAt: days(-1),
        closesAt: days(14),
      })
    ).body.id;
    for (const person of CHECKOUT) {
      await call(
        'put',
        `/surveys/${survey}/response`,
      )(person)
        .send({ score: 6, reason: `Secrets are slow (${person})` })
        .expect(200);
    }
    const comments = await call('get', `/surveys/${survey}/comments`)(SVEN);
    const kenji = comments.body.items.find((c: any) =>
      c.reason.includes('kenji'),
    );
    expect(kenji).toEqual({
      commentId: expect.any(Number),
      score: 6,
      reason: `Secrets are slow (${KENJI})`,
    });
    const before = {
      demand: await demand(),
      reach: await reach(),
      priorities: await priorities(),
    };

    await link(
      { sourceKind: 'survey-comment', sourceId: kenji.commentId },
      LIAM,
    ).expect(403);
    await link({
      sourceKind: 'survey-comment',
      sourceId: kenji.commentId,
    }).expect(201);

    const after = await demand();
    expect(after.comments).toEqual([
      expect.objectContaining({
        sourceKind: 'survey-comment',
        sourceId: kenji.commentId,
        comment: {
          text: `Secrets are slow (${KENJI})`,
          score: 6,
          surveyTitle: 'Q4 platform NPS',
          anonymous: true,
        },
      }),
    ]);
    expect(after.kinds).toEqual(['feedback', 'survey-comment']);
    // One more contribution, anonymous; every team figure as it was.
    expect(after.people.total - before.demand.people.total).toBe(1);
    expect(after.people.anonymous - before.demand.people.anonymous).toBe(1);
    expect(after.evidenceTeams).toEqual(before.demand.evidenceTeams);
    expect(after.suggestion.reach).toBe(before.demand.suggestion.reach);
    expect(await reach()).toEqual(before.reach);
    const rows = await priorities();
    expect(rows.teams).toBe(before.priorities.teams);
    expect(rows.people - before.priorities.people).toBe(1);
    expect(JSON.stringify(after)).not.toMatch(/checkout/i);

    const back = await call(
      'get',
      `/roadmap/evidence?sourceKind=survey-comment&sourceId=${kenji.commentId}`,
    )(SVEN);
    expect(back.body.items).toHaveLength(1);
  });

  it('lists rating comments once the figures show (the minimum group size, none or enough of them anonymous), to triagers only, and counts a signed rater like a feedback author', async () => {
    const { call, link, demand, reach } = await start();
    const comments = () =>
      call('get', `/ratings/comments?toolRef=${SECRETS}`)(SVEN);
    await call('put', '/ratings')(ALEX)
      .send({ toolRef: SECRETS, stars: 2, comment: 'Rotation is manual' })
      .expect(200);
    expect((await comments()).status).toBe(409);
    // Five anonymous ratings: one signed and four anonymous would stay hidden.
    for (const person of [...STOREFRONT, LIAM]) {
      await call(
        'put',
        '/ratings',
      )(person)
        .send({
          toolRef: SECRETS,
          stars: 4,
          comment: 'Fine',
          anonymous: true,
        })
        .expect(200);
    }
    expect(
      (await call('get', `/ratings/comments?toolRef=${SECRETS}`)(LIAM)).status,
    ).toBe(403);
    expect(
      (await call('get', '/ratings/comments?toolRef=nope')(SVEN)).status,
    ).toBe(400);
    const list = await comments();
    expect(list.status).toBe(200);
    expect(list.body.totalCount).toBe(6);
    const signed = list.body.items.find((c: any) => c.stars === 2);
    const anonymous = list.body.items.find((c: any) => c.stars === 4);
    expect(signed).toEqual({
      commentId: expect.any(Number),
      stars: 2,
      comment: 'Rotation is manual',
      raterRef: ALEX,
    });
    expect(anonymous.raterRef).toBeUndefined();

    const reachBefore = (await reach()).reach;
    await link({
      sourceKind: 'rating-comment',
      sourceId: signed.commentId,
    }).expect(201);
    await link({
      sourceKind: 'rating-comment',
      sourceId: anonymous.commentId,
    }).expect(201);
    const result = await demand();
    expect(result.people).toEqual({ total: 2, anonymous: 1 });
    expect(result.evidenceTeams.map((t: any) => t.teamRef)).toEqual([
      'group:default/storefront',
    ]);
    // Alex's Storefront (6 people) joins the reach.
    expect((await reach()).reach).toBe(reachBefore + 6);
    expect(JSON.stringify(result)).not.toContain('alex.morgan');

    const missing = await link({ sourceKind: 'rating-comment', sourceId: 1 });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('rating comment');
  });
});
