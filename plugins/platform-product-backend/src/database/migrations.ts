import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

export const migrationsDir = resolvePackagePath(
  'backstage-plugin-platform-product-backend',
  'migrations',
);

/** Opens the plugin's database and brings its schema up to date, unless migrations are skipped. */
export async function openDatabase(database: DatabaseService): Promise<Knex> {
  const client = await database.getClient();
  if (!database.migrations?.skip) {
    await client.migrate.latest({ directory: migrationsDir });
  }
  return client;
}
