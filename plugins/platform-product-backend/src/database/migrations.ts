import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

export const migrationsDir = resolvePackagePath(
  'backstage-plugin-platform-product-backend',
  'migrations',
);

/** The advisory lock that replicas take turns on while migrating: "pp-m" in ASCII. */
const MIGRATION_LOCK = 0x70702d6d;

/** Opens the plugin's database and brings its schema up to date, unless migrations are skipped. */
export async function openDatabase(database: DatabaseService): Promise<Knex> {
  const client = await database.getClient();
  if (!database.migrations?.skip) {
    await migrateLatest(client);
  }
  return client;
}

/**
 * Runs the pending migrations. Replicas starting together on PostgreSQL take turns: each
 * migrates in one transaction that first takes an advisory lock, so the next one waits and then
 * finds nothing left to do (without it, both create `knex_migrations` at once and one fails, or
 * finds knex's migration lock taken). The lock goes with the transaction, also when the process
 * dies, and a failed migration undoes all of the run. Migrations must therefore be able to run
 * in a transaction (no `CREATE INDEX CONCURRENTLY`).
 */
export async function migrateLatest(client: Knex): Promise<void> {
  if (client.client.config.client !== 'pg') {
    await client.migrate.latest({ directory: migrationsDir });
    return;
  }
  await client.transaction(async tx => {
    await tx.raw('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    await tx.migrate.latest({ directory: migrationsDir });
  });
}
