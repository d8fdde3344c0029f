/** A CSV cell: empty when `undefined` or `null`. */
export type CsvCell = string | number | undefined | null;

/**
 * RFC 4180 CSV (CRLF line ends, quotes doubled). Cells a spreadsheet would run as a formula
 * (starting with =, +, - or @) get a leading apostrophe, so that they stay text.
 */
export function toCsv(rows: CsvCell[][]): string {
  return rows.map(row => `${row.map(csvCell).join(',')}\r\n`).join('');
}

function csvCell(value: CsvCell): string {
  if (value === undefined || value === null) {
    return '';
  }
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
