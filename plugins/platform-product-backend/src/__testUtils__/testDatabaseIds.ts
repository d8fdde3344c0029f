import { TestDatabaseId } from '@backstage/backend-test-utils';

/**
 * The databases store tests run on. By default SQLite, plus PostgreSQL 15 when
 * BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING points at a server (scripts/test
 * starts one). PLATFORM_PRODUCT_TEST_DATABASES narrows the list, e.g. to POSTGRES_15 only.
 */
export function testDatabaseIds(): TestDatabaseId[] {
  const all: TestDatabaseId[] = ['SQLITE_3', 'POSTGRES_15'];
  const only = process.env.PLATFORM_PRODUCT_TEST_DATABASES;
  return only ? all.filter(id => only.split(',').includes(id)) : all;
}
