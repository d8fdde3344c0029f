import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { ChangelogOutboxStore } from './ChangelogOutboxStore';
import { ChangelogFields, ChangelogStore } from './ChangelogStore';
import { migrationsDir } from './migrations';

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-20T10:00:00Z');
const at = (days: number) => new Date(now.getTime() + days * DAY);
const SVEN = 'user:default/sven.eriksen';
const FIRST_PAGE = { limit: 25, offset: 0 };
const CI = 'component:default/ci-pipelines';
const DEPLOY = 'system:default/deploy';
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => `user:default/person-${i}`);

function fields(overrides: Partial<ChangelogFields> = {}): ChangelogFields {
  return {
    title: 'Faster builds',
    body: 'Caches are **on**.',
    category: 'improved',
    toolRefs: [CI],
    roadmapItemIds: [],
    earlyAccess: false,
    ...overrides,
  };
}

describe('ChangelogStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: any) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    const store = new ChangelogStore(knex);
    const post = async (
      overrides: Partial<ChangelogFields>,
      publishedAt: Date,
      audience: string[] = [],
    ) => {
      const id = await store.create(fields(overrides), 'draft', SVEN, at(-30));
      await store.publish(id, audience, SVEN, publishedAt);
      return id;
    };
    return { store, outbox: new ChangelogOutboxStore(knex), post };
  }

  it.each(databases.eachSupportedId())(
    'searches published and unpublished entries by title words, on %p',
    async databaseId => {
      const { store, post } = await createStore(databaseId);
      const caches = await post({ title: 'Faster CI caches' }, at(-2));
      await post({ title: 'Canary deploys' }, at(-1));
      const draft = await store.create(
        fields({ title: 'Caches for Gradle' }),
        'draft',
        SVEN,
        now,
      );
      const published = await store.listPublished(
        {
          search: 'ci caches',
          includeEarlyAccess: false,
          limit: 10,
          offset: 0,
        },
        now,
      );
      expect(published.items.map(e => e.title)).toEqual(['Faster CI caches']);
      expect(published.totalCount).toBe(1);
      const unpublished = (q: string) =>
        store.listUnpublished({ q, limit: 10, offset: 0 });
      const drafts = await unpublished('gradle CACHES');
      expect(drafts.items.map(e => e.title)).toEqual(['Caches for Gradle']);
      expect((await unpublished('canary')).items).toEqual([]);
      // A draft's title is for nobody but its writers: titles resolve published entries only.
      expect(
        await store.titles([caches, draft, draft + 100], {
          includeEarlyAccess: true,
          now,
        }),
      ).toEqual(new Map([[caches, 'Faster CI caches']]));
    },
  );

  it.each(databases.eachSupportedId())(
    'lists published entries newest first, by tool and category, hiding early access, on %p',
    async databaseId => {
      const { store, post } = await createStore(databaseId);
      const old = await post({ title: 'old', category: 'fixed' }, at(-20));
      const deploy = await post(
        { title: 'deploy', toolRefs: [DEPLOY] },
        at(-10),
      );
      const preview = await post(
        { title: 'preview', earlyAccess: true },
        at(-5),
      );
      const ended = await post(
        { title: 'ended', earlyAccess: true, earlyAccessUntil: at(-1) },
        at(-3),
      );
      await store.create(fields({ title: 'draft' }), 'draft', SVEN, now);
      const deleted = await post({ title: 'deleted' }, at(-2));
      await store.delete(deleted, SVEN, now, async () => {});

      const titles = async (filter: object) =>
        (
          await store.listPublished(
            { includeEarlyAccess: false, limit: 10, offset: 0, ...filter },
            now,
          )
        ).items.map(e => e.title);
      expect(await titles({})).toEqual(['ended', 'deploy', 'old']);
      expect(await titles({ includeEarlyAccess: true })).toEqual([
        'ended',
        'preview',
        'deploy',
        'old',
      ]);
      expect(await titles({ toolRefs: [DEPLOY] })).toEqual(['deploy']);
      expect(await titles({ category: 'fixed' })).toEqual(['old']);
      // Linked titles follow the same rule, in one read.
      const linked = (includeEarlyAccess: boolean) =>
        store.titles([preview, ended, deleted], { includeEarlyAccess, now });
      expect(await linked(false)).toEqual(new Map([[ended, 'ended']]));
      expect(await linked(true)).toEqual(
        new Map([
          [preview, 'preview'],
          [ended, 'ended'],
        ]),
      );
      const page = await store.listPublished(
        { includeEarlyAccess: true, limit: 2, offset: 2 },
        now,
      );
      expect(page).toMatchObject({ totalCount: 4 });
      expect(page.items.map(e => e.id)).toEqual([deploy, old]);

      // Every public entry, a page at a time, for search.
      const first = await store.pagePublic({ limit: 2 }, now);
      expect(first.items.map(e => e.title)).toEqual(['old', 'deploy']);
      const second = await store.pagePublic(
        { limit: 2, cursor: first.nextCursor },
        now,
      );
      expect(second.items.map(e => e.title)).toEqual(['ended']);
      expect(second.nextCursor).toBeUndefined();
      expect(await store.countPublishedSince(at(-6), false, now)).toBe(1);
      expect(await store.countPublishedSince(at(-6), true, now)).toBe(2);
      expect((await store.get(preview))?.earlyAccess).toBe(true);
      expect((await store.get(ended))?.earlyAccessUntil).toBe(
        at(-1).toISOString(),
      );
      expect(await store.get(deleted)).toBeUndefined();
      const revisions = await store.revisions(deleted, FIRST_PAGE);
      expect(revisions.items.map(r => r.action)).toEqual([
        'deleted',
        'published',
        'created',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses stale versions and keeps every revision, on %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      const id = await store.create(fields(), 'draft', SVEN, now);
      await store.update(
        id,
        1,
        fields({ title: 'Faster builds, now' }),
        'scheduled',
        SVEN,
        now,
      );
      await expect(
        store.update(id, 1, fields({ title: 'stale' }), undefined, SVEN, now),
      ).rejects.toThrow(`Changelog entry ${id} was changed by someone else`);
      await expect(
        store.update(999, 1, fields(), undefined, SVEN, now),
      ).rejects.toThrow('No changelog entry with id 999');
      expect(await store.get(id)).toMatchObject({
        title: 'Faster builds, now',
        status: 'scheduled',
        version: 2,
      });
      const newest = await store.revisions(id, { limit: 1, offset: 0 });
      expect(newest.items.map(r => [r.action, r.title])).toEqual([
        ['updated', 'Faster builds, now'],
      ]);
      const older = await store.revisions(id, {
        limit: 1,
        offset: 0,
        cursor: newest.nextCursor,
      });
      expect(older.items.map(r => [r.action, r.title])).toEqual([
        ['created', 'Faster builds'],
      ]);
      expect(older.totalCount).toBe(2);
    },
  );

  it.each(databases.eachSupportedId())(
    'publishes once and hands each notification to exactly one sender, on %p',
    async databaseId => {
      const { store, outbox } = await createStore(databaseId);
      const id = await store.create(fields(), 'scheduled', SVEN, now);
      const audience = people(1200);
      // Two replicas publish the same due entry at once: one wins, the outbox is filled once.
      const results = await Promise.all([
        store.publish(id, audience, SVEN, now),
        store.publish(id, audience, SVEN, now),
      ]);
      expect(results.sort()).toEqual([false, true]);
      expect(await store.duePublications(at(1))).toEqual([]);

      const [first, second] = await Promise.all([
        outbox.claimDeliveries(now, at(-1), 700),
        outbox.claimDeliveries(now, at(-1), 700),
      ]);
      const claimed = [...first, ...second].map(d => d.userRef);
      expect(claimed).toHaveLength(1200);
      expect(new Set(claimed).size).toBe(1200);

      expect(await outbox.deliveryReport(id)).toEqual({
        sent: 0,
        pending: 1200,
        failed: 0,
      });
      await outbox.markDelivered(first, now);
      await outbox.releaseDeliveries(second, now);
      expect(await outbox.deliveryReport(id)).toEqual({
        sent: first.length,
        pending: 0,
        failed: second.length,
      });
      const retried = await outbox.claimDeliveries(now, at(-1), 2000);
      expect(retried).toHaveLength(second.length);
      await outbox.markDelivered(retried.slice(0, 10), now);
      expect(await outbox.deliveryReport(id)).toMatchObject({
        sent: first.length + 10,
        failed: second.length - 10,
      });
      // A sender that died: its claim goes stale and another sender takes it over.
      expect(await outbox.claimDeliveries(at(0.5), at(-1), 2000)).toEqual([]);
      expect(await outbox.claimDeliveries(at(0.5), at(0.1), 2000)).toHaveLength(
        second.length - 10,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'publishes, queues and runs the rest of the unit of work in one transaction, on %p',
    async databaseId => {
      const { store, outbox } = await createStore(databaseId);
      const id = await store.create(fields(), 'scheduled', SVEN, now);
      const failing = jest.fn(async () => {
        throw new Error('shipping failed');
      });
      await expect(
        store.publish(id, people(3), SVEN, now, failing),
      ).rejects.toThrow('shipping failed');
      expect(failing).toHaveBeenCalledWith(expect.anything(), id);
      expect((await store.get(id))?.status).toBe('scheduled');
      expect(await outbox.claimDeliveries(now, at(-1), 10)).toEqual([]);
      expect(
        (await store.revisions(id, FIRST_PAGE)).items.map(r => r.action),
      ).toEqual(['created']);

      const alongside = jest.fn(async () => {});
      expect(await store.publish(id, people(3), SVEN, now, alongside)).toBe(
        true,
      );
      expect(await store.publish(id, people(3), SVEN, now, alongside)).toBe(
        false,
      );
      expect(alongside).toHaveBeenCalledTimes(1);
      expect(await outbox.claimDeliveries(now, at(-1), 10)).toHaveLength(3);

      // Created as published: one transaction for both, or neither.
      await expect(
        store.create(fields({ title: 'Both' }), 'draft', SVEN, now, undefined, {
          audience: people(2),
          alongside: failing,
        }),
      ).rejects.toThrow('shipping failed');
      expect((await store.listUnpublished(FIRST_PAGE)).items).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts one helpful mark per person, and keeps one seen marker each, on %p',
    async databaseId => {
      const { store, post } = await createStore(databaseId);
      const id = await post({}, now);
      await Promise.all(
        Array.from({ length: 8 }, () => store.react(id, SVEN, true, now)),
      );
      await store.react(id, 'user:default/liam', true, now);
      expect((await store.get(id))?.helpfulCount).toBe(2);
      await store.react(id, SVEN, false, now);
      expect((await store.get(id))?.helpfulCount).toBe(1);
      expect(await store.helpfulFor([id], 'user:default/liam')).toEqual(
        new Set([id]),
      );
      const draft = await store.create(fields(), 'draft', SVEN, now);
      await expect(store.react(draft, SVEN, true, now)).rejects.toThrow(
        `No published changelog entry with id ${draft}`,
      );

      expect(await store.seenAt(SVEN)).toBeUndefined();
      await store.markSeen(SVEN, at(-1));
      await store.markSeen(SVEN, now);
      expect(await store.seenAt(SVEN)).toEqual(now);
    },
  );

  describe('readers and reachSince', () => {
    it.each(databases.eachSupportedId())(
      'counts who of the audience opened the changelog after publication, per entry and overall, on %p',
      async databaseId => {
        const { store, post } = await createStore(databaseId);
        const [ann, bob, cai, dee] = people(4);
        await store.markSeen(ann, at(-3)); // before: not read
        const first = await post({ title: 'first' }, at(-2), [ann, bob, cai]);
        const second = await post({ title: 'second' }, at(-1), [bob, dee]);
        await store.markSeen(bob, at(-1.5)); // read the first, not the second
        await store.markSeen(cai, at(0));
        const draft = await store.create(fields(), 'draft', SVEN, at(-1));

        expect(
          (await store.readers(first)).sort((a, b) =>
            a.userRef.localeCompare(b.userRef),
          ),
        ).toEqual([
          { userRef: ann, read: false },
          { userRef: bob, read: true },
          { userRef: cai, read: true },
        ]);
        expect(await store.readers(second)).toEqual(
          expect.arrayContaining([
            { userRef: bob, read: false },
            { userRef: dee, read: false },
          ]),
        );
        expect(await store.readers(draft)).toEqual([]);

        const reach = await store.reachSince(at(-2));
        expect(
          reach.sort(
            (a, b) => a.publishedAt.getTime() - b.publishedAt.getTime(),
          ),
        ).toEqual([
          { publishedAt: at(-2), audience: 3, readers: 2 },
          { publishedAt: at(-1), audience: 2, readers: 0 },
        ]);
        expect(await store.reachSince(at(-1.5))).toHaveLength(1);
      },
    );
  });
  it.each(databases.eachSupportedId())(
    'searches published titles and bodies case-insensitively, with LIKE characters taken literally, on %p',
    async databaseId => {
      const { store, post } = await createStore(databaseId);
      const rotate = await post({ title: 'Secrets ROTATE', body: '' }, at(-2));
      const cache = await post(
        { title: 'Cache', body: 'Hits at 100% for CI_ALL \\ more' },
        at(-1),
      );
      const search = async (text: string) =>
        (
          await store.listPublished(
            { search: text, includeEarlyAccess: true, limit: 10, offset: 0 },
            now,
          )
        ).items.map(e => e.id);
      expect(await search('rotate')).toEqual([rotate]);
      expect(await search('100%')).toEqual([cache]);
      expect(await search('ci_all')).toEqual([cache]);
      expect(await search('_')).toEqual([cache]);
      expect(await search('\\')).toEqual([cache]);
      expect(await search('secrets%rotate')).toEqual([]);
    },
  );
});
