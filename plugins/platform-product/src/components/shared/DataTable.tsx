import { useMemo, useRef } from 'react';
import { Table, TableProps } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core';

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
 * Cells break lines between words, not inside them. Backstage's theme lets table cells break
 * anywhere (`word-break: break-word`), so that narrow columns show one letter per line
 * ("Platfor" / "m"); a word still breaks when it is wider than the whole table would allow.
 */
export const wholeWords = {
  wordBreak: 'normal',
  overflowWrap: 'break-word',
} as const;

/**
 * For a plain MUI `Table`: cells break between words only, and links never break. A link to an
 * entity shows its ref ("ahmed.farouk") until the catalog answers, or for good if the catalog
 * no longer knows it, and a ref has no space to break at.
 */
export const useWholeWordsTableStyles = makeStyles({
  table: { '& th, & td': wholeWords, '& td a': { whiteSpace: 'nowrap' } },
});

/**
 * Backstage's `Table` for rows with ids, mounted afresh when its (memoised) columns or its rows
 * change: no material-table warnings. State that changes within a row (a vote) belongs in the
 * cell, so that the table keeps the focus. Cells break lines between words only.
 */
export function DataTable<T extends TableRow>(
  props: TableProps<T> & { data: T[] },
) {
  const columns = useMemo(
    () =>
      props.columns.map(column => ({
        ...column,
        headerStyle: { ...wholeWords, ...column.headerStyle },
        cellStyle:
          typeof column.cellStyle === 'function'
            ? column.cellStyle
            : { ...wholeWords, ...column.cellStyle },
      })),
    [props.columns],
  );
  const key = useMountKey(columns, props.data);
  return <Table<T> key={key} {...props} columns={columns} />;
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
