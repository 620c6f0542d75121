// RFC 4180 in a few lines; a library would add weight for nothing: the rules
// are quote-when-needed and double the quotes. What spreadsheets add on top
// is here too: a BOM so Excel reads UTF-8 (not the ANSI code page, which
// mangles Vietnamese), CRLF, and a guard against formula injection.

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Start with U+FEFF (default true); chunked exports set it on the first chunk only. */
  bom?: boolean;
}

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR
 * at the start) gets a leading apostrophe, as OWASP advises; numbers stay numbers.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  let s = typeof cell === 'string' ? cell : String(cell);
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV text: CRLF after every row, BOM first unless turned off. */
export function toCsv(rows: CsvCell[][], options: CsvOptions = {}): string {
  const body = rows.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
  return (options.bom ?? true) ? `\uFEFF${body}` : body;
}
