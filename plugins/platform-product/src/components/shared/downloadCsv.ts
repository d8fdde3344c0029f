import { downloadBlob } from './download';
import { CsvCell, toCsv } from './csv';

/** The file name of a table's CSV: the table, then the day (UTC) it was downloaded. */
export const csvFileName = (table: string, now = new Date()) =>
  `${table}-${now.toISOString().slice(0, 10)}.csv`;

/** Hands `rows` to the browser as the download of the table `table`'s CSV file. */
export function downloadCsv(table: string, rows: CsvCell[][]) {
  downloadBlob(
    new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }),
    csvFileName(table),
  );
}
