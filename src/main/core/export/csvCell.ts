// A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection"), tab and
// carriage return included: some programs skip them and read the character after.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A value as one CSV cell (RFC 4180): text that would start a formula is prefixed with `'`, which a
 * spreadsheet shows as text; a cell holding a quote, comma or line break is quoted, its quotes doubled.
 */
export function csvCell(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text: cells joined by commas, lines ended by CRLF as RFC 4180 asks. */
export const csvText = (rows: ReadonlyArray<ReadonlyArray<string | number | boolean>>): string =>
  rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
