import { newRoadmapItemBody } from '../__testUtils__/roadmapItemFields';
import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { notificationsSpy } from '../__testUtils__/notificationsSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';

jest.setTimeout(60_000);

const user = (name: string) => `user:default/${name}`;
const SVEN = user('sven.eriksen');
const LIAM = user('liam.walsh');
const RAFAEL = user('rafael.costa');
const SECRETS = 'api:default/secrets-api';
const CI = 'component:default/ci-pipelines';

async function start(config: object = {}) {
  const audit = auditorSpy();
  const notifications = notificationsSpy();
  const server = await startBackend({
    config: { platformProduct: config },
    notifications: notifications.factory,
    features: [audit.factory, permissionsFor([SVEN])],
  });
  const api =
    (method: 'get' | 'post' | 'put' | 'delete', path: string) => (by: string) =>
      request(server)
        [method](`/api/platform-product/roadmap${path}`)
        .set({ Authorization: mockCredentials.user.header(by) });
  const create = (body: object = {}, by = SVEN) =>
    api('post', '/items')(by).send(newRoadmapItemBody(body));
  /** A draft changelog entry, to ship items with. */
  const draftEntry = async (title = 'Secrets rotate') =>
    (
      await request(server)
        .post('/api/platform-product/changelog')
        .set({ Authorization: mockCredentials.user.header(SVEN) })
        .send({ title, category: 'new', status: 'draft' })
    ).body.id as number;
  const publish = (entryId: number) =>
    request(server)
      .post(`/api/platform-product/changelog/${entryId}/publish`)
      .set({ Authorization: mockCredentials.user.header(SVEN) })
      .expect(200);
  const entry = (entryId: number) =>
    request(server)
      .get(`/api/platform-product/changelog/${entryId}`)
      .set({ Authorization: mockCredentials.user.header(SVEN) });
  /** Feedback by `author` with a +1 by Rafael, planned against roadmap item `itemId`. */
  const plannedFeedback = async (itemId: number, author = LIAM) => {
    const feedback = (path: string, by: string) =>
      request(server)
        .post(`/api/platform-product/feedback${path}`)
        .set({ Authorization: mockCredentials.user.header(by) });
    const { id } = (
      await feedback('', author).send({ toolRef: SECRETS, title: 'Rotate' })
    ).body;
    await request(server)
      .put(`/api/platform-product/feedback/${id}/vote`)
      .set({ Authorization: mockCredentials.user.header(RAFAEL) });
    await feedback(`/${id}/status`, SVEN)
      .send({ status: 'planned', expectedStatus: 'new', roadmapItemId: itemId })
      .expect(200);
    return async () =>
      (
        await request(server)
          .get(`/api/platform-product/feedback/${id}`)
          .set({ Authorization: mockCredentials.user.header(SVEN) })
      ).body;
  };
  return {
    api,
    create,
    draftEntry,
    plannedFeedback,
    publish,
    entry,
    events: audit.events,
    sent: notifications.sent,
  };
}

describe('roadmap API', () => {
  it('scores items with RICE on the server, never trusting the client', async () => {
    const { api, create } = await start();
    const created = await create({ riceScore: 9999 });
    expect(created.status).toBe(201);
    // 200 × 2 × 0.8 / 2 = 160
    expect(created.body).toMatchObject({
      riceScore: 160,
      lane: 'next',
      status: 'active',
      version: 1,
      reachSource: 'manual',
      history: [expect.objectContaining({ kind: 'created', toLane: 'next' })],
    });
    const { id } = created.body;
    const updated = await api(
      'put',
      `/items/${id}`,
    )(SVEN).send({
      ...created.body,
      reach: 150,
      effort: 4,
      version: 1,
    });
    // 150 × 2 × 0.8 / 4 = 60
    expect(updated.body).toMatchObject({ riceScore: 60, version: 2 });
  });

  it('keeps an edited item’s review dates, past ones included', async () => {
    const { api, create } = await start();
    const criterion = { metric: 'Builds', target: '< 5 min' };
    const created = await create({
      criteria: [{ ...criterion, reviewDate: '2099-01-31' }],
    });
    expect(created.status).toBe(201);
    const updated = await api(
      'put',
      `/items/${created.body.id}`,
    )(SVEN).send({
      ...created.body,
      criteria: [
        {
          ...criterion,
          id: created.body.criteria[0].id,
          reviewDate: '2020-01-31',
        },
      ],
      version: 1,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.criteria[0].reviewDate).toBe(
      '2020-01-31T00:00:00.000Z',
    );
  });

  it('suggests reach from the people of adopting and voting teams', async () => {
    const { api, create } = await start();
    const secrets = await api(
      'get',
      '/reach',
    )(SVEN).query({ toolRef: SECRETS });
    // Billing 4, Checkout 7, Fraud Detection 5, Payments Core 7, Security 4.
    expect(secrets.body.reach).toBe(27);
    expect(secrets.body.teams.map((t: any) => [t.title, t.people])).toEqual(
      expect.arrayContaining([
        ['Checkout', 7],
        ['Billing', 4],
      ]),
    );
    expect(secrets.body.teams).toHaveLength(5);
    const ci = await api('get', '/reach')(SVEN).query({ toolRef: CI });
    // Every team but Mobile iOS (5 people) of the 68: 63.
    expect(ci.body.reach).toBe(63);

    const { id } = (await create()).body;
    await api('put', `/items/${id}/vote`)(RAFAEL);
    await api('put', `/items/${id}/vote`)(LIAM);
    const withVotes = await api(
      'get',
      '/reach',
    )(SVEN).query({
      toolRef: SECRETS,
      itemId: id,
    });
    expect(withVotes.body.reach).toBe(27 + 5);
    const reasons = Object.fromEntries(
      withVotes.body.teams.map((t: any) => [t.title, t.reasons]),
    );
    expect(reasons).toMatchObject({
      'Mobile iOS': ['voted'],
      Checkout: ['adopts', 'voted'],
      Billing: ['adopts'],
    });
  });

  it('answers 404 for the reach of an early-access item the caller may not see', async () => {
    const { api, create } = await start();
    const { id } = (await create({ earlyAccess: true })).body;
    await api('put', `/items/${id}/vote`)(SVEN);
    const hidden = await api('get', '/reach')(LIAM).query({ itemId: id });
    expect(hidden.status).toBe(404);
    expect(hidden.body.teams).toBeUndefined();
    const seen = await api('get', '/reach')(SVEN).query({ itemId: id });
    expect(seen.status).toBe(200);
  });

  it('takes one vote per person, shows the teams behind them, and tells voters about moves', async () => {
    const { api, create, draftEntry, entry, sent } = await start();
    const { id } = (await create()).body;
    await api('put', `/items/${id}/vote`)(LIAM);
    const again = await api('put', `/items/${id}/vote`)(LIAM);
    await api('put', `/items/${id}/vote`)(RAFAEL);
    expect(again.body).toMatchObject({ voteCount: 1, voted: true });
    const board = await api('get', '/board')(LIAM);
    expect(board.body.lanes.find((l: any) => l.lane === 'next')).toMatchObject({
      title: 'Next',
      totalCount: 1,
      items: [{ id, voteCount: 2, voterTeamCount: 2, voted: true }],
    });

    const moved = await api(
      'post',
      `/items/${id}/move`,
    )(SVEN).send({
      lane: 'now',
      version: 1,
    });
    expect(moved.body.history.at(-1)).toMatchObject({
      kind: 'moved',
      fromLane: 'next',
      toLane: 'now',
      actorRef: SVEN,
    });
    const entryId = await draftEntry();
    await api(
      'post',
      `/items/${id}/ship`,
    )(SVEN).send({
      changelogEntryIds: [entryId],
      version: 2,
    });
    // Moving to Now closes the loop for the voters; shipping with a draft tells nobody yet.
    expect(sent.map(n => [n.payload.topic, n.payload.title])).toEqual([
      ['roadmap-now', '"Self-service secrets" is being worked on now'],
    ]);
    expect(sent[0].recipients).toEqual({
      type: 'entity',
      entityRef: [LIAM, RAFAEL],
    });
    const shipped = await api(
      'get',
      '/items',
    )(LIAM).query({ status: 'shipped' });
    expect(shipped.body.items[0]).toMatchObject({
      id,
      changelogEntryIds: [entryId],
    });
    // The link is kept in both directions, and the history names the entry.
    expect((await entry(entryId)).body.roadmapItemIds).toEqual([id]);
    const detail = await api('get', `/items/${id}`)(LIAM);
    expect(detail.body.history.at(-1)).toMatchObject({
      kind: 'shipped',
      note: `Changelog entry #${entryId}`,
    });
  });

  it('refuses to ship with a changelog entry that does not exist, and writes nothing', async () => {
    const { api, create, draftEntry, entry, events, sent } = await start();
    const { id } = (await create()).body;
    const entryId = await draftEntry();
    const refused = await api(
      'post',
      `/items/${id}/ship`,
    )(SVEN).send({ changelogEntryIds: [entryId, 999], version: 1 });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(
      'Invalid body: changelogEntryIds: no changelog entry 999',
    );
    const item = await api('get', `/items/${id}`)(SVEN);
    expect(item.body).toMatchObject({
      status: 'active',
      version: 1,
      changelogEntryIds: [],
    });
    expect(item.body.history.map((h: any) => h.kind)).toEqual(['created']);
    expect((await entry(entryId)).body.roadmapItemIds).toEqual([]);
    expect(sent).toEqual([]);
    expect(events.at(-1)?.outcome).toBe('fail');
  });

  it('keeps killed items readable with their reason', async () => {
    const { api, create, sent } = await start();
    const { id } = (await create()).body;
    await api('put', `/items/${id}/vote`)(LIAM);
    const killed = await api(
      'post',
      `/items/${id}/kill`,
    )(SVEN).send({
      reason: 'Security builds this into the vault broker instead',
      version: 1,
    });
    expect(killed.body).toMatchObject({
      status: 'killed',
      killReason: 'Security builds this into the vault broker instead',
    });
    const list = await api('get', '/items')(LIAM).query({ status: 'killed' });
    expect(list.body.items.map((i: any) => i.killReason)).toEqual([
      'Security builds this into the vault broker instead',
    ]);
    expect(sent[0].payload).toMatchObject({
      topic: 'roadmap-killed',
      description: 'Why: Security builds this into the vault broker instead',
    });
  });

  it('uses the configured lane titles', async () => {
    const { api } = await start({
      roadmap: { laneTitles: { now: 'This quarter' } },
    });
    const lanes = await api('get', '/lanes')(LIAM);
    expect(lanes.body.items[0]).toEqual({ lane: 'now', title: 'This quarter' });
    const { body } = await api('get', '/board')(LIAM);
    expect(body.lanes.map((l: any) => l.title)).toEqual([
      'This quarter',
      'Next',
      'Later',
      'Exploring',
    ]);
  });

  it('rejects bad input with a 400 naming the field, and writes nothing', async () => {
    const { api, create, events } = await start();
    const { id } = (await create()).body;
    const cases = [
      [
        await create({ impact: 0.7 }),
        'impact: must be one of 3, 2, 1, 0.5, 0.25',
      ],
      [
        await create({ confidence: 0.9 }),
        'confidence: must be one of 1, 0.8, 0.5',
      ],
      [await create({ effort: 0 }), 'effort: must be more than 0'],
      [await create({ reach: 1.5 }), 'reach: must be a whole number'],
      [await create({ lane: 'someday' }), 'lane'],
      [await create({ title: '' }), 'title: is required'],
      [
        await create({ toolRefs: ['component:default/nope'] }),
        'toolRefs: component:default/nope not a platform tool',
      ],
      [
        await create({ requestingTeamRefs: ['group:default/nope'] }),
        'requestingTeamRefs: group:default/nope not a team',
      ],
      [
        await create({ ownerRef: 'user:default/sven.eriksen' }),
        'ownerRef: user:default/sven.eriksen is not a group',
      ],
      [await create({ impactId: 42 }), 'impactId: no impact with id 42'],
      [
        await create({
          criteria: [{ metric: 'x', target: 'y', reviewDate: 'soon' }],
        }),
        'criteria.0.reviewDate',
      ],
      [
        await create({
          criteria: [{ metric: 'x', target: 'y', reviewDate: '2020-01-31' }],
        }),
        'Invalid body: criteria.0.reviewDate: must not be in the past',
      ],
      [
        await api('post', `/items/${id}/kill`)(SVEN).send({ version: 1 }),
        'reason',
      ],
      [
        await api(
          'post',
          `/items/${id}/kill`,
        )(SVEN).send({ reason: ' ', version: 1 }),
        'reason: is required',
      ],
      [
        await api('post', `/items/${id}/move`)(SVEN).send({ lane: 'now' }),
        'version',
      ],
      [await api('get', '/items')(SVEN).query({ sort: 'magic' }), 'sort'],
      [await api('get', '/reach')(SVEN).query({ toolRef: 'nope' }), 'toolRef'],
      [
        await api('post', '/goals/1/actors')(SVEN).send({}),
        'teamRef: give either teamRef or persona',
      ],
    ] as const;
    for (const [response, message] of cases) {
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(message);
    }
    const list = await api('get', '/items')(SVEN);
    expect(list.body.totalCount).toBe(1);
    expect(list.body.items[0]).toMatchObject({ status: 'active', version: 1 });
    expect(
      events.filter(e => e.outcome === 'success').map(e => e.options.eventId),
    ).toEqual(['roadmap-create']);
  });

  it('answers 403, 404 and 409 where they belong', async () => {
    const { api, create } = await start();
    const { id } = (await create()).body;
    await api(
      'post',
      `/items/${id}/move`,
    )(SVEN).send({ lane: 'now', version: 1 });
    const goal = (await api('post', '/goals')(SVEN).send({ title: 'Faster' }))
      .body.id;
    const expectations = [
      [await create({}, LIAM), 403],
      [
        await api(
          'post',
          `/items/${id}/move`,
        )(LIAM).send({ lane: 'later', version: 2 }),
        403,
      ],
      [await api('delete', `/items/${id}`)(LIAM), 403],
      [await api('get', '/reviews-due')(LIAM), 403],
      [await api('post', '/goals')(LIAM).send({ title: 'x' }), 403],
      [await api('get', '/items/999')(LIAM), 404],
      [await api('put', '/items/999/vote')(LIAM), 404],
      [
        await api(
          'post',
          '/items/999/move',
        )(SVEN).send({ lane: 'now', version: 1 }),
        404,
      ],
      [await api('put', '/criteria/999')(SVEN).send({ outcome: 'met' }), 404],
      [
        await api('post', '/goals/999/actors')(SVEN).send({ persona: 'x' }),
        404,
      ],
      [await api('delete', '/goals/999')(SVEN), 404],
      [
        await api(
          'post',
          `/goals/${goal}/actors`,
        )(SVEN).send({ teamRef: 'group:default/nope' }),
        400,
      ],
      // Stale: the item is at version 2 since the move.
      [
        await api(
          'post',
          `/items/${id}/move`,
        )(SVEN).send({ lane: 'later', version: 1 }),
        409,
      ],
      [
        await api(
          'put',
          `/items/${id}`,
        )(SVEN).send({
          title: 'x',
          ownerRef: 'group:default/platform',
          reach: 1,
          impact: 1,
          confidence: 1,
          effort: 1,
          version: 1,
        }),
        409,
      ],
    ] as const;
    expect(expectations.map(([r]) => r.status)).toEqual(
      expectations.map(([, status]) => status),
    );
    const stale = expectations[12][0];
    expect(stale.body.error.message).toBe(
      `Roadmap item ${id} was changed by someone else (version 2, yours 1); reload it`,
    );
    await api(
      'post',
      `/items/${id}/kill`,
    )(SVEN).send({ reason: 'no', version: 2 });
    const afterKill = await api(
      'post',
      `/items/${id}/move`,
    )(SVEN).send({ lane: 'now', version: 3 });
    expect(afterKill.status).toBe(409);
    const voteAfterKill = await api('put', `/items/${id}/vote`)(LIAM);
    expect(voteAfterKill.status).toBe(409);
    expect(voteAfterKill.body.error.message).toBe(
      `Roadmap item ${id} is killed`,
    );
    expect((await api('get', `/items/${id}`)(SVEN)).body).toMatchObject({
      status: 'killed',
      lane: 'now',
    });
    const deleted = await api('delete', `/items/${id}`)(SVEN);
    expect(deleted.status).toBe(204);
    expect((await api('get', `/items/${id}`)(SVEN)).status).toBe(404);
  });
  it('ships the feedback planned against an item shipped by hand, and tells its people once its entry is published', async () => {
    const { api, create, draftEntry, plannedFeedback, publish, sent } =
      await start();
    const { id } = (await create()).body;
    const entryId = await draftEntry();
    const feedback = await plannedFeedback(id);
    const shipped = await api(
      'post',
      `/items/${id}/ship`,
    )(SVEN).send({
      changelogEntryIds: [entryId],
      version: 1,
    });
    expect(shipped.status).toBe(200);
    expect(await feedback()).toMatchObject({
      status: 'shipped',
      roadmapItemId: id,
      changelogEntryId: entryId,
    });
    const told = () => sent.filter(n => n.payload.topic === 'feedback-shipped');
    // The entry is a draft: nobody hears of it, nor reads its title, before it is published.
    expect(told()).toEqual([]);
    await publish(entryId);
    expect(told()).toHaveLength(1);
    expect(told()[0].recipients).toEqual({
      type: 'entity',
      entityRef: [LIAM, RAFAEL].sort(),
    });
    expect(told()[0].payload.description).toBe(
      'It shipped with "Secrets rotate".',
    );

    // Without a changelog entry there is no outbox: told right after the shipment.
    const other = (await create({ title: 'Other' })).body.id;
    const otherFeedback = await plannedFeedback(other, SVEN);
    await api('post', `/items/${other}/ship`)(SVEN)
      .send({ changelogEntryIds: [], version: 1 })
      .expect(200);
    expect(await otherFeedback()).toMatchObject({ status: 'shipped' });
    expect(
      sent.filter(n => n.payload.topic === 'feedback-shipped').at(-1)
        ?.recipients,
    ).toEqual({ type: 'entity', entityRef: [RAFAEL] });
  });

  it('refuses to delete an item that feedback or changelog entries link, naming them', async () => {
    const { api, create, draftEntry, plannedFeedback } = await start();
    const { id } = (await create()).body;
    const feedback = await plannedFeedback(id);
    const feedbackId = (await feedback()).id;
    const refused = await api('delete', `/items/${id}`)(SVEN);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      `Roadmap item ${id} is still linked from feedback #${feedbackId}: unlink them first`,
    );
    const entryId = await draftEntry();
    await api(
      'post',
      `/items/${id}/ship`,
    )(SVEN)
      .send({ changelogEntryIds: [entryId], version: 1 })
      .expect(200);
    expect((await api('delete', `/items/${id}`)(SVEN)).body.error.message).toBe(
      `Roadmap item ${id} is still linked from feedback #${feedbackId}; changelog entries #${entryId}: unlink them first`,
    );
    expect((await api('get', `/items/${id}`)(SVEN)).status).toBe(200);
  });
});
