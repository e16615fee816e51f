import type { TemplateSheet } from "@jixiao/core"
import { csvDocument } from "../csv-cell.ts"

/**
 * A template sheet as CSV bytes for Excel: a header row then one row per line, written by the same cell
 * rules as the reports (UTF-8 with a BOM, CRLF, RFC 4180 quoting, formula-injection guard).
 */
export const templateCsv = (sheet: TemplateSheet): Uint8Array =>
  new TextEncoder().encode(csvDocument([sheet.header, ...sheet.rows]))

/** Where the budget CSV goes beside the actuals one: `模板.csv` → `模板.budget.csv`. */
export const budgetCsvPath = (actualsPath: string): string => actualsPath.replace(/\.csv$/i, ".budget.csv")
