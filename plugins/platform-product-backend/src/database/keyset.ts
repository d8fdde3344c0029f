import { InputError } from '@backstage/errors';
import { Knex } from 'knex';

/** A list's order: columns in one direction, the last one unique (the tie-breaker). */
export interface KeysetOrder {
  columns: string[];
  direction: 'asc' | 'desc';
}

export interface KeysetPage {
  limit: number;
  offset: number;
  /** A previous page's `nextCursor`: the sort key of its last row. */
  cursor?: string;
}

/** At most this many matches are counted; past it a list says "more than". */
export const COUNT_CAP = 1000;

/**
 * Reads one page of `query` in `order`, starting after the cursor's row: with an index on the
 * order's columns the database seeks to that row instead of reading every row before it.
 * Returns the rows and, when the page is full, the cursor of its last row.
 */
export async function keysetPage<Row extends Record<string, unknown>>(
  query: Knex.QueryBuilder,
  order: KeysetOrder,
  page: KeysetPage,
): Promise<{ rows: Row[]; nextCursor?: string }> {
  const { columns, direction } = order;
  if (page.cursor !== undefined) {
    const after = decodeCursor(page.cursor, columns.length);
    const comparison = direction === 'desc' ? '<' : '>';
    const list = columns.map(() => '??').join(', ');
    const values = columns.map(() => '?').join(', ');
    query.whereRaw(`(${list}) ${comparison} (${values})`, [
      ...columns,
      ...after,
    ]);
  }
  const rows: Row[] = await query
    .orderBy(orderBy(order))
    .limit(page.limit)
    .offset(page.offset);
  const last = rows[rows.length - 1];
  return {
    rows,
    nextCursor:
      last && rows.length === page.limit
        ? encodeCursor(columns.map(column => last[unqualified(column)]))
        : undefined,
  };
}

/** The order as knex's `orderBy` takes it. */
export function orderBy({ columns, direction }: KeysetOrder) {
  return columns.map(column => ({ column, order: direction }));
}

/**
 * Counts the rows of `matches` up to COUNT_CAP; past it, says "more than" (an exact count
 * would read every match).
 */
export async function cappedCount(
  db: Knex,
  matches: Knex.QueryBuilder,
): Promise<{ totalCount: number; moreThanTotal?: boolean }> {
  const [{ count }] = await db
    .from(matches.limit(COUNT_CAP + 1).as('matches'))
    .count({ count: '*' });
  return Number(count) > COUNT_CAP
    ? { totalCount: COUNT_CAP, moreThanTotal: true }
    : { totalCount: Number(count) };
}

function unqualified(column: string) {
  return column.slice(column.lastIndexOf('.') + 1);
}

export function encodeCursor(values: unknown[]): string {
  const key = values.map(v => (typeof v === 'string' ? v : Number(v)));
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string, length: number): (string | number)[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const valid =
    Array.isArray(key) &&
    key.length === length &&
    key.every(
      v => typeof v === 'string' || (typeof v === 'number' && isFinite(v)),
    );
  if (!valid) {
    throw new InputError(
      'Invalid query: cursor: must be a nextCursor from a previous page of this list',
    );
  }
  return key as (string | number)[];
}
