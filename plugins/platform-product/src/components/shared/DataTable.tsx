import { useRef } from 'react';
import { Table, TableProps } from '@backstage/core-components';

/** A row of a `DataTable`: material-table needs an id to keep each row's state. */
export interface TableRow {
  id: string | number;
}

/**
 * A key that changes whenever `columns` or `data` is another array. material-table (in
 * development builds) warns that its columns are "static, but contain functions" on the first
 * update of any table whose columns render cells, whatever changed; a table mounted afresh for
 * each set of rows is never updated, so it has nothing to warn about.
 */
function useMountKey(columns: unknown, data: unknown): number {
  const last = useRef({ columns, data, key: 0 });
  if (last.current.columns !== columns || last.current.data !== data) {
    last.current = { columns, data, key: last.current.key + 1 };
  }
  return last.current.key;
}

/**
 * Backstage's `Table` for rows with ids, mounted afresh when its (memoised) columns or its rows
 * change: no material-table warnings. State that changes within a row (a vote) belongs in the
 * cell, so that the table keeps the focus.
 */
export function DataTable<T extends TableRow>(
  props: TableProps<T> & { data: T[] },
) {
  const key = useMountKey(props.columns, props.data);
  return <Table<T> key={key} {...props} />;
}

/**
 * The cell and header style of a column whose values must stay on one line ("9 votes",
 * "last month", a chip, a button): a fresh object for each column, as Backstage's `Table`
 * writes into the styles of highlighted columns.
 */
export const oneLine = () => ({
  cellStyle: { whiteSpace: 'nowrap' as const },
  headerStyle: { whiteSpace: 'nowrap' as const },
});
