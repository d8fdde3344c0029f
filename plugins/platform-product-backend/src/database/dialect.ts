import { Knex } from 'knex';

/*
 * The few places where SQLite (development, tests) and PostgreSQL (production) differ, in one
 * file so that the stores read the same on both.
 */

export function isSqlite(db: Knex): boolean {
  return String(db.client.config.client).includes('sqlite');
}

/** The id of the first row of `insert(…).returning('id')`: an object on PostgreSQL, a value on SQLite. */
export function insertedId([row]: unknown[]): number {
  return Number(
    typeof row === 'object' && row ? (row as { id: unknown }).id : row,
  );
}

/**
 * Locks the selected rows until the transaction ends. SQLite has no row locks, but a write
 * transaction there holds the whole database, which serialises writers just the same.
 */
export function forUpdate(
  tx: Knex.Transaction,
  query: Knex.QueryBuilder,
): Knex.QueryBuilder {
  return isSqlite(tx) ? query : query.forUpdate();
}

/**
 * Keeps the selected rows from being deleted until the transaction ends, for a write that links
 * to them: a delete locks its row `forUpdate` first, so one of the two waits for the other and
 * then sees what it did. Ordinary reads are not blocked (PostgreSQL's `FOR KEY SHARE`); SQLite's
 * write transactions are serial already.
 */
export function forKeyShare(
  tx: Knex.Transaction,
  query: Knex.QueryBuilder,
): Knex.QueryBuilder {
  return isSqlite(tx) ? query : query.forKeyShare();
}

/** PostgreSQL's unique_violation, or SQLite's UNIQUE constraint error. */
export function isUniqueViolation(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint failed/.test(message ?? '')
  );
}

/**
 * Serialises the transactions that pass the same `key` until they end: a PostgreSQL
 * transaction-scoped advisory lock (SQLite's write transactions are serial already). Shared
 * holders run side by side and only wait for (and hold off) an exclusive holder.
 */
export async function lockKey(
  tx: Knex.Transaction,
  key: string,
  mode: 'exclusive' | 'shared' = 'exclusive',
) {
  if (!isSqlite(tx)) {
    const lock =
      mode === 'shared'
        ? 'pg_advisory_xact_lock_shared'
        : 'pg_advisory_xact_lock';
    await tx.raw(`select ${lock}(hashtextextended(?, 0))`, [key]);
  }
}

/**
 * Runs an insert (e.g. one with `onConflict().ignore()`) and says how many rows it inserted,
 * without `returning` every row.
 */
export async function insertedCount(
  tx: Knex.Transaction,
  insert: Knex.QueryBuilder,
): Promise<number> {
  const { sql, bindings } = insert.toSQL();
  const result = await tx.raw(sql, bindings);
  return Number(isSqlite(tx) ? result.changes : result.rowCount);
}

/** SQL for the seconds between two timestamp expressions. */
export function secondsBetween(db: Knex, later: string, earlier: string) {
  return isSqlite(db)
    ? `((${later}) - (${earlier})) / 1000.0`
    : `extract(epoch from (${later} - ${earlier}))`;
}

/** SQL for "YYYY-Qn" of a timestamp column. */
export function quarterOf(db: Knex, column: string) {
  return isSqlite(db)
    ? `strftime('%Y', ${column} / 1000, 'unixepoch') || '-Q' || ((cast(strftime('%m', ${column} / 1000, 'unixepoch') as integer) + 2) / 3)`
    : `to_char(${column} at time zone 'UTC', 'YYYY-"Q"Q')`;
}
