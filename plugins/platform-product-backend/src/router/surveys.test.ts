import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';

const DAY = 24 * 60 * 60 * 1000;
const days = (n: number) => new Date(Date.now() + n * DAY).toISOString();
const user = (name: string) => `user:default/${name}`;
const SVEN = user('sven.eriksen');
const ALEX = user('alex.morgan');
const CHECKOUT = [
  'liam.walsh',
  'aisha.bello',
  'mateo.garcia',
  'hannah.schmidt',
  'kenji.tanaka',
  'fatima.khan',
  'lucas.martin',
].map(user);
const [LIAM, AISHA, MATEO, HANNAH, KENJI] = CHECKOUT;

async function start(config: object = {}) {
  const audit = auditorSpy();
  const server = await startBackend({
    config: { platformProduct: config },
    features: [audit.factory, permissionsFor([SVEN])],
  });
  const api = (method: 'get' | 'post' | 'put', path: string) => (by: string) =>
    request(server)
      [method](`/api/platform-product${path}`)
      .set({ Authorization: mockCredentials.user.header(by) });
  const create = (body: object = {}, by = SVEN) =>
    api(
      'post',
      '/surveys',
    )(by).send({
      title: 'Q4 platform NPS',
      teamRefs: ['group:default/checkout', 'group:default/storefront'],
      opensAt: days(-1),
      closesAt: days(14),
      ...body,
    });
  const answer = (id: number, by: string, body: object) =>
    api('put', `/surveys/${id}/response`)(by).send(body);
  return { api, create, answer, events: audit.events };
}

describe('surveys API', () => {
  it('asks the audience, takes one editable answer per person, and prompts until answered', async () => {
    const { api, create, answer } = await start();
    const created = await create();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      state: 'open',
      question: 'How likely are you to recommend the platform to a colleague?',
      createdBy: SVEN,
      responseCount: null,
      minGroupSize: 5,
    });
    const id = created.body.id;

    const before = await api('get', '/surveys/prompts')(LIAM);
    expect(before.body.items).toEqual([
      { survey: expect.objectContaining({ id }) },
    ]);
    expect((await api('get', '/surveys/prompts')(SVEN)).body.items).toEqual([]);

    await answer(id, LIAM, { score: 4, reason: 'Slow builds' });
    const edited = await answer(id, LIAM, { score: 9, anonymous: false });
    expect(edited.status).toBe(200);
    expect(edited.body.mine).toMatchObject({ score: 9, anonymous: false });
    const after = await api('get', '/surveys/prompts')(LIAM);
    expect(after.body.items[0].mine.score).toBe(9);
    // One answer is fewer than the minimum group size: not even its count is shown.
    expect(
      (await api('get', '/surveys')(ALEX)).body.items[0].responseCount,
    ).toBeNull();
  });

  it('computes NPS and response rates, hiding teams below the minimum group size', async () => {
    const { api, create, answer } = await start();
    const { id } = (await create()).body;
    const scores = [10, 9, 9, 7, 3];
    for (const [i, score] of scores.entries()) {
      await answer(id, CHECKOUT[i], { score });
    }
    const before = (await api('get', `/surveys/${id}/results`)(SVEN)).body;
    expect(before.teams.find((t: any) => t.title === 'Checkout')).toMatchObject(
      { audience: 7, responses: 5, score: { nps: 40 } },
    );
    await answer(id, ALEX, { score: 0 });

    const { body } = await api('get', `/surveys/${id}/results`)(SVEN);
    // 3 promoters, 1 passive, 2 detractors of 6: NPS = 50 % − 33 % = 17.
    expect(body.overall).toEqual({
      responses: 6,
      promoters: 3,
      passives: 1,
      detractors: 2,
      nps: 17,
    });
    const storefront = body.teams.find((t: any) => t.title === 'Storefront');
    const checkout = body.teams.find((t: any) => t.title === 'Checkout');
    expect(body.audience).toBe(7 + storefront.audience);
    expect(body.responseRate).toBeCloseTo(6 / body.audience);
    // Showing Checkout now would reveal Alex's answer as overall − Checkout.
    expect(checkout).toEqual({
      teamRef: 'group:default/checkout',
      title: 'Checkout',
      audience: 7,
      responses: null,
      responseRate: null,
    });
    expect(storefront).toMatchObject({ responses: null, responseRate: null });
    expect(storefront.score).toBeUndefined();
    // Both teams of Commerce, together, are the whole: shown as a roll-up, isolating no one.
    expect(body.departments).toEqual([
      {
        departmentRef: 'group:default/commerce',
        title: 'Commerce',
        teams: [
          { teamRef: 'group:default/checkout', title: 'Checkout' },
          { teamRef: 'group:default/storefront', title: 'Storefront' },
        ],
        audience: 13,
        responseRate: 6 / 13,
        score: body.overall,
      },
    ]);

    const csv = await api(
      'get',
      `/surveys/${id}/export`,
    )(SVEN).query({
      part: 'teams',
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    const hidden = 'hidden: fewer than 5 answers or derivable from the others';
    expect(csv.text.split('\r\n').slice(1)).toEqual([
      'All teams,13,6,0.462,3,1,2,17,',
      `Checkout,7,,,,,,,${hidden}`,
      `Storefront,6,,,,,,,${hidden}`,
      'Commerce: Checkout + Storefront,13,6,0.462,3,1,2,17,roll-up of the teams not shown on their own',
      '',
    ]);

    const trend = await api('get', '/surveys/trend')(SVEN);
    expect(trend.body.items).toEqual([
      expect.objectContaining({ surveyId: id, score: body.overall }),
    ]);
  });

  it('never reveals who gave an anonymous answer, even to a maintainer', async () => {
    const { api, create, answer, events } = await start();
    const { id } = (await create()).body;
    for (const person of CHECKOUT.slice(2)) {
      await answer(id, person, { score: 8 });
    }
    const responses = [
      await answer(id, LIAM, { score: 2, reason: 'Secrets are painful' }),
      await answer(id, AISHA, {
        score: 10,
        reason: 'Love it',
        anonymous: false,
      }),
      await api('get', `/surveys/${id}/results`)(SVEN),
      await api('get', `/surveys/${id}/comments`)(SVEN),
      await api(
        'get',
        `/surveys/${id}/export`,
      )(SVEN).query({ part: 'answers' }),
      await api('get', `/surveys/${id}/export`)(SVEN).query({ part: 'teams' }),
      await api('get', '/surveys/trend')(SVEN),
      await api('get', '/surveys')(SVEN),
    ];
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(response.text).not.toContain('liam.walsh');
    }
    expect(responses[3].body.items).toEqual([
      {
        commentId: expect.any(Number),
        score: 10,
        reason: 'Love it',
        respondentRef: AISHA,
      },
      {
        commentId: expect.any(Number),
        score: 2,
        reason: 'Secrets are painful',
      },
    ]);
    expect(responses[4].text).toContain(`10,promoter,Love it,${AISHA}\r\n`);
    expect(responses[4].text).toContain(
      '\r\n2,detractor,Secrets are painful,\r\n',
    );
    const audited = events.map(({ options }) => ({
      ...options,
      request: options.request?.headers.authorization,
    }));
    expect(JSON.stringify(audited)).toContain('aisha.bello');
    expect(JSON.stringify(audited)).not.toContain('liam.walsh');
  });

  it('never lets a cursor find a signed answer again once it is anonymous', async () => {
    const { api, create, answer } = await start();
    const { id } = (await create()).body;
    for (const person of CHECKOUT.filter(p => p !== AISHA)) {
      await answer(id, person, { score: 3, reason: `Slow, says ${person}` });
    }
    await answer(id, AISHA, { score: 3, reason: 'Slow', anonymous: false });
    /** Every comment, a page of one at a time, with the sort key its cursor holds. */
    const pageByPage = async () => {
      const pages: { item: any; key: unknown }[] = [];
      let cursor: string | undefined;
      do {
        const { body, status } = await api(
          'get',
          `/surveys/${id}/comments`,
        )(SVEN).query({ limit: 1, ...(cursor && { cursor }) });
        expect(status).toBe(200);
        cursor = body.nextCursor;
        if (cursor) {
          const key = JSON.parse(
            Buffer.from(cursor, 'base64url').toString('utf8'),
          );
          pages.push({ item: body.items[0], key });
        }
      } while (cursor);
      return pages;
    };
    const signed = await pageByPage();
    expect(signed).toHaveLength(7);
    // A cursor holds the score and the random comment id, nothing that stays with the person.
    for (const { item, key } of signed) {
      expect(key).toEqual([3, item.commentId]);
    }
    const aisha = signed.find(({ item }) => item.respondentRef === AISHA)!;

    await answer(id, AISHA, { score: 3, reason: 'Slow', anonymous: true });
    const anonymous = await pageByPage();
    expect(anonymous).toHaveLength(7);
    expect(anonymous.map(({ key }) => key)).not.toContainEqual(aisha.key);
    for (const { item, key } of anonymous) {
      expect(item.respondentRef).toBeUndefined();
      expect(key).toEqual([3, item.commentId]);
    }
  });

  it('rejects bad input with a 400 naming the field, and writes nothing', async () => {
    const { api, create, answer } = await start();
    const { id } = (await create()).body;
    const cases = [
      [await create({ closesAt: days(-2) }), 'closesAt: must be after opensAt'],
      [await create({ opensAt: 'soon' }), 'opensAt'],
      [await create({ title: '' }), 'title: is required'],
      [
        await create({ teamRefs: ['group:default/nope'] }),
        'teamRefs: group:default/nope is not a team',
      ],
      [
        await create({ toolRef: 'component:default/nope' }),
        'toolRef: component:default/nope is not a platform tool',
      ],
      [await answer(id, LIAM, { score: 11 }), 'score'],
      [await answer(id, LIAM, { score: 7.5 }), 'score: must be a whole number'],
      [
        await answer(id, LIAM, { score: 5, reason: 'x'.repeat(2001) }),
        'reason',
      ],
      [await api('get', '/surveys/x/results')(SVEN), 'Invalid path: id'],
      [
        await api('get', `/surveys/${id}/export`)(SVEN).query({ part: 'all' }),
        'part',
      ],
    ] as const;
    for (const [response, message] of cases) {
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(message);
    }
    const list = await api('get', '/surveys')(SVEN);
    expect(list.body.totalCount).toBe(1);
    expect(list.body.items[0].responseCount).toBeNull();
  });

  it('answers 403, 404 and 409 where they belong', async () => {
    const { api, create, answer } = await start();
    const { id } = (await create()).body;
    const closed = (await create({ opensAt: days(-10), closesAt: days(14) }))
      .body.id;
    await api('post', `/surveys/${closed}/close`)(SVEN);
    const scheduled = (await create({ opensAt: days(3) })).body.id;
    await answer(id, MATEO, { score: 8 });
    const expectations = [
      [await create({}, ALEX), 403],
      [await api('post', `/surveys/${id}/close`)(ALEX), 403],
      [await api('get', `/surveys/${id}/results`)(ALEX), 403],
      [await api('get', `/surveys/${id}/comments`)(ALEX), 403],
      [await api('get', `/surveys/${id}/export`)(ALEX), 403],
      [await api('get', '/surveys/trend')(ALEX), 403],
      [await answer(id, SVEN, { score: 9 }), 403],
      [await answer(999, LIAM, { score: 9 }), 404],
      [await api('get', '/surveys/999/results')(SVEN), 404],
      [await answer(closed, HANNAH, { score: 9 }), 409],
      [await answer(scheduled, KENJI, { score: 9 }), 409],
      [
        await api(
          'put',
          `/surveys/${closed}`,
        )(SVEN).send({ title: 'x', opensAt: days(-1), closesAt: days(1) }),
        409,
      ],
    ] as const;
    expect(expectations.map(([r]) => r.status)).toEqual(
      expectations.map(([, status]) => status),
    );
    const surveys = (await api('get', '/surveys')(SVEN)).body.items;
    expect(surveys.map((s: any) => [s.id, s.state, s.responseCount])).toEqual([
      [scheduled, 'scheduled', null],
      [id, 'open', null],
      [closed, 'closed', null],
    ]);
  });

  it('shows team slices from the configured minimum group size', async () => {
    const { api, create, answer } = await start({
      feedback: { minGroupSize: 1 },
    });
    const { id } = (await create()).body;
    await answer(id, ALEX, { score: 9 });
    const { body } = await api('get', `/surveys/${id}/results`)(SVEN);
    expect(body.minGroupSize).toBe(1);
    expect(
      body.teams.find((t: any) => t.title === 'Storefront').score.nps,
    ).toBe(100);
  });
});
