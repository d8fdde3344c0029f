import { downloadBlob } from '../download';
import { CsvCell, toCsv } from './csv';

/** Hands `rows` to the browser as a CSV file download. */
export function downloadCsv(fileName: string, rows: CsvCell[][]) {
  downloadBlob(
    new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }),
    fileName,
  );
}
