import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { migrationsDir } from './migrations';
import { SettingsStore } from './SettingsStore';

jest.setTimeout(60_000);

describe('SettingsStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function create(databaseId: any) {
    const db = await databases.init(databaseId);
    await db.migrate.latest({ directory: migrationsDir });
    return new SettingsStore(db);
  }

  it.each(databases.eachSupportedId())(
    'keeps the first value of a key, also when two writers race, on %p',
    async databaseId => {
      const store = await create(databaseId);
      const kept = await Promise.all([
        store.keep('anonymity-secret', 'first'),
        store.keep('anonymity-secret', 'second'),
      ]);
      expect(new Set(kept).size).toBe(1);
      expect(await store.keep('anonymity-secret', 'third')).toBe(kept[0]);
    },
  );

  it.each(databases.eachSupportedId())(
    'says which keys are present, and refuses to add one twice, on %p',
    async databaseId => {
      const store = await create(databaseId);
      await store.add('demo-seeded', '2026-12-01T00:00:00.000Z');
      expect(await store.present(['demo-seeded', 'other-seeded'])).toEqual(
        new Set(['demo-seeded']),
      );
      // The driver's error, which is not always an Error of the test's realm (SQLite in the
      // root run): matched by its message.
      await expect(store.add('demo-seeded', 'again')).rejects.toMatchObject({
        message: expect.stringMatching(/unique/i),
      });
    },
  );
});
