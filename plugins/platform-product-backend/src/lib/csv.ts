type Cell = string | number | undefined | null;

/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @ first) get a leading
 * apostrophe, so an answer like `=HYPERLINK(...)` stays text.
 */
export function toCsv(rows: Cell[][]): string {
  return rows
    .map(row => row.map(cell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

function cell(value: Cell): string {
  if (value === undefined || value === null) {
    return '';
  }
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
