import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { notificationsSpy } from '../__testUtils__/notificationsSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';

const CI = 'component:default/ci-pipelines';
const ALEX = 'user:default/alex.morgan';
const LIAM = 'user:default/liam.walsh';
const MAYA = 'user:default/maya.levi';
const SVEN = 'user:default/sven.eriksen';
const as = (ref: string) => ({
  Authorization: mockCredentials.user.header(ref),
});

async function start(options: { deny?: string[] } = {}) {
  const audit = auditorSpy();
  const notifications = notificationsSpy();
  const server = await startBackend({
    notifications: notifications.factory,
    features: [audit.factory, permissionsFor([SVEN], options)],
  });
  const api =
    (method: 'get' | 'post' | 'put' | 'delete', path: string) => (by: string) =>
      request(server)[method](`/api/platform-product${path}`).set(as(by));
  const send = (by: string, body: object) =>
    api('post', '/feedback')(by).send({ toolRef: CI, title: 'Cache', ...body });
  /** A roadmap item and a draft changelog entry to link feedback to. */
  const linkTargets = async () => {
    const item = await api(
      'post',
      '/roadmap/items',
    )(SVEN).send({
      title: 'Build cache',
      lane: 'next',
      ownerRef: 'group:default/platform',
      reach: 10,
      impact: 1,
      confidence: 1,
      effort: 1,
    });
    const entry = await api(
      'post',
      '/changelog',
    )(SVEN).send({
      title: 'Build cache',
      category: 'new',
      status: 'published',
    });
    return { roadmapItemId: item.body.id, changelogEntryId: entry.body.id };
  };
  return {
    server,
    api,
    send,
    linkTargets,
    events: audit.events,
    sent: notifications.sent,
  };
}

describe('feedback API', () => {
  it('sends feedback, counts one +1 per person, and shows it in the inbox', async () => {
    const { api, send, events } = await start();
    const created = await send(ALEX, {
      kind: 'idea',
      title: 'Cache node_modules between builds',
      body: 'Builds spend **4 minutes** installing.',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      toolRef: CI,
      kind: 'idea',
      status: 'new',
      anonymous: false,
      authorRef: ALEX,
      mine: true,
      voteCount: 0,
    });
    const id = created.body.id;

    await api('put', `/feedback/${id}/vote`)(LIAM);
    const again = await api('put', `/feedback/${id}/vote`)(LIAM);
    expect(again.body).toMatchObject({
      voteCount: 1,
      voted: true,
      mine: false,
    });
    await api('put', `/feedback/${id}/vote`)(MAYA);
    const withdrawn = await api('delete', `/feedback/${id}/vote`)(MAYA);
    expect(withdrawn.body).toMatchObject({ voteCount: 1, voted: false });

    const inbox = await api(
      'get',
      '/feedback',
    )(SVEN).query({
      toolRef: CI,
      status: 'new',
      sort: 'votes',
    });
    expect(inbox.body.totalCount).toBe(1);
    expect(inbox.body.items[0]).toMatchObject({ id, voteCount: 1 });
    expect(events.map(e => [e.options.eventId, e.outcome])).toEqual([
      ['feedback-create', 'success'],
      ['feedback-vote', 'success'],
      ['feedback-vote', 'success'],
      ['feedback-vote', 'success'],
      ['feedback-unvote', 'success'],
    ]);
  });

  it('shows named authors only to people allowed to read identities', async () => {
    const { api, send } = await start();
    const { id } = (await send(ALEX, {})).body;
    const byLiam = await api('get', `/feedback/${id}`)(LIAM);
    expect(byLiam.body).toMatchObject({ anonymous: false, mine: false });
    expect(byLiam.body.authorRef).toBeUndefined();
    const bySven = await api('get', `/feedback/${id}`)(SVEN);
    expect(bySven.body.authorRef).toBe(ALEX);
  });

  it('never reveals who wrote anonymous feedback, even to a maintainer', async () => {
    const { api, send, events, sent } = await start();
    const created = await send(ALEX, {
      title: 'Secrets rotation',
      anonymous: true,
    });
    const id = created.body.id;
    expect(created.body).toMatchObject({ anonymous: true, mine: true });

    const responses = [
      created,
      await api('get', `/feedback/${id}`)(SVEN),
      await api('get', '/feedback')(SVEN),
      await api(
        'post',
        `/feedback/${id}/replies`,
      )(ALEX).send({ body: 'More detail' }),
      await api(
        'post',
        `/feedback/${id}/replies`,
      )(SVEN).send({ body: 'Thanks' }),
      await api(
        'post',
        `/feedback/${id}/status`,
      )(SVEN).send({ status: 'planned', expectedStatus: 'new' }),
      await api('get', `/feedback/${id}/activity`)(SVEN),
    ];
    // Anonymous items are never listed as someone's; the author still sees theirs as "mine".
    const mine = await api('get', '/feedback')(ALEX).query({ mine: 'true' });
    expect(mine.body.totalCount).toBe(0);
    expect((await api('get', `/feedback/${id}`)(ALEX)).body.mine).toBe(true);
    const notMine = await api('get', '/feedback')(LIAM).query({ mine: 'true' });
    expect(notMine.body.totalCount).toBe(0);

    for (const response of responses) {
      expect(response.status).toBeLessThan(300);
      expect(JSON.stringify(response.body)).not.toContain('alex.morgan');
    }
    // The actor of an audit event comes from its request's credentials.
    const audited = events.map(({ options }) => ({
      ...options,
      request: options.request?.headers.authorization,
    }));
    expect(audited).toHaveLength(4);
    expect(JSON.stringify(audited)).toContain('sven.eriksen');
    expect(JSON.stringify(audited)).not.toContain('alex.morgan');
    expect(JSON.stringify(sent)).not.toContain('alex.morgan');
    const thread = responses[6].body.items;
    expect(thread.map((a: any) => [a.kind, a.actorRole, a.actorRef])).toEqual([
      ['reply', 'author', undefined],
      ['reply', 'maintainer', SVEN],
      ['status', 'maintainer', SVEN],
    ]);
  });

  it('moves feedback through its statuses and notifies the author and every +1', async () => {
    const { api, send, sent, linkTargets } = await start();
    const { roadmapItemId, changelogEntryId } = await linkTargets();
    const { id } = (await send(ALEX, { title: 'Faster caches' })).body;
    await api('put', `/feedback/${id}/vote`)(LIAM);
    await api('put', `/feedback/${id}/vote`)(SVEN);
    const status = (body: object) =>
      api('post', `/feedback/${id}/status`)(SVEN).send(body);

    const planned = await status({
      status: 'planned',
      expectedStatus: 'new',
      roadmapItemId,
    });
    expect(planned.body).toMatchObject({ status: 'planned', roadmapItemId });
    const shipped = await status({
      status: 'shipped',
      expectedStatus: 'planned',
      changelogEntryId,
    });
    expect(shipped.body).toMatchObject({
      status: 'shipped',
      roadmapItemId,
      changelogEntryId,
    });
    // Back to planned: the shipment's link goes, the plan's stays.
    const back = await status({ status: 'planned', expectedStatus: 'shipped' });
    expect(back.body).toMatchObject({ status: 'planned', roadmapItemId });
    expect(back.body.changelogEntryId).toBeUndefined();
    const acknowledged = await status({
      status: 'acknowledged',
      expectedStatus: 'planned',
    });
    expect(acknowledged.body.roadmapItemId).toBeUndefined();

    const thread = await api('get', `/feedback/${id}/activity`)(SVEN);
    expect(
      thread.body.items.map((a: any) => [
        a.status,
        a.roadmapItemId,
        a.changelogEntryId,
      ]),
    ).toEqual([
      ['planned', roadmapItemId, undefined],
      ['shipped', roadmapItemId, changelogEntryId],
      ['planned', roadmapItemId, undefined],
      ['acknowledged', undefined, undefined],
    ]);
    // The thread names what it links to by title.
    expect(thread.body.items[1]).toMatchObject({
      roadmapItemTitle: 'Build cache',
      changelogEntryTitle: 'Build cache',
    });
    expect(planned.body.roadmapItemTitle).toBe('Build cache');
    expect(sent.slice(0, 2)).toEqual([
      {
        recipients: { type: 'entity', entityRef: [ALEX, LIAM] },
        payload: expect.objectContaining({
          topic: 'feedback-planned',
          title: 'Feedback "Faster caches" is planned',
          description: 'It is on the roadmap as "Build cache".',
          link: `/platform-product/feedback/${id}`,
        }),
      },
      expect.objectContaining({
        payload: expect.objectContaining({
          topic: 'feedback-shipped',
          description: 'See the changelog entry "Build cache".',
        }),
      }),
    ]);
  });

  it('applies a status change only from the status the maintainer saw: a stale tab gets a 409', async () => {
    const { api, send, sent } = await start();
    const { id } = (await send(ALEX, {})).body;
    const acknowledged = await api(
      'post',
      `/feedback/${id}/status`,
    )(SVEN).send({ status: 'acknowledged', expectedStatus: 'new' });
    expect(acknowledged.status).toBe(200);
    // The other tab still shows "new".
    const stale = await api(
      'post',
      `/feedback/${id}/status`,
    )(SVEN).send({
      status: 'declined',
      expectedStatus: 'new',
      reason: 'Not for now',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toBe(
      `Feedback ${id} is acknowledged now, not new: someone else changed it meanwhile`,
    );
    expect((await api('get', `/feedback/${id}`)(ALEX)).body.status).toBe(
      'acknowledged',
    );
    expect(sent.map(n => n.payload.topic)).toEqual(['feedback-acknowledged']);
  });

  it('merges duplicates so that each person counts once', async () => {
    const { api, send } = await start();
    const original = (await send(ALEX, { title: 'Monorepos' })).body.id;
    const duplicate = (await send(MAYA, { title: 'Monorepo support' })).body.id;
    await api('put', `/feedback/${original}/vote`)(LIAM);
    await api('put', `/feedback/${duplicate}/vote`)(LIAM);
    await api('put', `/feedback/${duplicate}/vote`)(SVEN);

    const merged = await api(
      'post',
      `/feedback/${duplicate}/merge`,
    )(SVEN).send({
      intoId: original,
    });
    expect(merged.body).toMatchObject({ id: original, voteCount: 2 });
    const gone = await api('get', `/feedback/${duplicate}`)(SVEN);
    expect(gone.body).toMatchObject({
      status: 'merged',
      mergedIntoId: original,
      mergedIntoTitle: 'Monorepos',
    });
    const thread = await api('get', `/feedback/${original}/activity`)(SVEN);
    expect(thread.body.items[0]).toMatchObject({
      kind: 'merge',
      relatedItemId: duplicate,
      relatedItemTitle: 'Monorepo support',
    });
  });

  it('suggests similar items of the tool, without anonymous authors, and searches titles', async () => {
    const { api, send } = await start();
    const named = (await send(ALEX, { title: 'Slow cache restores' })).body.id;
    const anonymous = (
      await send(MAYA, { title: 'Cache keys collide', anonymous: true })
    ).body.id;
    await send(ALEX, { title: 'Nothing alike' });
    const similar = (query: string) =>
      api('get', `/feedback/similar?${query}`)(SVEN);

    const found = await similar(
      `toolRef=${CI}&title=${encodeURIComponent('cache is slow')}`,
    );
    expect(found.status).toBe(200);
    expect(found.body.items.map((i: any) => i.id)).toEqual([named, anonymous]);
    const hidden = found.body.items.find((i: any) => i.id === anonymous);
    expect(hidden).toMatchObject({ anonymous: true });
    expect(hidden.authorRef).toBeUndefined();
    const without = await similar(
      `toolRef=${CI}&title=cache+slow&excludeId=${named}`,
    );
    expect(without.body.items.map((i: any) => i.id)).toEqual([anonymous]);

    for (const [query, field] of [
      [`toolRef=${CI}&title=abc`, 'title'],
      [`title=slow+cache`, 'toolRef'],
      [`toolRef=${CI}&title=slow+cache&limit=6`, 'limit'],
      [`toolRef=${CI}&title=slow+cache&excludeId=x`, 'excludeId'],
    ]) {
      const bad = await similar(query);
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain(field);
    }

    const search = await api('get', `/feedback?q=COLLIDE+keys`)(SVEN);
    expect(search.body.items.map((i: any) => i.id)).toEqual([anonymous]);
    const tooLong = await api('get', `/feedback?q=${'x'.repeat(101)}`)(SVEN);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.message).toContain('q');
  });

  it('rejects bad input with a 400 naming the field, and writes nothing', async () => {
    const { api, send, events } = await start();
    const { id } = (await send(ALEX, {})).body;
    const status = (body: object) =>
      api('post', `/feedback/${id}/status`)(SVEN).send(body);
    const cases = [
      [await send(ALEX, { title: 'x'.repeat(201) }), 'title'],
      [await send(ALEX, { body: 'x'.repeat(10_001) }), 'body'],
      [await send(ALEX, { title: '' }), 'title: is required'],
      [await send(ALEX, { kind: 'rant' }), 'kind'],
      [
        await send(ALEX, { toolRef: 'component:default/unknown' }),
        'toolRef: component:default/unknown is not a platform tool',
      ],
      [await api('get', '/feedback/abc')(ALEX), 'Invalid path: id'],
      [await api('get', '/feedback')(ALEX).query({ status: 'open' }), 'status'],
      [await api('get', '/feedback')(ALEX).query({ limit: 1000 }), 'limit'],
      [
        await status({ status: 'declined', expectedStatus: 'new' }),
        'reason: is required when declining',
      ],
      [
        await status({
          status: 'acknowledged',
          expectedStatus: 'new',
          roadmapItemId: 4,
        }),
        'roadmapItemId: only applies to planned',
      ],
      [
        await status({ status: 'acknowledged' }),
        'expectedStatus: is required: the status you saw',
      ],
      [
        await status({
          status: 'planned',
          expectedStatus: 'new',
          roadmapItemId: 9999,
        }),
        'Invalid body: roadmapItemId: no roadmap item 9999',
      ],
      [
        await status({
          status: 'shipped',
          expectedStatus: 'planned',
          changelogEntryId: 999,
        }),
        'Invalid body: changelogEntryId: no changelog entry 999',
      ],
      [
        await api('post', `/feedback/${id}/merge`)(SVEN).send({ intoId: id }),
        'intoId: cannot merge an item into itself',
      ],
      [
        await api('post', `/feedback/${id}/merge`)(SVEN).send({ intoId: 999 }),
        'Invalid body: intoId: no feedback item 999',
      ],
      [
        await api('post', `/feedback/${id}/replies`)(SVEN).send({ body: ' ' }),
        'body: is required',
      ],
    ] as const;
    for (const [response, message] of cases) {
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(message);
    }
    const inbox = await api('get', '/feedback')(SVEN);
    expect(inbox.body.items).toEqual([
      expect.objectContaining({ id, status: 'new' }),
    ]);
    expect(
      events.filter(e => e.outcome === 'success').map(e => e.options.eventId),
    ).toEqual(['feedback-create']);
  });

  it('answers 403, 404 and 409 where they belong', async () => {
    const { api, send } = await start();
    const { id } = (await send(ALEX, {})).body;
    const expectations = [
      [
        await api(
          'post',
          `/feedback/${id}/status`,
        )(LIAM).send({ status: 'acknowledged', expectedStatus: 'new' }),
        403,
      ],
      [
        await api(
          'post',
          `/feedback/${id}/merge`,
        )(LIAM).send({ intoId: id + 1 }),
        403,
      ],
      [
        await api(
          'post',
          `/feedback/${id}/replies`,
        )(LIAM).send({ body: 'me too' }),
        403,
      ],
      [await api('get', '/feedback/999')(ALEX), 404],
      [await api('put', '/feedback/999/vote')(ALEX), 404],
      [
        await api(
          'post',
          '/feedback/999/status',
        )(SVEN).send({ status: 'acknowledged', expectedStatus: 'new' }),
        404,
      ],
      [
        await api('post', '/feedback/999/merge')(SVEN).send({ intoId: id }),
        404,
      ],
      [
        await api(
          'post',
          `/feedback/${id}/status`,
        )(SVEN).send({ status: 'shipped', expectedStatus: 'new' }),
        409,
      ],
      [
        await api(
          'post',
          `/feedback/${id}/status`,
        )(SVEN).send({ status: 'acknowledged', expectedStatus: 'planned' }),
        409,
      ],
    ] as const;
    expect(expectations.map(([r]) => r.status)).toEqual(
      expectations.map(([, status]) => status),
    );
    expect((await api('get', `/feedback/${id}`)(ALEX)).body.status).toBe('new');

    const denied = await start({ deny: ['platform-product.feedback.create'] });
    const refused = await denied.send(ALEX, {});
    expect(refused.status).toBe(403);
    expect((await denied.api('get', '/feedback')(ALEX)).body.totalCount).toBe(
      0,
    );
  });
  it('assigns and tags items, filters the inbox by them, and changes statuses in bulk', async () => {
    const { api, send, events } = await start();
    const first = (await send(ALEX, { title: 'Cache' })).body.id;
    const second = (await send(LIAM, { title: 'Flaky' })).body.id;
    const third = (await send(MAYA, { title: 'Docs' })).body.id;
    expect((await api('get', '/feedback/triage-count')(SVEN)).body).toEqual({
      count: 3,
      capped: false,
    });

    const assigned = await api(
      'put',
      `/feedback/${first}/assignee`,
    )(SVEN).send({
      assigneeRef: SVEN,
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body.assigneeRef).toBe(SVEN);
    const tagged = await api(
      'put',
      `/feedback/${first}/tags`,
    )(SVEN).send({
      tags: [' CI ', 'Build   Speed', 'ci'],
    });
    expect(tagged.body.tags).toEqual(['build speed', 'ci']);

    const inbox = (query: object) =>
      api('get', '/feedback')(SVEN).query({ sort: 'oldest', ...query });
    expect((await inbox({ assigneeRef: SVEN })).body.items).toEqual([
      expect.objectContaining({ id: first, tags: ['build speed', 'ci'] }),
    ]);
    expect(
      (await inbox({ unassigned: 'true' })).body.items.map((i: any) => i.id),
    ).toEqual([second, third]);
    expect(
      (await inbox({ tag: 'CI' })).body.items.map((i: any) => i.id),
    ).toEqual([first]);
    const unassigned = await api('delete', `/feedback/${first}/assignee`)(SVEN);
    expect(unassigned.body.assigneeRef).toBeUndefined();
    expect((await inbox({ unassigned: 'true' })).body.totalCount).toBe(3);

    await api(
      'post',
      `/feedback/${third}/status`,
    )(SVEN).send({
      status: 'acknowledged',
      expectedStatus: 'new',
    });
    const bulk = await api(
      'post',
      '/feedback/bulk-status',
    )(SVEN).send({
      status: 'declined',
      reason: 'Out of scope',
      items: [
        { id: first, expectedStatus: 'new' },
        { id: second, expectedStatus: 'new' },
        { id: third, expectedStatus: 'new' },
      ],
    });
    expect(bulk.status).toBe(200);
    expect(bulk.body.results).toEqual([
      { id: first, ok: true, status: 'declined' },
      { id: second, ok: true, status: 'declined' },
      { id: third, ok: false, error: 'conflict', status: 'acknowledged' },
    ]);
    expect((await api('get', '/feedback/triage-count')(SVEN)).body.count).toBe(
      0,
    );
    expect(
      events
        .map(e => [e.options.eventId, e.outcome])
        .filter(([id]) => id !== 'feedback-create'),
    ).toEqual([
      ['feedback-assign', 'success'],
      ['feedback-tags', 'success'],
      ['feedback-assign', 'success'],
      ['feedback-status', 'success'],
      ['feedback-bulk-status', 'success'],
    ]);
  });

  it('refuses triage writes to participants and names the field of bad input', async () => {
    const { api, send } = await start();
    const id = (await send(ALEX, {})).body.id;
    expect((await api('get', '/feedback/triage-count')(ALEX)).status).toBe(403);
    expect(
      (
        await api(
          'put',
          `/feedback/${id}/assignee`,
        )(ALEX).send({
          assigneeRef: ALEX,
        })
      ).status,
    ).toBe(403);
    expect(
      (await api('put', `/feedback/${id}/tags`)(ALEX).send({ tags: ['x'] }))
        .status,
    ).toBe(403);
    expect(
      (
        await api(
          'post',
          '/feedback/bulk-status',
        )(ALEX).send({
          status: 'acknowledged',
          items: [{ id, expectedStatus: 'new' }],
        })
      ).status,
    ).toBe(403);

    const bad = [
      [
        `/feedback/${id}/assignee`,
        { assigneeRef: 'group:default/platform' },
        'assigneeRef',
      ],
      [
        `/feedback/${id}/assignee`,
        { assigneeRef: 'user:default/nobody' },
        'assigneeRef',
      ],
      [
        `/feedback/${id}/tags`,
        { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) },
        'tags',
      ],
      [`/feedback/${id}/tags`, { tags: ['a,b'] }, 'tags.0'],
    ] as const;
    for (const [path, body, field] of bad) {
      const res = await api('put', path)(SVEN).send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    }
    for (const body of [
      { status: 'acknowledged', items: [] },
      { status: 'declined', items: [{ id, expectedStatus: 'new' }] },
      {
        status: 'acknowledged',
        items: [
          { id, expectedStatus: 'new' },
          { id, expectedStatus: 'new' },
        ],
      },
    ]) {
      const res = await api('post', '/feedback/bulk-status')(SVEN).send(body);
      expect(res.status).toBe(400);
    }
    expect((await api('delete', '/feedback/9999/assignee')(SVEN)).status).toBe(
      404,
    );
    expect((await api('delete', `/feedback/${id}/assignee`)(ALEX)).status).toBe(
      403,
    );
    expect(
      (await api('get', '/feedback')(SVEN).query({ tag: 'a,b' })).status,
    ).toBe(400);
  });
});
