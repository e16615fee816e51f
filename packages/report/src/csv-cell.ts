/**
 * CSV for Excel, written the way jixiao's own CSV reader reads it back: RFC 4180 quoting, CRLF line ends,
 * UTF-8 with a BOM, and text that a spreadsheet would run as a formula prefixed with `'`.
 */

/**
 * Cells a spreadsheet would run as a formula (OWASP CSV injection: `=`, `+`, `-`, `@`, tab, CR), and text
 * that already starts with guard quotes before one (`'=1`): it gets one more, so that the reader, which
 * takes one off, gives back exactly what was written.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/

/**
 * One CSV cell. Text that would start a formula gets a leading `'` (Excel shows it as text; jixiao's
 * reader strips it again), then the cell is quoted when it holds a comma, a quote or a line break.
 * Numbers are data, never formulas, so `-3` stays a number Excel can add up; null is an empty cell.
 *
 * @example csvCell("=1+2") // → "'=1+2"
 */
export const csvCell = (value: string | number | null): string => {
  if (value === null) return ""
  if (typeof value === "number") return String(value)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * Rows as a CSV document for Excel: a BOM first (without it Excel reads the file as GBK and garbles the
 * Chinese), cells joined by commas, every line ended by CRLF.
 */
export const csvDocument = (rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string =>
  `\uFEFF${rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("")}`
