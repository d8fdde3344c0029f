import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import request from 'supertest';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { notificationsSpy } from '../__testUtils__/notificationsSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';

const user = (name: string) => `user:default/${name}`;
const SVEN = user('sven.eriksen');
const LIAM = user('liam.walsh');
const ALEX = user('alex.morgan');
const CI = 'component:default/ci-pipelines';
const SECRETS = 'api:default/secrets-api';
const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000).toISOString();

async function start(options: { publicFeed?: boolean } = {}) {
  const audit = auditorSpy();
  const notifications = notificationsSpy();
  const server = await startBackend({
    config: {
      app: { baseUrl: 'https://portal.example.com' },
      platformProduct: { changelog: { publicFeed: !!options.publicFeed } },
    },
    notifications: notifications.factory,
    features: [
      audit.factory,
      permissionsFor([SVEN]),
      // Requests without a token are anonymous, as in a real backend.
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
    ],
  });
  const api =
    (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
    (by?: string) => {
      const call = request(server)[method](`/api/platform-product${path}`);
      return by
        ? call.set({ Authorization: mockCredentials.user.header(by) })
        : call;
    };
  const post = (body: object = {}, by = SVEN) =>
    api(
      'post',
      '/changelog',
    )(by).send({
      title: 'Secrets rotate without restarts',
      body: 'Rolling restarts with a grace period.',
      category: 'improved',
      toolRefs: [SECRETS],
      status: 'published',
      ...body,
    });
  return { api, post, events: audit.events, sent: notifications.sent };
}

describe('changelog API', () => {
  it('publishes to the people of adopting teams, and shows what is new to each reader', async () => {
    const { api, post, sent } = await start();
    const created = await post();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'published', version: 1 });
    const recipients = sent.flatMap(n =>
      n.recipients.type === 'entity' ? [n.recipients.entityRef].flat() : [],
    );
    expect(recipients).toHaveLength(27);
    expect(recipients).toContain(LIAM);
    expect(recipients).not.toContain(ALEX);
    expect(sent[0].payload).toMatchObject({
      topic: 'changelog-improved',
      severity: 'normal',
    });

    const liam = (await api('get', '/changelog')(LIAM)).body;
    expect(liam.items[0]).toMatchObject({ id: created.body.id, isNew: true });
    expect((await api('get', '/changelog/unseen')(LIAM)).body.count).toBe(1);
    await api('post', '/changelog/seen')(LIAM);
    expect((await api('get', '/changelog/unseen')(LIAM)).body.count).toBe(0);
    expect((await api('get', '/changelog')(LIAM)).body.items[0].isNew).toBe(
      false,
    );

    // "Tools my teams use": Liam's Checkout uses Secrets Manager, Alex's Storefront does not.
    expect(
      (await api('get', '/changelog')(LIAM).query({ mine: 'true' })).body
        .totalCount,
    ).toBe(1);
    expect(
      (await api('get', '/changelog')(ALEX).query({ mine: 'true' })).body
        .totalCount,
    ).toBe(0);
  });

  it('keeps drafts and early-access entries from people who may not see them', async () => {
    const { api, post, sent } = await start();
    const draft = (await post({ status: 'draft', title: 'Draft' })).body;
    const preview = (await post({ earlyAccess: true, title: 'Preview' })).body;
    expect(sent).toEqual([]); // no champions yet: an early-access entry reaches nobody

    expect((await api('get', `/changelog/${draft.id}`)(LIAM)).status).toBe(404);
    expect((await api('get', `/changelog/${preview.id}`)(LIAM)).status).toBe(
      404,
    );
    expect((await api('get', '/changelog')(LIAM)).body.totalCount).toBe(0);
    expect((await api('get', '/changelog/unseen')(LIAM)).body.count).toBe(0);
    const feed = await api('get', '/changelog/feed.atom')(LIAM);
    expect(feed.text).not.toContain('Preview');
    expect(feed.text).not.toContain('Draft');

    expect((await api('get', `/changelog/${preview.id}`)(SVEN)).status).toBe(
      200,
    );
    expect((await api('get', `/changelog/${draft.id}`)(SVEN)).status).toBe(200);
    expect(
      (await api('get', '/changelog/unpublished')(SVEN)).body.items,
    ).toHaveLength(1);
  });

  it('serves an Atom feed with escaped content, optionally for one tool', async () => {
    const { api, post } = await start();
    await post({
      title: 'Caches <on>',
      body: '<script>alert("x")</script> & more',
      toolRefs: [CI],
    });
    await post({ title: 'Secrets' });
    const feed = await api(
      'get',
      '/changelog/feed.atom',
    )(LIAM).query({ toolRef: CI });
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed.text).toContain('<title>Caches &lt;on&gt;</title>');
    expect(feed.text).toContain(
      '<content type="text">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</content>',
    );
    expect(feed.text).toMatch(
      /<link href="https:\/\/portal\.example\.com\/platform-product\/changelog\/\d+"\/>/,
    );
    expect(feed.text).not.toContain('<script>');
    expect(feed.text).not.toContain('Secrets');
    expect((await api('get', '/changelog/feed.atom')()).status).toBe(401);

    const documents = await api('get', '/changelog/search-documents')().set({
      Authorization: mockCredentials.service.header(),
    });
    expect(documents.body.items.map((d: any) => d.title)).toEqual([
      'Caches <on>',
      'Secrets',
    ]);
    expect(documents.body.nextCursor).toBeUndefined();
    expect(documents.body.items[1].location).toMatch(
      /^\/platform-product\/changelog\/\d+$/,
    );
    expect((await api('get', '/changelog/search-documents')(LIAM)).status).toBe(
      403,
    );

    const open = await start({ publicFeed: true });
    await open.post({ title: 'Public' });
    const anonymous = await open.api('get', '/changelog/feed.atom')();
    expect(anonymous.status).toBe(200);
    expect(anonymous.text).toContain('<title>Public</title>');
  });

  it('ships the roadmap items a published entry links, and keeps revisions', async () => {
    const { api, post } = await start();
    const item = (
      await api(
        'post',
        '/roadmap/items',
      )(SVEN).send({
        title: 'Rolling restarts',
        lane: 'now',
        ownerRef: 'group:default/security',
        toolRefs: [SECRETS],
        reach: 10,
        impact: 1,
        confidence: 1,
        effort: 1,
      })
    ).body;
    const entry = (await post({ status: 'draft', roadmapItemIds: [item.id] }))
      .body;
    expect(
      (await api('get', `/roadmap/items/${item.id}`)(SVEN)).body.status,
    ).toBe('active');
    const updated = await api(
      'put',
      `/changelog/${entry.id}`,
    )(SVEN).send({
      title: 'Secrets rotate without restarts',
      category: 'improved',
      toolRefs: [SECRETS],
      roadmapItemIds: [item.id],
      status: 'published',
      version: 1,
    });
    expect(updated.body).toMatchObject({ status: 'published', version: 2 });
    expect(
      (await api('get', `/roadmap/items/${item.id}`)(SVEN)).body,
    ).toMatchObject({
      status: 'shipped',
      changelogEntryIds: [entry.id],
    });
    const revisions = await api(
      'get',
      `/changelog/${entry.id}/revisions`,
    )(SVEN);
    // Newest first.
    expect(revisions.body.items.map((r: any) => r.action)).toEqual([
      'published',
      'updated',
      'created',
    ]);
    const helpful = await api('put', `/changelog/${entry.id}/helpful`)(LIAM);
    expect(helpful.body).toMatchObject({ helpfulCount: 1, helpful: true });
  });

  it('rejects bad input with a 400 naming the field, and writes nothing', async () => {
    const { api, post, events } = await start();
    const cases = [
      [await post({ title: 'x'.repeat(201) }), 'title'],
      [await post({ body: 'x'.repeat(50_001) }), 'body'],
      [await post({ category: 'misc' }), 'category'],
      [
        await post({ status: 'scheduled' }),
        'publishAt: is required for a scheduled entry',
      ],
      [
        await post({ status: 'scheduled', publishAt: '2020-01-01T00:00:00Z' }),
        'publishAt: must be in the future',
      ],
      [
        await post({ earlyAccessUntil: inAnHour() }),
        'earlyAccessUntil: only applies to early-access entries',
      ],
      [
        await post({ toolRefs: ['component:default/nope'] }),
        'toolRefs: component:default/nope not a platform tool',
      ],
      [
        await post({ roadmapItemIds: [42] }),
        'roadmapItemIds: no roadmap item 42',
      ],
      [
        await api('get', '/changelog')(LIAM).query({ category: 'misc' }),
        'category',
      ],
      [await api('get', '/changelog/abc')(LIAM), 'Invalid path: id'],
    ] as const;
    for (const [response, message] of cases) {
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(message);
    }
    expect(
      (await api('get', '/changelog/unpublished')(SVEN)).body.items,
    ).toEqual([]);
    expect((await api('get', '/changelog')(SVEN)).body.totalCount).toBe(0);
    expect(events.filter(e => e.outcome === 'success')).toEqual([]);
  });

  it('answers 403, 404 and 409 where they belong', async () => {
    const { api, post } = await start();
    const entry = (await post({ status: 'draft' })).body;
    await api(
      'put',
      `/changelog/${entry.id}`,
    )(SVEN).send({
      title: 'v2',
      category: 'fixed',
      version: 1,
    });
    const expectations = [
      [await post({}, LIAM), 403],
      [
        await api(
          'put',
          `/changelog/${entry.id}`,
        )(LIAM).send({ title: 'x', category: 'new', version: 2 }),
        403,
      ],
      [await api('post', `/changelog/${entry.id}/publish`)(LIAM), 403],
      [await api('delete', `/changelog/${entry.id}`)(LIAM), 403],
      [await api('get', '/changelog/unpublished')(LIAM), 403],
      [await api('get', `/changelog/${entry.id}/revisions`)(LIAM), 403],
      [await api('get', '/changelog/999')(SVEN), 404],
      [await api('post', '/changelog/999/publish')(SVEN), 404],
      [await api('put', `/changelog/${entry.id}/helpful`)(LIAM), 404],
      [
        await api(
          'put',
          `/changelog/${entry.id}`,
        )(SVEN).send({ title: 'stale', category: 'new', version: 1 }),
        409,
      ],
    ] as const;
    expect(expectations.map(([r]) => r.status)).toEqual(
      expectations.map(([, status]) => status),
    );
    expect(
      (await api('get', `/changelog/${entry.id}`)(SVEN)).body,
    ).toMatchObject({
      title: 'v2',
      status: 'draft',
    });
    expect((await api('delete', `/changelog/${entry.id}`)(SVEN)).status).toBe(
      204,
    );
    expect((await api('get', `/changelog/${entry.id}`)(SVEN)).status).toBe(404);
  });
  it('previews the audience in counts under the permission to publish, and reports deliveries after', async () => {
    const { api, post, sent } = await start();
    const draft = (await post({ status: 'draft' })).body;
    expect(
      (await api('get', `/changelog/${draft.id}/audience`)(LIAM)).status,
    ).toBe(403);
    expect(
      (await api('get', `/changelog/${draft.id}/deliveries`)(LIAM)).status,
    ).toBe(403);
    expect((await api('get', '/changelog/9999/audience')(SVEN)).status).toBe(
      404,
    );

    const preview = await api('get', `/changelog/${draft.id}/audience`)(SVEN);
    expect(preview.status).toBe(200);
    const audience = preview.body;
    expect(JSON.stringify(audience)).not.toContain('user:');
    expect(audience.byReason).toEqual({
      adopters: 27,
      voters: 0,
      champions: 0,
    });
    expect(audience.byTeam[0]).toEqual({
      teamRef: expect.stringMatching(/^group:/),
      title: expect.any(String),
      count: expect.any(Number),
    });
    expect(
      audience.byTeam.reduce((sum: number, t: any) => sum + t.count, 0),
    ).toBeGreaterThanOrEqual(audience.total - audience.withoutTeam);
    expect(
      (await api('get', `/changelog/${draft.id}/deliveries`)(SVEN)).body,
    ).toEqual({
      sent: 0,
      pending: 0,
      failed: 0,
    });

    await api('post', `/changelog/${draft.id}/publish`)(SVEN);
    const recipients = sent.flatMap(n =>
      n.recipients.type === 'entity' ? [n.recipients.entityRef].flat() : [],
    );
    // The preview was the truth: exactly these people were told.
    expect(recipients).toHaveLength(audience.total);
    expect(
      (await api('get', `/changelog/${draft.id}/deliveries`)(SVEN)).body,
    ).toEqual({
      sent: audience.total,
      pending: 0,
      failed: 0,
    });
  });

  it('searches titles and bodies, case-insensitively and literally', async () => {
    const { api, post } = await start();
    const rotate = (
      await post({ title: 'Secrets ROTATE without restarts', body: '' })
    ).body;
    const percent = (
      await post({
        title: 'Faster builds',
        body: 'Cache hits at 100% for CI_ALL',
      })
    ).body;
    const ids = async (q: string) =>
      (await api('get', '/changelog')(LIAM).query({ q })).body.items.map(
        (e: any) => e.id,
      );
    expect(await ids('rotate')).toEqual([rotate.id]);
    expect(await ids('100%')).toEqual([percent.id]);
    expect(await ids('ci_all')).toEqual([percent.id]);
    expect(await ids('%')).toEqual([percent.id]);
    expect(await ids('nothing like this')).toEqual([]);
    const tooLong = await api(
      'get',
      '/changelog',
    )(LIAM).query({ q: 'x'.repeat(101) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.message).toContain('q');
  });

  it('refuses to delete an entry that feedback shipped with, naming the links', async () => {
    const { api, post } = await start();
    const entry = (await post({ status: 'draft' })).body;
    const feedback = (
      await api(
        'post',
        '/feedback',
      )(LIAM).send({ toolRef: SECRETS, title: 'Rotate' })
    ).body;
    for (const [status, expectedStatus, link] of [
      ['acknowledged', 'new', {}],
      ['planned', 'acknowledged', {}],
      ['shipped', 'planned', { changelogEntryId: entry.id }],
    ] as const) {
      await api(
        'post',
        `/feedback/${feedback.id}/status`,
      )(SVEN)
        .send({ status, expectedStatus, ...link })
        .expect(200);
    }
    const refused = await api('delete', `/changelog/${entry.id}`)(SVEN);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      `Changelog entry ${entry.id} is still linked from feedback #${feedback.id}: unlink them first`,
    );
    expect((await api('get', `/changelog/${entry.id}`)(SVEN)).status).toBe(200);
    const unlinked = (await post({ status: 'draft' })).body;
    expect(
      (await api('delete', `/changelog/${unlinked.id}`)(SVEN)).status,
    ).toBe(204);
  });
});
