/** A cell value; null and undefined are written as empty cells. */
export type Cell = string | number | boolean | null | undefined;

/**
 * One RFC 4180 cell. Cells a spreadsheet would run as a formula (starting with = + - @)
 * get a leading apostrophe, so a downloaded file cannot execute anything.
 */
function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document with a header row; lines end with CRLF as RFC 4180 says. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
