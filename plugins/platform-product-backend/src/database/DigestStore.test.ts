import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { DigestStore } from './DigestStore';
import { migrationsDir } from './migrations';

jest.setTimeout(60_000);

const JANE = 'user:default/jane';
const OMAR = 'user:default/omar';
const WEEK = '2026-12-14';
const at = (minute: number) => new Date(Date.UTC(2026, 11, 14, 9, minute, 0));

describe('DigestStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function create(databaseId: any) {
    const db = await databases.init(databaseId);
    await db.migrate.latest({ directory: migrationsDir });
    return new DigestStore(db);
  }

  describe('claim', () => {
    it.each(databases.eachSupportedId())(
      'gives a person and week to one claimant, on %p',
      async databaseId => {
        const store = await create(databaseId);
        const claims = await Promise.all(
          [1, 2, 3].map(() => store.claim(WEEK, JANE, at(0), at(-15))),
        );
        expect(claims.filter(Boolean)).toHaveLength(1);
        expect(await store.claim('2026-12-21', JANE, at(0), at(-15))).toBe(
          true,
        );
      },
    );

    it.each(databases.eachSupportedId())(
      'takes over a stale claim once, never a completed one, on %p',
      async databaseId => {
        const store = await create(databaseId);
        await store.claim(WEEK, JANE, at(0), at(-15));
        await store.claim(WEEK, OMAR, at(0), at(-15));
        await store.complete(WEEK, OMAR, 'sent', at(1));
        // 20 minutes later, claims from before minute 5 are stale.
        const retries = await Promise.all([
          store.claim(WEEK, JANE, at(20), at(5)),
          store.claim(WEEK, JANE, at(20), at(5)),
        ]);
        expect(retries.filter(Boolean)).toHaveLength(1);
        expect(await store.claim(WEEK, OMAR, at(20), at(5))).toBe(false);
      },
    );
  });

  describe('pending', () => {
    it.each(databases.eachSupportedId())(
      'lists the people the week still owes, on %p',
      async databaseId => {
        const store = await create(databaseId);
        const ALEX = 'user:default/alex';
        await store.claim(WEEK, JANE, at(0), at(-15));
        await store.claim(WEEK, OMAR, at(0), at(-15));
        await store.complete(WEEK, OMAR, 'empty', at(0));
        expect(await store.pending(WEEK, [ALEX, JANE, OMAR], at(-15))).toEqual([
          ALEX,
        ]);
        // Jane's claim is stale 20 minutes on; Omar's week is done.
        expect(await store.pending(WEEK, [ALEX, JANE, OMAR], at(5))).toEqual([
          ALEX,
          JANE,
        ]);
        expect(await store.countWeek(WEEK)).toBe(2);
        expect(await store.outcomes(WEEK)).toEqual(
          new Map([
            [JANE, null],
            [OMAR, 'empty'],
          ]),
        );
      },
    );
  });

  describe('release', () => {
    it.each(databases.eachSupportedId())(
      'gives back an unfinished claim only, on %p',
      async databaseId => {
        const store = await create(databaseId);
        await store.claim(WEEK, JANE, at(0), at(-15));
        await store.claim(WEEK, OMAR, at(0), at(-15));
        await store.complete(WEEK, OMAR, 'sent', at(0));
        await store.release(WEEK, JANE);
        await store.release(WEEK, OMAR);
        expect(await store.outcomes(WEEK)).toEqual(new Map([[OMAR, 'sent']]));
      },
    );
  });

  describe('setEnabled', () => {
    it.each(databases.eachSupportedId())(
      'keeps each person’s choice, enabled by default, on %p',
      async databaseId => {
        const store = await create(databaseId);
        expect(await store.isEnabled(JANE)).toBe(true);
        await store.setEnabled(JANE, false, at(0));
        await store.setEnabled(OMAR, false, at(0));
        await store.setEnabled(OMAR, true, at(1));
        expect(await store.isEnabled(JANE)).toBe(false);
        expect(await store.mutedAmong([JANE, OMAR])).toEqual(new Set([JANE]));
      },
    );
  });
});
