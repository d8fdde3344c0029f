import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { migrationsDir } from './migrations';
import { ResearchNoteFields, ResearchStore } from './ResearchStore';

jest.setTimeout(60_000);

const now = new Date('2026-12-15T10:00:00Z');
const CHECKOUT = 'group:default/checkout';
const SEARCH = 'group:default/search';
const CI = 'component:default/ci-pipelines';
const DEPLOY = 'component:default/deploy';
const SVEN = 'user:default/sven.eriksen';
const LIAM = 'user:default/liam.walsh';
const FIRST_PAGE = { limit: 25, offset: 0 };

function note(overrides: Partial<ResearchNoteFields> = {}): ResearchNoteFields {
  return {
    kind: 'interview',
    title: 'Interview with a checkout developer',
    date: new Date('2026-12-10T00:00:00Z'),
    teamRefs: [CHECKOUT],
    toolRefs: [CI],
    agreedToBeNamed: false,
    frictionPoints: ['Waits for CI'],
    toolsUsed: ['CI pipelines'],
    contextSwitches: 7,
    minutesWaiting: 35,
    quotes: [{ text: 'I wish builds were faster' }, { text: 'Logs are lost' }],
    painPoints: ['Flaky tests'],
    surprises: [],
    assumptions: [{ text: 'People read the docs', result: 'contradicted' }],
    actions: ['Cache dependencies'],
    body: '## Notes\nLong waits.',
    ...overrides,
  };
}

describe('ResearchStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: any) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    return { knex, store: new ResearchStore(knex) };
  }

  describe('create and get', () => {
    it.each(databases.eachSupportedId())(
      'keeps every field, and the interviewee only when they agreed to be named, on %p',
      async databaseId => {
        const { store } = await createStore(databaseId);
        const anonymous = await store.create(
          note({ intervieweeRef: LIAM }),
          SVEN,
          now,
        );
        const named = await store.create(
          note({ agreedToBeNamed: true, intervieweeRef: LIAM }),
          SVEN,
          now,
        );
        const got = await store.get(anonymous);
        expect(got).toEqual({
          ...note(),
          id: anonymous,
          date: '2026-12-10T00:00:00.000Z',
          quotes: [
            { id: expect.any(Number), text: 'I wish builds were faster' },
            { id: expect.any(Number), text: 'Logs are lost' },
          ],
          authorRef: SVEN,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
          version: 1,
        });
        expect(got).not.toHaveProperty('intervieweeRef');
        expect((await store.get(named))?.intervieweeRef).toBe(LIAM);
        expect(await store.get(named + 100)).toBeUndefined();
      },
    );
  });

  describe('update', () => {
    it.each(databases.eachSupportedId())(
      'keeps the ids of kept quotes, refuses a stale version (409) and an unknown note (404), on %p',
      async databaseId => {
        const { store } = await createStore(databaseId);
        const id = await store.create(note(), SVEN, now);
        const [first, second] = (await store.get(id))!.quotes;
        const later = new Date('2026-12-16T10:00:00Z');
        await store.update(
          id,
          1,
          note({
            teamRefs: [SEARCH],
            quotes: [
              { id: second.id, text: 'Logs are lost, always' },
              { text: 'I wish for one dashboard' },
            ],
          }),
          later,
        );
        const updated = (await store.get(id))!;
        expect(updated.version).toBe(2);
        expect(updated.teamRefs).toEqual([SEARCH]);
        expect(updated.updatedAt).toBe(later.toISOString());
        expect(updated.quotes).toEqual([
          { id: second.id, text: 'Logs are lost, always' },
          { id: expect.any(Number), text: 'I wish for one dashboard' },
        ]);
        expect(updated.quotes.map(q => q.id)).not.toContain(first.id);
        await expect(store.update(id, 1, note(), later)).rejects.toMatchObject({
          name: 'ConflictError',
        });
        await expect(
          store.update(id + 100, 1, note(), later),
        ).rejects.toMatchObject({ name: 'NotFoundError' });
      },
    );
  });

  describe('list', () => {
    it.each(databases.eachSupportedId())(
      'filters by kind, team, tool, author and title words, newest research first, paged by cursor, on %p',
      async databaseId => {
        const { store } = await createStore(databaseId);
        const day = (d: number) => new Date(Date.UTC(2026, 11, d));
        const a = await store.create(note({ date: day(1) }), SVEN, now);
        const b = await store.create(
          note({
            kind: 'shadowing',
            date: day(3),
            teamRefs: [SEARCH],
            toolRefs: [DEPLOY],
            quotes: [],
          }),
          LIAM,
          now,
        );
        const c = await store.create(note({ date: day(2) }), SVEN, now);
        const ids = async (filter: object) =>
          (await store.list({ ...FIRST_PAGE, ...filter })).items.map(n => n.id);
        expect(await ids({})).toEqual([b, c, a]);
        expect(await ids({ kind: 'shadowing' })).toEqual([b]);
        expect(await ids({ teamRef: CHECKOUT })).toEqual([c, a]);
        expect(await ids({ toolRef: DEPLOY })).toEqual([b]);
        expect(await ids({ authorRef: LIAM })).toEqual([b]);
        expect(await ids({ q: 'CHECKOUT dev', kind: 'interview' })).toEqual([
          c,
          a,
        ]);
        const first = await store.list({ limit: 2, offset: 0 });
        expect(first).toMatchObject({ totalCount: 3 });
        expect(first.items.map(n => [n.id, n.quoteCount])).toEqual([
          [b, 0],
          [c, 2],
        ]);
        expect(first.items[0].teamRefs).toEqual([SEARCH]);
        expect(await ids({ limit: 2, cursor: first.nextCursor })).toEqual([a]);
      },
    );
  });

  describe('asEvidence and delete', () => {
    it.each(databases.eachSupportedId())(
      'reads existing notes with teams and quotes; deleting a note takes its quotes along, on %p',
      async databaseId => {
        const { knex, store } = await createStore(databaseId);
        const id = await store.create(
          note({ agreedToBeNamed: true, intervieweeRef: LIAM }),
          SVEN,
          now,
        );
        const found = await store.asEvidence([id, id, id + 100]);
        expect([...found.keys()]).toEqual([id]);
        expect(found.get(id)).toMatchObject({
          title: 'Interview with a checkout developer',
          teamRefs: [CHECKOUT],
          intervieweeRef: LIAM,
        });
        expect([...found.get(id)!.quotes.values()]).toEqual([
          'I wish builds were faster',
          'Logs are lost',
        ]);
        expect(await store.delete(id)).toBe(true);
        expect(await store.delete(id)).toBe(false);
        expect(await knex('platform_product_research_quotes')).toEqual([]);
        expect(await knex('platform_product_research_teams')).toEqual([]);
      },
    );
  });

  describe('namedIntervieweesOf', () => {
    it.each(databases.eachSupportedId())(
      'gives the interviewees who agreed to be named, and nobody else, on %p',
      async databaseId => {
        const { knex, store } = await createStore(databaseId);
        const named = await store.create(
          note({ agreedToBeNamed: true, intervieweeRef: LIAM }),
          SVEN,
          now,
        );
        const unnamed = await store.create(
          note({ intervieweeRef: SVEN }),
          SVEN,
          now,
        );
        const nobody = await store.create(note(), SVEN, now);

        const interviewees = (ids: number[]) =>
          knex.transaction(tx => store.namedIntervieweesOf(tx, ids));
        expect(
          await interviewees([named, named, unnamed, nobody, named + 100]),
        ).toEqual([LIAM]);
        expect(await interviewees([])).toEqual([]);
      },
    );
  });

  describe('searchPage', () => {
    it.each(databases.eachSupportedId())(
      'pages through every note with its body and quotes, on %p',
      async databaseId => {
        const { store } = await createStore(databaseId);
        await store.create(note({ title: 'One' }), SVEN, now);
        await store.create(
          note({ title: 'Two', date: new Date('2026-12-11T00:00:00Z') }),
          SVEN,
          now,
        );
        const first = await store.searchPage({ limit: 1, offset: 0 });
        expect(first.items).toEqual([
          expect.objectContaining({
            title: 'Two',
            body: '## Notes\nLong waits.',
            quotes: ['I wish builds were faster', 'Logs are lost'],
          }),
        ]);
        const second = await store.searchPage({
          limit: 1,
          offset: 0,
          cursor: first.nextCursor,
        });
        expect(second.items.map(n => n.title)).toEqual(['One']);
      },
    );
  });
});
