import { InputError } from '@backstage/errors';
import { Knex } from 'knex';

/** A list's order: columns in one direction, the last one unique (the tie-breaker). */
export interface KeysetOrder {
  columns: string[];
  direction: 'asc' | 'desc';
  /** The columns that hold text. */
  textColumns?: string[];
  /** The columns that hold a timestamp; every other column holds an integer. */
  dateColumns?: string[];
  /** The integer columns that are bigints (larger than a 4-byte integer). */
  bigintColumns?: string[];
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
    const after = decodeCursor(page.cursor, order);
    const comparison = direction === 'desc' ? '<' : '>';
    const list = columns.map(() => '??').join(', ');
    const values = columns.map(() => '?').join(', ');
    query.whereRaw(`(${list}) ${comparison} (${values})`, [
      ...columns,
      ...after.map((value, i) =>
        isDate(order, columns[i]) ? new Date(value) : value,
      ),
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
        ? encodeCursor(order, column => last[unqualified(column)])
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

/**
 * The cursor of a row: its sort key (PostgreSQL returns big integers as strings), timestamps
 * as milliseconds since the epoch.
 */
function encodeCursor(
  order: KeysetOrder,
  valueOf: (column: string) => unknown,
): string {
  const key = order.columns.map(column => {
    const value = valueOf(column);
    if (isText(order, column)) return String(value);
    return isDate(order, column)
      ? new Date(value as string | number | Date).getTime()
      : Number(value);
  });
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function isText(order: KeysetOrder, column: string): boolean {
  return order.textColumns?.includes(column) ?? false;
}

function isDate(order: KeysetOrder, column: string): boolean {
  return order.dateColumns?.includes(column) ?? false;
}

/** The largest value of an integer column: a 4-byte integer's, or a safe integer for bigints. */
function maxIntegerOf(order: KeysetOrder, column: string): number {
  return order.bigintColumns?.includes(column)
    ? Number.MAX_SAFE_INTEGER
    : 2_147_483_647;
}

/** Milliseconds from 1970 to the end of 9999, the dates the schemas accept. */
const MAX_TIME = 253_402_300_799_999;

/**
 * The sort key in a cursor, each value of its column's type: the database would refuse a value
 * of another type (or out of an integer column's range) with an error instead of a page.
 */
function decodeCursor(cursor: string, order: KeysetOrder): (string | number)[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const fits = (value: unknown, column: string) => {
    if (isText(order, column)) {
      return (
        typeof value === 'string' &&
        value.length <= 255 &&
        !value.includes('\0')
      );
    }
    const max = isDate(order, column) ? MAX_TIME : maxIntegerOf(order, column);
    return Number.isInteger(value) && Math.abs(value as number) <= max;
  };
  const valid =
    Array.isArray(key) &&
    key.length === order.columns.length &&
    key.every((value, i) => fits(value, order.columns[i]));
  if (!valid) {
    throw new InputError(
      'Invalid query: cursor: must be a nextCursor from a previous page of this list',
    );
  }
  return key as (string | number)[];
}
