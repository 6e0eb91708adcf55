// Tables as CSV (RFC 4180: CRLF, quoted fields), with spreadsheet formula injection defused.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet will show as text: a leading = + - @ (or tab, CR) gets a quote in front. */
export function defuse(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const safe = defuse(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rows as CSV text, a UTF-8 byte order mark first so that spreadsheets read accents right. */
export function renderCsv(columns: string[], rows: string[][]): string {
  const lines = [columns, ...rows].map((r) => r.map(csvField).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
