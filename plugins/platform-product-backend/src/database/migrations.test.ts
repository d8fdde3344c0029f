import { TestDatabases } from '@backstage/backend-test-utils';
import { migrationsDir } from './migrations';
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
});
