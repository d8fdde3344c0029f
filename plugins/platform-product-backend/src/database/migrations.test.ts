import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import { migrationsDir, openDatabase } from './migrations';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(60_000);

describe('migrations', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  it.each(databases.eachSupportedId())(
    'go up and down cleanly on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDir });
      expect(await knex.schema.hasTable('platform_product_ratings')).toBe(true);

      await knex.migrate.rollback({ directory: migrationsDir }, true);
      expect(await knex.schema.hasTable('platform_product_ratings')).toBe(
        false,
      );
      expect(
        await knex.schema.hasTable('platform_product_rating_history'),
      ).toBe(false);

      await knex.migrate.latest({ directory: migrationsDir });
      expect(await knex.schema.hasTable('platform_product_ratings')).toBe(true);
    },
  );

  // Replicas share a database on PostgreSQL only; SQLite is for development.
  const postgres = databases
    .eachSupportedId()
    .filter(([id]) => id.startsWith('POSTGRES'));
  if (postgres.length) {
    it.each(postgres)(
      'brings up replicas that start together on an empty database, on %p',
      async databaseId => {
        const tablesOf = async (knex: Knex) =>
          (
            await knex('information_schema.tables')
              .where('table_schema', knex.raw('current_schema()'))
              .orderBy('table_name')
              .pluck('table_name')
          ).filter(name => name.startsWith('platform_product_'));
        const reference = await databases.init(databaseId);
        await reference.migrate.latest({ directory: migrationsDir });

        for (let round = 0; round < 3; round++) {
          const fresh = await databases.init(databaseId);
          // Four replicas, each with its own connection pool, start at the same moment.
          const others = [1, 2, 3].map(() => knexFactory(fresh.client.config));
          try {
            const opened = await Promise.allSettled(
              [fresh, ...others].map(knex =>
                openDatabase(mockServices.database({ knex })),
              ),
            );
            const failures = opened.flatMap(result =>
              result.status === 'rejected' ? [String(result.reason)] : [],
            );
            expect(failures).toEqual([]);
            expect(await tablesOf(fresh)).toEqual(await tablesOf(reference));
            const [, pending] = await fresh.migrate.list({
              directory: migrationsDir,
            });
            expect(pending).toEqual([]);
          } finally {
            await Promise.all(others.map(knex => knex.destroy()));
          }
        }
      },
    );
  }
});
