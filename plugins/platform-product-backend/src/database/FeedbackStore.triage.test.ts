import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { createFeedbackStore, now, user } from '../__testUtils__/feedbackStore';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(60_000);

describe('FeedbackStore: triage and links', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });
  const createStore = (databaseId: TestDatabaseId) =>
    createFeedbackStore(databases, databaseId);

  it.each(databases.eachSupportedId())(
    'counts one +1 per person, even when they click many times at once, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const id = await add('flaky builds');
      await Promise.all(
        Array.from({ length: 10 }, () => store.vote(id, user('liam'), now)),
      );
      await Promise.all(
        ['a', 'b', 'c', 'd', 'e'].map(name => store.vote(id, user(name), now)),
      );
      expect((await store.get(id))?.voteCount).toBe(6);

      await Promise.all([
        store.unvote(id, user('liam')),
        store.unvote(id, user('liam')),
      ]);
      expect((await store.get(id))?.voteCount).toBe(5);
      expect(await store.votedBy([id], user('liam'))).toEqual(new Set());
      expect(await store.votedBy([id], user('a'))).toEqual(new Set([id]));
      expect((await store.voterRefs(id)).sort()).toEqual(
        ['a', 'b', 'c', 'd', 'e'].map(user),
      );
      await expect(store.vote(999, user('a'), now)).rejects.toThrow(
        'No feedback with id 999',
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'changes status only from the expected one and records it in the thread, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const id = await add('faster caches');
      await store.changeStatus(
        id,
        'new',
        { status: 'planned', roadmapItemId: 42 },
        user('sven'),
        now,
      );
      await expect(
        store.changeStatus(
          id,
          'new',
          { status: 'acknowledged' },
          user('maya'),
          now,
        ),
      ).rejects.toThrow(
        `Feedback ${id} is planned now, not new: someone else changed it meanwhile`,
      );
      await store.reply(
        id,
        { ref: user('sven'), role: 'maintainer' },
        'On it',
        now,
      );
      await store.reply(id, { role: 'author' }, 'Thanks!', now);
      await store.changeStatus(
        id,
        'planned',
        { status: 'shipped', changelogEntryId: 7 },
        user('sven'),
        now,
      );

      expect(await store.get(id)).toMatchObject({
        status: 'shipped',
        roadmapItemId: 42,
        changelogEntryId: 7,
      });
      const thread = await store.listActivity(id, { limit: 2, offset: 1 });
      expect(thread.totalCount).toBe(4);
      expect(thread.items).toEqual([
        expect.objectContaining({
          kind: 'reply',
          actorRef: user('sven'),
          body: 'On it',
        }),
        expect.objectContaining({
          kind: 'reply',
          actorRole: 'author',
          actorRef: undefined,
          body: 'Thanks!',
        }),
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'merges a duplicate, moving its +1s and counting each person once, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const original = await add('monorepo support');
      const duplicate = await add('support monorepos');
      for (const name of ['a', 'b'])
        await store.vote(original, user(name), now);
      for (const name of ['b', 'c', 'd'])
        await store.vote(duplicate, user(name), now);

      await store.merge(duplicate, original, user('sven'), now);

      expect((await store.get(original))?.voteCount).toBe(4);
      expect((await store.voterRefs(original)).sort()).toEqual(
        ['a', 'b', 'c', 'd'].map(user),
      );
      expect(await store.get(duplicate)).toMatchObject({
        status: 'merged',
        mergedIntoId: original,
        voteCount: 0,
      });
      const { items } = await store.list(
        { sort: 'votes', limit: 10, offset: 0 },
        now,
      );
      expect(items.map(i => i.id)).toEqual([original]);
      await expect(
        store.merge(duplicate, original, user('sven'), now),
      ).rejects.toThrow(`Feedback ${duplicate} is already merged`);
      await expect(store.vote(duplicate, user('e'), now)).rejects.toThrow(
        `merged into ${original}`,
      );
      const thread = await store.listActivity(original, {
        limit: 10,
        offset: 0,
      });
      expect(thread.items).toEqual([
        expect.objectContaining({ kind: 'merge', relatedItemId: duplicate }),
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'ships the feedback planned against shipped roadmap items, once, with who to tell, on %p',
    async databaseId => {
      const { knex, store, add } = await createStore(databaseId);
      const sven = user('sven');
      const plan = async (
        title: string,
        roadmapItemId: number,
        options: { anonymous?: boolean } = {},
      ) => {
        const id = await add(title, options);
        await store.changeStatus(
          id,
          'new',
          { status: 'planned', roadmapItemId },
          sven,
          now,
        );
        return id;
      };
      const cache = await plan('cache', 3);
      const anonymous = await plan('anonymous', 3, { anonymous: true });
      const other = await plan('other item', 4);
      for (const name of ['b', 'c']) await store.vote(cache, user(name), now);

      const ship = () =>
        knex.transaction(tx => store.shipPlanned([3], 9, sven, now, tx));
      expect(await ship()).toEqual([
        { id: cache, people: [user('alex.morgan'), user('b'), user('c')] },
        { id: anonymous, people: [] },
      ]);
      expect(await ship()).toEqual([]);

      expect(await store.get(cache)).toMatchObject({
        status: 'shipped',
        roadmapItemId: 3,
        changelogEntryId: 9,
      });
      expect((await store.get(other))?.status).toBe('planned');
      const thread = await store.listActivity(cache, { limit: 10, offset: 0 });
      expect(thread.items.at(-1)).toMatchObject({
        kind: 'status',
        status: 'shipped',
        actorRef: sven,
        roadmapItemId: 3,
        changelogEntryId: 9,
      });
      expect(await store.repairCounts()).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'assigns, tags and filters the inbox by assignee, no assignee and tag, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const cache = await add('cache');
      const flaky = await add('flaky');
      const docs = await add('docs');
      await store.assign(cache, user('sven.eriksen'), now);
      await store.assign(flaky, user('sven.eriksen'), now);
      await store.assign(flaky, undefined, now);
      await store.setTags(cache, ['ci', 'speed'], now);
      await store.setTags(docs, ['docs', 'speed'], now);
      await store.setTags(docs, ['speed'], now);

      const ids = async (filter: object) =>
        (
          await store.list(
            { sort: 'oldest', limit: 10, offset: 0, ...filter },
            now,
          )
        ).items.map(i => i.id);
      expect(await ids({ assigneeRef: user('sven.eriksen') })).toEqual([cache]);
      expect(await ids({ unassigned: true })).toEqual([flaky, docs]);
      expect(await ids({ tag: 'speed' })).toEqual([cache, docs]);
      expect(await ids({ tag: 'docs' })).toEqual([]);
      const tagged = await store.list(
        { tag: 'speed', sort: 'oldest', limit: 1, offset: 0 },
        now,
      );
      expect(tagged.totalCount).toBe(2);
      expect(tagged.items[0]).toMatchObject({
        id: cache,
        assigneeRef: user('sven.eriksen'),
        tags: ['ci', 'speed'],
      });
      expect((await store.get(docs))?.tags).toEqual(['speed']);
      await expect(store.assign(9999, undefined, now)).rejects.toThrow(
        'No feedback with id 9999',
      );
      await expect(store.setTags(9999, ['x'], now)).rejects.toThrow(
        'No feedback with id 9999',
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'reads the titles of existing items in one batch, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const id = await add('Faster builds');
      expect(await store.titles([id, id + 100])).toEqual(
        new Map([[id, 'Faster builds']]),
      );
      expect(await store.titles([])).toEqual(new Map());
    },
  );

  it.each(databases.eachSupportedId())(
    'finds the items linked to a roadmap item or a changelog entry, on %p',
    async databaseId => {
      const { store, add } = await createStore(databaseId);
      const planned = await add('planned');
      const shipped = await add('shipped');
      await add('unlinked');
      await store.changeStatus(
        planned,
        'new',
        { status: 'planned', roadmapItemId: 7 },
        user('sven.eriksen'),
        now,
      );
      await store.changeStatus(
        shipped,
        'new',
        { status: 'planned', roadmapItemId: 7 },
        user('sven.eriksen'),
        now,
      );
      await store.changeStatus(
        shipped,
        'planned',
        { status: 'shipped', changelogEntryId: 3 },
        user('sven.eriksen'),
        now,
      );
      expect(await store.linkedTo({ roadmapItemId: 7 })).toEqual([
        planned,
        shipped,
      ]);
      expect(await store.linkedTo({ changelogEntryId: 3 })).toEqual([shipped]);
      expect(await store.linkedTo({ roadmapItemId: 8 })).toEqual([]);
    },
  );
});
