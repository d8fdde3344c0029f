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
const ALEX = user('alex.morgan');
const CHLOE = user('chloe.dubois');
const RAFAEL = user('rafael.costa');
const KENJI = user('kenji.tanaka');
/** Storefront people, who rate anonymously. */
const STOREFRONT = [
  'priya.shah',
  'jonas.becker',
  'mei.chen',
  'omar.haddad',
].map(user);
const SECRETS = 'api:default/secrets-api';

/**
 * A roadmap item in Next with its evidence: feedback by Alex and anonymous feedback by Liam,
 * both +1'd by Chloe, and a vote by Rafael.
 */
async function start() {
  const audit = auditorSpy();
  const notifications = notificationsSpy();
  const server = await startBackend({
    config: { platformProduct: {} },
    notifications: notifications.factory,
    features: [audit.factory, permissionsFor([SVEN])],
  });
  const call =
    (method: 'get' | 'post' | 'put' | 'delete', path: string) => (by: string) =>
      request(server)
        [method](`/api/platform-product${path}`)
        .set({ Authorization: mockCredentials.user.header(by) });
  const feedback = async (by: string, anonymous: boolean) =>
    (
      await call(
        'post',
        '/feedback',
      )(by).send({ toolRef: SECRETS, title: 'Rotate secrets', anonymous })
    ).body.id as number;
  const itemId = (
    await call('post', '/roadmap/items')(SVEN).send(newRoadmapItemBody())
  ).body.id as number;
  const named = await feedback(ALEX, false);
  const anonymous = await feedback(LIAM, true);
  for (const sourceId of [named, anonymous]) {
    await call('put', `/feedback/${sourceId}/vote`)(CHLOE).expect(200);
    await call('post', `/roadmap/items/${itemId}/evidence`)(SVEN)
      .send({ sourceKind: 'feedback', sourceId })
      .expect(201);
  }
  await call('put', `/roadmap/items/${itemId}/vote`)(RAFAEL).expect(200);
  let version = 1;
  /** A transition of the item, from the version it has. */
  const transition = async (action: string, body: object) => {
    const response = await call(
      'post',
      `/roadmap/items/${itemId}/${action}`,
    )(SVEN).send({ ...body, version });
    expect(response.status).toBe(200);
    version = response.body.version;
    return response.body;
  };
  const feedbackItem = async (id: number, by = SVEN) =>
    (await call('get', `/feedback/${id}`)(by)).body;
  const told = (topic: string) =>
    notifications.sent
      .filter(n => n.payload.topic === topic)
      .map(n => ({
        recipients: [...(n.recipients as any).entityRef].sort(),
        title: n.payload.title,
        description: n.payload.description,
        scope: n.payload.scope,
      }));
  const lastAudit = (eventId: string) =>
    audit.events.filter(e => e.options.eventId === eventId).at(-1)?.successMeta;
  return {
    call,
    itemId,
    named,
    anonymous,
    transition,
    feedbackItem,
    told,
    lastAudit,
  };
}

describe('closing the loop', () => {
  it('tells everyone behind the item once when it moves to Now, and not again after Now → Next → Now', async () => {
    const { itemId, transition, told, lastAudit } = await start();
    await transition('move', { lane: 'now' });
    await transition('move', { lane: 'next' });
    await transition('move', { lane: 'now' });

    // Chloe is behind two pieces of evidence: one notice. Liam's feedback is anonymous: none.
    expect(told('roadmap-now')).toEqual([
      {
        recipients: [ALEX, CHLOE, RAFAEL],
        title: '"Self-service secrets" is being worked on now',
        description:
          'Something you asked for or told us about (your feedback, a +1, a vote, an interview or a rating) moved to Now on the roadmap.',
        scope: `platform-product:roadmap-loop:${itemId}:now`,
      },
    ]);
    // Leaving Now is a move the voters hear about, as before.
    expect(told('roadmap-moved')).toEqual([
      expect.objectContaining({ recipients: [RAFAEL] }),
    ]);
    // The audit says how many were queued, never who: nobody the second time.
    expect(lastAudit('roadmap-move')).toEqual({
      loopNoticesQueued: 0,
      settledSources: {},
    });
  });

  it('tells named interviewees and signed raters too, once each whatever they are behind, never an anonymous rater', async () => {
    const { call, itemId, transition, told } = await start();
    const link = (body: object) =>
      call('post', `/roadmap/items/${itemId}/evidence`)(SVEN)
        .send(body)
        .expect(201);
    const interview = (fields: object) =>
      call(
        'post',
        '/research',
      )(SVEN)
        .send({
          kind: 'interview',
          title: 'Secrets by hand',
          date: '2026-12-10',
          quotes: [{ text: 'I wish rotation were automatic' }],
          ...fields,
        })
        .expect(201);
    // Rafael (a voter) agreed to be named; the other interviewee did not.
    const named = (
      await interview({ agreedToBeNamed: true, intervieweeRef: RAFAEL })
    ).body;
    const unnamed = (await interview({})).body;
    await link({
      sourceKind: 'research-quote',
      sourceId: named.id,
      sourcePart: named.quotes[0].id,
    });
    await link({ sourceKind: 'research-note', sourceId: unnamed.id });
    // Alex (a feedback author) and Kenji sign their ratings; Storefront and Hannah rate
    // anonymously: five, so that the ratings (and their comments) show.
    const raters: [string, boolean][] = [
      [ALEX, false],
      [KENJI, false],
      ...[...STOREFRONT, user('hannah.schmidt')].map((p): [string, boolean] => [
        p,
        true,
      ]),
    ];
    for (const [person, anonymous] of raters) {
      await call(
        'put',
        '/ratings',
      )(person)
        .send({
          toolRef: SECRETS,
          stars: 2,
          comment: `Manual (${person})`,
          anonymous,
        })
        .expect(200);
    }
    const comments = (
      await call('get', `/ratings/comments?toolRef=${SECRETS}`)(SVEN)
    ).body.items;
    for (const comment of comments) {
      await link({ sourceKind: 'rating-comment', sourceId: comment.commentId });
    }

    await transition('move', { lane: 'now' });

    expect(told('roadmap-now')).toEqual([
      expect.objectContaining({ recipients: [ALEX, CHLOE, KENJI, RAFAEL] }),
    ]);
  });

  it('ships the evidence with the item and holds the notice until its draft changelog entry is published, then names it', async () => {
    const loop = await start();
    const { call, itemId, named, anonymous, transition, feedbackItem, told } =
      loop;
    const entryId = (
      await call(
        'post',
        '/changelog',
      )(SVEN).send({
        title: 'Secrets rotate',
        category: 'new',
        status: 'draft',
      })
    ).body.id as number;

    const shipped = await transition('ship', { changelogEntryIds: [entryId] });

    // Nobody hears of a draft, and nobody may read its title.
    expect(told('roadmap-shipped')).toEqual([]);
    expect(shipped.changelogEntries).toEqual([]);
    expect(loop.lastAudit('roadmap-ship')).toEqual({
      loopNoticesQueued: 3,
      settledSources: { feedback: [named, anonymous] },
    });
    for (const id of [named, anonymous]) {
      expect(await feedbackItem(id)).toMatchObject({
        status: 'shipped',
        roadmapItemId: itemId,
        changelogEntryId: entryId,
      });
      expect((await feedbackItem(id, ALEX)).changelogEntryTitle).toBe(
        undefined,
      );
    }

    await call('post', `/changelog/${entryId}/publish`)(SVEN).expect(200);

    expect(told('roadmap-shipped')).toEqual([
      {
        recipients: [ALEX, CHLOE, RAFAEL],
        title: '"Self-service secrets" has shipped',
        description: 'See "Secrets rotate".',
        scope: `platform-product:roadmap-loop:${itemId}:shipped`,
      },
    ]);
    expect((await feedbackItem(named, ALEX)).changelogEntryTitle).toBe(
      'Secrets rotate',
    );
    const item = await call('get', `/roadmap/items/${itemId}`)(LIAM);
    expect(item.body.changelogEntries).toEqual([
      { id: entryId, title: 'Secrets rotate' },
    ]);
  });

  it('closes the loop when publishing an entry ships the item, for those the entry does not tell', async () => {
    const { call, itemId, named, feedbackItem, told } = await start();
    const entryId = (
      await call(
        'post',
        '/changelog',
      )(SVEN).send({
        title: 'Secrets rotate',
        category: 'new',
        status: 'published',
        roadmapItemIds: [itemId],
      })
    ).body.id as number;

    expect(await feedbackItem(named)).toMatchObject({
      status: 'shipped',
      changelogEntryId: entryId,
    });
    // Rafael voted: he is in the entry's audience and gets its announcement instead.
    expect(told('roadmap-shipped')).toEqual([
      expect.objectContaining({
        recipients: [ALEX, CHLOE],
        description: 'See "Secrets rotate".',
      }),
    ]);
    expect(told('changelog-new')).toEqual([
      expect.objectContaining({ recipients: [RAFAEL] }),
    ]);
  });

  it('declines the evidence with a killed item and tells its people why', async () => {
    const { itemId, named, anonymous, transition, feedbackItem, told } =
      await start();
    await transition('kill', { reason: 'The vault broker does it' });

    for (const id of [named, anonymous]) {
      expect(await feedbackItem(id)).toMatchObject({
        status: 'declined',
        declineReason: 'The vault broker does it',
      });
    }
    expect(told('roadmap-killed')).toEqual([
      {
        recipients: [ALEX, CHLOE, RAFAEL],
        title: '"Self-service secrets" was dropped from the roadmap',
        description: 'Why: The vault broker does it',
        scope: `platform-product:roadmap-loop:${itemId}:killed`,
      },
    ]);
  });
});
