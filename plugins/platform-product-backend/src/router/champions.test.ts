import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { notificationsSpy } from '../__testUtils__/notificationsSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';

const user = (name: string) => `user:default/${name}`;
const SVEN = user('sven.eriksen');
const LIAM = user('liam.walsh');
const AISHA = user('aisha.bello');
const RAVI = user('ravi.iyer');
const ALEX = user('alex.morgan');
const CHECKOUT = 'group:default/checkout';
const SEARCH = 'group:default/search';

async function start(config: object = {}) {
  const audit = auditorSpy();
  const notifications = notificationsSpy();
  const server = await startBackend({
    config: { platformProduct: config },
    notifications: notifications.factory,
    features: [audit.factory, permissionsFor([SVEN])],
  });
  const api = (method: 'get' | 'post', path: string) => (by: string) =>
    request(server)
      [method](`/api/platform-product${path}`)
      .set({ Authorization: mockCredentials.user.header(by) });
  const nominate = (by: string, body: object) =>
    api(
      'post',
      '/champions/nominations',
    )(by).send({
      reason: 'Runs the deploy demos',
      ...body,
    });
  /** Nominates and approves: the person becomes an active champion of the team. */
  const appoint = async (nomineeRef: string, teamRef: string) => {
    const { id } = (await nominate(nomineeRef, { nomineeRef, teamRef })).body;
    return (
      await api('post', `/champions/nominations/${id}/approve`)(SVEN).send({})
    ).body;
  };
  return {
    api,
    nominate,
    appoint,
    events: audit.events,
    sent: notifications.sent,
  };
}

describe('champions API', () => {
  it('computes coverage of the example company per department', async () => {
    const { api, appoint } = await start();
    const before = await api('get', '/champions/coverage')(ALEX);
    expect(before.body).toMatchObject({
      eligibleTeams: 13,
      coveredTeams: 0,
      coverage: 0,
      target: { min: 1, max: 2 },
    });

    await appoint(LIAM, CHECKOUT);
    await appoint(AISHA, CHECKOUT);
    await appoint(RAVI, SEARCH);
    // Ravi is in Search and Payments Core: he may champion both.
    await appoint(RAVI, 'group:default/payments-core');
    const after = (await api('get', '/champions/coverage')(ALEX)).body;
    expect(after).toMatchObject({ coveredTeams: 3, coverage: 3 / 13 });
    expect(
      Object.fromEntries(
        after.departments.map((d: any) => [
          d.title,
          `${d.coveredTeams}/${d.eligibleTeams}`,
        ]),
      ),
    ).toEqual({
      Commerce: '2/4',
      Payments: '1/3',
      Data: '0/2',
      Mobile: '0/2',
      'Engineering Enablement': '0/2',
    });
    const checkout = after.teams.find((t: any) => t.teamRef === CHECKOUT);
    expect(checkout).toMatchObject({ champions: 2, state: 'covered' });
    expect(
      after.teams.filter((t: any) => t.state === 'uncovered'),
    ).toHaveLength(10);

    // Above the target once a third person champions Checkout.
    await appoint(user('mateo.garcia'), CHECKOUT);
    const above = (await api('get', '/champions/coverage')(ALEX)).body;
    expect(above.teams.find((t: any) => t.teamRef === CHECKOUT).state).toBe(
      'above',
    );
  });

  it('lists teams under the configured minimum as below target, still covered', async () => {
    const { api, appoint } = await start({
      champions: { targetPerTeam: { min: 2, max: 3 } },
    });
    await appoint(LIAM, CHECKOUT);
    await appoint(RAVI, SEARCH);
    await appoint(user('chloe.dubois'), SEARCH);
    const coverage = (await api('get', '/champions/coverage')(ALEX)).body;
    const stateOf = (ref: string) =>
      coverage.teams.find((t: any) => t.teamRef === ref).state;
    expect(stateOf(CHECKOUT)).toBe('below');
    expect(stateOf(SEARCH)).toBe('covered');
    expect(coverage).toMatchObject({
      coveredTeams: 2,
      target: { min: 2, max: 3 },
    });
  });

  it('nominates, approves with a notification, and gives early access to champions', async () => {
    const { api, nominate, sent, events } = await start();
    const notTeammate = await nominate(ALEX, {
      nomineeRef: LIAM,
      teamRef: CHECKOUT,
    });
    expect(notTeammate.status).toBe(403);
    expect(notTeammate.body.error.message).toBe(
      'You can nominate yourself or someone in your own team, not in Checkout',
    );
    const notMember = await nominate(LIAM, {
      nomineeRef: ALEX,
      teamRef: CHECKOUT,
    });
    expect(notMember.status).toBe(400);
    expect(notMember.body.error.message).toBe(
      `Invalid body: nomineeRef: ${ALEX} is not a member of Checkout`,
    );
    const byTeammate = await nominate(AISHA, {
      nomineeRef: LIAM,
      teamRef: CHECKOUT,
      focusAreas: ['deploy'],
    });
    expect(byTeammate.status).toBe(201);
    const duplicate = await nominate(LIAM, {
      nomineeRef: LIAM,
      teamRef: CHECKOUT,
    });
    expect(duplicate.status).toBe(409);

    expect((await api('get', '/champions/me')(LIAM)).body.earlyAccess).toBe(
      false,
    );
    const theirs = await api('get', '/champions/nominations')(LIAM);
    expect(theirs.body.items).toHaveLength(1);
    expect(
      (await api('get', '/champions/nominations')(ALEX)).body.items,
    ).toEqual([]);

    const champion = await api(
      'post',
      `/champions/nominations/${byTeammate.body.id}/approve`,
    )(SVEN).send({});
    expect(champion.body).toMatchObject({
      userRef: LIAM,
      teamRef: CHECKOUT,
      status: 'active',
      focusAreas: ['deploy'],
    });
    const me = (await api('get', '/champions/me')(LIAM)).body;
    expect(me).toMatchObject({
      earlyAccess: true,
      championships: [{ teamRef: CHECKOUT }],
    });
    expect(sent.map(n => [n.payload.topic, n.recipients])).toEqual([
      ['champion-nominated', { type: 'entity', entityRef: [LIAM] }],
      ['champion-approved', { type: 'entity', entityRef: [LIAM] }],
    ]);
    expect(
      events.filter(e => e.outcome === 'success').map(e => e.options.eventId),
    ).toEqual(['champion-nominate', 'champion-approve']);
  });

  it('hides early-access roadmap items from people without early access', async () => {
    const { api, appoint } = await start();
    const created = await api(
      'post',
      '/roadmap/items',
    )(SVEN).send({
      title: 'Preview of ephemeral environments',
      lane: 'next',
      ownerRef: 'group:default/platform',
      reach: 10,
      impact: 1,
      confidence: 1,
      effort: 1,
      earlyAccess: true,
    });
    const { id } = created.body;
    expect((await api('get', `/roadmap/items/${id}`)(LIAM)).status).toBe(404);
    const board = (await api('get', '/roadmap/board')(LIAM)).body;
    expect(board.lanes.find((l: any) => l.lane === 'next').totalCount).toBe(0);

    await appoint(LIAM, CHECKOUT);
    expect((await api('get', `/roadmap/items/${id}`)(LIAM)).status).toBe(200);
    expect((await api('get', `/roadmap/items/${id}`)(SVEN)).status).toBe(200);
  });

  it('takes kudos for active champions and logs their activities', async () => {
    const { api, appoint, sent } = await start();
    await appoint(RAVI, SEARCH);
    const kudos = await api(
      'post',
      '/champions/kudos',
    )(ALEX).send({
      championRef: RAVI,
      message: 'Thanks for the search demo!',
    });
    expect(kudos.status).toBe(201);
    expect(sent.at(-1)?.payload.topic).toBe('champion-kudos');
    const activity = await api(
      'post',
      '/champions/activities',
    )(RAVI).send({
      type: 'demo',
      date: new Date().toISOString(),
      note: 'Showed the new deploy flow',
    });
    expect(activity.status).toBe(201);
    const profile = await api(
      'get',
      '/champions/profile',
    )(ALEX).query({
      userRef: RAVI,
    });
    expect(profile.body).toMatchObject({
      kudosCount: 1,
      activityCount: 1,
      recentKudos: [{ fromRef: ALEX, message: 'Thanks for the search demo!' }],
      championships: [{ teamRef: SEARCH }],
    });
    const summary = await api('get', '/champions/activity-summary')(ALEX);
    expect(summary.body).toMatchObject({
      byChampion: [{ userRef: RAVI, count: 1 }],
      byType: [{ type: 'demo', count: 1 }],
    });
    const feed = await api('get', '/champions/kudos')(ALEX);
    expect(feed.body.totalCount).toBe(1);
  });

  it('rejects bad input with a 400 naming the field, and writes nothing', async () => {
    const { api, nominate, appoint } = await start();
    await appoint(RAVI, SEARCH);
    const cases = [
      [
        await nominate(LIAM, {
          nomineeRef: LIAM,
          teamRef: 'group:default/nope',
        }),
        'teamRef: group:default/nope is not a team',
      ],
      [
        await nominate(LIAM, { nomineeRef: 'not a ref', teamRef: CHECKOUT }),
        'nomineeRef',
      ],
      [
        await nominate(LIAM, {
          nomineeRef: LIAM,
          teamRef: CHECKOUT,
          reason: '',
        }),
        'reason: is required',
      ],
      [
        await nominate(LIAM, {
          nomineeRef: LIAM,
          teamRef: CHECKOUT,
          reason: 'x'.repeat(2001),
        }),
        'reason',
      ],
      [
        await api(
          'post',
          '/champions/kudos',
        )(ALEX).send({ championRef: LIAM, message: 'hi' }),
        `championRef: ${LIAM} is not an active champion`,
      ],
      [
        await api(
          'post',
          '/champions/kudos',
        )(RAVI).send({ championRef: RAVI, message: 'me' }),
        'championRef: cannot be yourself',
      ],
      [
        await api(
          'post',
          '/champions/kudos',
        )(ALEX).send({ championRef: RAVI, message: 'x'.repeat(501) }),
        'message',
      ],
      [
        await api(
          'post',
          '/champions/activities',
        )(RAVI).send({ type: 'party', date: '2026-11-01' }),
        'type',
      ],
      [
        await api(
          'post',
          '/champions/activities',
        )(RAVI).send({ type: 'demo', date: '2099-01-01' }),
        'date: must not be in the future',
      ],
      [
        await api(
          'post',
          '/champions/nominations/1/decline',
        )(SVEN).send({ reason: ' ' }),
        'reason: is required',
      ],
      [
        await api(
          'get',
          '/champions/coverage/history',
        )(ALEX).query({ days: 0 }),
        'days',
      ],
    ] as const;
    for (const [response, message] of cases) {
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(message);
    }
    expect((await api('get', '/champions/kudos')(ALEX)).body.totalCount).toBe(
      0,
    );
    expect(
      (await api('get', '/champions/nominations')(SVEN)).body.items,
    ).toHaveLength(1);
  });

  it('answers 403, 404 and 409 where they belong', async () => {
    const { api, nominate, appoint } = await start();
    const champion = await appoint(RAVI, SEARCH);
    const open = (await nominate(LIAM, { nomineeRef: LIAM, teamRef: CHECKOUT }))
      .body;
    const expectations = [
      [
        await api(
          'post',
          `/champions/nominations/${open.id}/approve`,
        )(LIAM).send({}),
        403,
      ],
      [
        await api(
          'post',
          `/champions/nominations/${open.id}/decline`,
        )(LIAM).send({ reason: 'no' }),
        403,
      ],
      [await api('post', `/champions/${champion.id}/retire`)(LIAM), 403],
      [
        await api(
          'post',
          '/champions/activities',
        )(LIAM).send({ type: 'demo', date: '2026-11-01' }),
        403,
      ],
      [
        await api('post', '/champions/nominations/999/approve')(SVEN).send({}),
        404,
      ],
      [await api('post', '/champions/999/retire')(SVEN), 404],
      [await nominate(RAVI, { nomineeRef: RAVI, teamRef: SEARCH }), 409],
    ] as const;
    expect(expectations.map(([r]) => r.status)).toEqual(
      expectations.map(([, status]) => status),
    );
    const steppedDown = await api(
      'post',
      `/champions/${champion.id}/retire`,
    )(RAVI);
    expect(steppedDown.body).toMatchObject({ status: 'alumni' });
    expect(
      (await api('post', `/champions/${champion.id}/retire`)(SVEN)).status,
    ).toBe(409);
    await api(
      'post',
      `/champions/nominations/${open.id}/decline`,
    )(SVEN).send({ reason: 'Later' });
    const again = await api(
      'post',
      `/champions/nominations/${open.id}/approve`,
    )(SVEN).send({});
    expect(again.status).toBe(409);
  });

  it('pages the roster: never more than 100 champions in one response', async () => {
    const { api, appoint } = await start();
    await appoint(LIAM, CHECKOUT);
    await appoint(AISHA, CHECKOUT);
    const ravi = await appoint(RAVI, SEARCH);
    await api('post', `/champions/${ravi.id}/retire`)(SVEN);

    const roster = (query: object) =>
      api('get', '/champions')(ALEX).query(query);
    const active = await roster({ status: 'active', limit: 1, offset: 1 });
    expect(active.body).toEqual({
      items: [expect.objectContaining({ userRef: AISHA, teamRef: CHECKOUT })],
      totalCount: 2,
      nextCursor: expect.any(String),
    });
    expect((await roster({ teamRef: SEARCH })).body).toEqual({
      items: [expect.objectContaining({ userRef: RAVI, status: 'alumni' })],
      totalCount: 1,
    });
    expect((await roster({})).body.totalCount).toBe(3);
    const tooMany = await roster({ limit: 101 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toBe(
      'Invalid query: limit: Too big: expected number to be <=100',
    );
  });
});
