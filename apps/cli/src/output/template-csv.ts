import type { TemplateSheet } from "@jixiao/core"

/** Cells a spreadsheet would run as a formula (OWASP CSV injection: `=`, `+`, `-`, `@`, tab, CR). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV cell: a would-be formula prefixed with `'` (so Excel shows it as text), then quoted per
 * RFC 4180 when it holds a comma, a quote or a line break. csv-stringify is not a dependency, and
 * these two rules are all it would do here.
 */
export const csvCell = (text: string): string => {
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * A template sheet as CSV bytes for Excel: UTF-8 with a BOM (without it Excel reads GBK and garbles the
 * Chinese), CRLF line ends, a header row then one row per line.
 */
export const templateCsv = (sheet: TemplateSheet): Uint8Array => {
  const lines = [sheet.header, ...sheet.rows].map((row) => row.map(csvCell).join(","))
  return new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`)
}

/** Where the budget CSV goes beside the actuals one: `模板.csv` → `模板.budget.csv`. */
export const budgetCsvPath = (actualsPath: string): string => actualsPath.replace(/\.csv$/i, ".budget.csv")
