import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { newRoadmapItemBody } from '../__testUtils__/roadmapItemFields';
import { startBackend } from '../__testUtils__/startBackend';

jest.setTimeout(60_000);

const user = (name: string) => `user:default/${name}`;
const SVEN = user('sven.eriksen');
const LIAM = user('liam.walsh');
const ALEX = user('alex.morgan');
const CHECKOUT = 'group:default/checkout';

/** An interview with two quotes. */
const interview = {
  kind: 'interview',
  title: 'Checkout developer on CI',
  date: '2026-12-10',
  teamRefs: [CHECKOUT],
  toolRefs: ['component:default/ci-pipelines'],
  frictionPoints: ['Waits for CI'],
  contextSwitches: 6,
  minutesWaiting: 40,
  quotes: [{ text: 'I wish builds were faster' }, { text: 'I lose the logs' }],
  assumptions: [{ text: 'People read the docs', result: 'contradicted' }],
  body: 'Long waits between pushes.',
};

async function start() {
  const audit = auditorSpy();
  const server = await startBackend({
    config: { platformProduct: {} },
    features: [audit.factory, permissionsFor([SVEN])],
  });
  const call =
    (method: 'get' | 'post' | 'put' | 'delete', path: string) => (by: string) =>
      request(server)
        [method](`/api/platform-product${path}`)
        .set({ Authorization: mockCredentials.user.header(by) });
  /** Liam becomes an active champion of Checkout. */
  const appointLiam = async () => {
    const { id } = (
      await call(
        'post',
        '/champions/nominations',
      )(LIAM).send({
        nomineeRef: LIAM,
        teamRef: CHECKOUT,
        reason: 'Runs the demos',
      })
    ).body;
    await call('post', `/champions/nominations/${id}/approve`)(SVEN)
      .send({})
      .expect(200);
  };
  return { server, call, appointLiam, events: audit.events };
}

describe('research API', () => {
  it('lets a maintainer log, read, list, edit and delete notes, audited, with 409 on a stale edit', async () => {
    const { call, events } = await start();
    const created = await call('post', '/research')(SVEN).send(interview);
    expect(created.status).toBe(201);
    const note = created.body;
    expect(note).toMatchObject({
      kind: 'interview',
      authorRef: SVEN,
      agreedToBeNamed: false,
      version: 1,
      quotes: [
        { id: expect.any(Number), text: 'I wish builds were faster' },
        { id: expect.any(Number), text: 'I lose the logs' },
      ],
    });

    const list = await call('get', `/research?teamRef=${CHECKOUT}`)(SVEN);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: note.id, quoteCount: 2 }),
    ]);
    expect(
      (await call('get', '/research?kind=shadowing')(SVEN)).body.items,
    ).toEqual([]);

    const edit = (version: number) =>
      call(
        'put',
        `/research/${note.id}`,
      )(SVEN).send({
        ...interview,
        quotes: [{ id: note.quotes[1].id, text: 'I lose the logs, always' }],
        version,
      });
    const edited = await edit(1);
    expect(edited.status).toBe(200);
    expect(edited.body.quotes).toEqual([
      { id: note.quotes[1].id, text: 'I lose the logs, always' },
    ]);
    expect((await edit(1)).status).toBe(409);

    await call('delete', `/research/${note.id}`)(SVEN).expect(204);
    await call('get', `/research/${note.id}`)(SVEN).expect(404);
    await call('delete', `/research/${note.id}`)(SVEN).expect(404);
    expect(events.map(e => [e.options.eventId, e.outcome])).toEqual([
      ['research-create', 'success'],
      ['research-update', 'success'],
      ['research-update', 'fail'],
      ['research-delete', 'success'],
      ['research-delete', 'fail'],
    ]);
  });

  it('keeps research from people who are neither maintainers nor champions (403), and champions to their own notes', async () => {
    const { call, appointLiam } = await start();
    const { body: maintainers } = await call(
      'post',
      '/research',
    )(SVEN).send(interview);
    await call('get', '/research')(ALEX).expect(403);
    await call('get', `/research/${maintainers.id}`)(ALEX).expect(403);
    await call('post', '/research')(ALEX).send(interview).expect(403);
    await call('post', '/research')(LIAM).send(interview).expect(403);

    await appointLiam();
    const { body: liams } = await call(
      'post',
      '/research',
    )(LIAM)
      .send({ ...interview, title: 'Office hours', kind: 'office-hours' })
      .expect(201);
    expect(
      (await call('get', '/research')(LIAM)).body.items.map((n: any) => n.id),
    ).toEqual([liams.id]);
    await call('get', `/research/${maintainers.id}`)(LIAM).expect(404);
    await call(
      'put',
      `/research/${maintainers.id}`,
    )(LIAM)
      .send({ ...interview, version: 1 })
      .expect(404);
    await call(
      'put',
      `/research/${liams.id}`,
    )(LIAM)
      .send({ ...interview, version: 1 })
      .expect(200);
    await call('delete', `/research/${liams.id}`)(LIAM).expect(403);
    // The maintainer sees and edits every note.
    await call(
      'put',
      `/research/${liams.id}`,
    )(SVEN)
      .send({ ...interview, version: 2 })
      .expect(200);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const { call } = await start();
    const refused = async (body: object, field: string) => {
      const response = await call(
        'post',
        '/research',
      )(SVEN).send({
        ...interview,
        ...body,
      });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
    };
    await refused({ kind: 'chat' }, 'kind');
    await refused({ date: 'yesterday' }, 'date');
    await refused({ teamRefs: ['user:default/alex.morgan'] }, 'teamRefs.0');
    await refused({ contextSwitches: 1.5 }, 'contextSwitches');
    await refused({ quotes: [{ text: '' }] }, 'quotes.0.text');
    await refused(
      { assumptions: [{ text: 'x', result: 'maybe' }] },
      'assumptions.0.result',
    );
    await refused({ intervieweeRef: ALEX }, 'intervieweeRef');
    const named = await call(
      'post',
      '/research',
    )(SVEN).send({
      ...interview,
      agreedToBeNamed: true,
      intervieweeRef: ALEX,
    });
    expect(named.body.intervieweeRef).toBe(ALEX);
    await call('get', '/research?limit=1000')(SVEN).expect(400);
    await call('get', '/research/abc')(SVEN).expect(400);
    await call('put', `/research/${named.body.id}`)(SVEN)
      .send(interview)
      .expect(400);
  });

  it('links a quote to a roadmap item: its teams feed the reach, readers of research see its text, others only that it is there', async () => {
    const { call } = await start();
    const { body: note } = await call(
      'post',
      '/research',
    )(SVEN).send({
      ...interview,
      teamRefs: ['group:default/storefront'],
    });
    const { body: item } = await call(
      'post',
      '/roadmap/items',
    )(SVEN).send(newRoadmapItemBody());
    const reach = async () =>
      (
        await call(
          'get',
          `/roadmap/reach?toolRef=api:default/secrets-api&itemId=${item.id}`,
        )(SVEN)
      ).body.reach;
    const before = await reach();
    const quote = {
      sourceKind: 'research-quote',
      sourceId: note.id,
      sourcePart: note.quotes[0].id,
    };
    const link = (body: object) =>
      call('post', `/roadmap/items/${item.id}/evidence`)(SVEN).send(body);
    await link({ ...quote, sourcePart: undefined }).expect(400);
    await link({ ...quote, sourcePart: 999 }).expect(404);
    await link(quote).expect(201);
    await link(quote).expect(200);
    // + Storefront's 6 people.
    expect(await reach()).toBe(before + 6);

    const demand = (by: string) =>
      call('get', `/roadmap/items/${item.id}/evidence`)(by);
    expect((await demand(SVEN)).body.research).toEqual([
      expect.objectContaining({
        sourceKind: 'research-quote',
        research: expect.objectContaining({
          title: 'Checkout developer on CI',
          quote: 'I wish builds were faster',
        }),
      }),
    ]);
    const asAlex = (await demand(ALEX)).body;
    expect(asAlex.research).toHaveLength(1);
    expect(JSON.stringify(asAlex)).not.toContain('builds were faster');
    expect(asAlex.evidenceTeams).toEqual([
      expect.objectContaining({ teamRef: 'group:default/storefront' }),
    ]);

    const ofNote = `/roadmap/evidence?sourceKind=research-note&sourceId=${note.id}`;
    expect((await call('get', ofNote)(SVEN)).body.items).toEqual([
      expect.objectContaining({
        roadmapItemId: item.id,
        sourcePart: quote.sourcePart,
      }),
    ]);
    await call('get', ofNote)(ALEX).expect(403);
  });

  it('serves the notes for the search index to the search backend only', async () => {
    const { server, call } = await start();
    await call('post', '/research')(SVEN).send(interview).expect(201);
    const documents = (subject: string) =>
      request(server)
        .get('/api/platform-product/research/search-documents')
        .set({
          Authorization: mockCredentials.service.header({
            onBehalfOf: mockCredentials.service(subject),
            targetPluginId: 'platform-product',
          }),
        });
    const page = await documents('plugin:search');
    expect(page.status).toBe(200);
    expect(page.body.items).toEqual([
      expect.objectContaining({
        title: 'Checkout developer on CI',
        text: expect.stringContaining('I wish builds were faster'),
        location: expect.stringMatching(/\/feedback\/research\/\d+$/),
      }),
    ]);
    await documents('plugin:catalog').expect(403);
    await call('get', '/research/search-documents')(SVEN).expect(403);
  });
});
