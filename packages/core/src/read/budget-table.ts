import { Effect } from "effect"
import type { BudgetRow, BudgetTable } from "../model/actuals.ts"
import type { TableReadError } from "../model/errors.ts"
import type { RowRejection } from "../model/table.ts"
import { type ColumnMap, type ColumnSchema, headerNote } from "./columns.ts"
import { readRowFile, type TableInput } from "./row-file.ts"
import {
  type HeadedRows,
  locateHeader,
  type RowSource,
  rowCells,
  rowPlace,
  type SheetRow,
} from "./sheet-rows.ts"

/** The columns of a budget-execution sheet. */
export const BUDGET_COLUMNS: ColumnSchema = {
  keys: ["unit", "project", "initial", "planned", "executed", "weight"],
  required: ["project", "planned", "executed"],
}

const AMOUNT_UNIT = "(百万元|千元|万元|亿元|元)"
/** A header note naming the unit: `万元`, `单位：万元`. */
const NOTE_UNIT = new RegExp(`^(?:(?:金额)?单位\\s*:\\s*)?${AMOUNT_UNIT}$`)
/** A title row naming the unit: `金额单位：万元`. */
const TITLE_UNIT = new RegExp(`单位\\s*:\\s*${AMOUNT_UNIT}`)

/**
 * The unit of the amounts: the note of the 全年预算数 header when it names one (`全年预算数（万元）`),
 * else a `单位：万元` line above the header, else null.
 */
export const amountUnitOf = ({ columns, header, above }: Omit<HeadedRows, "body">): string | null => {
  const note = headerNote(header.cells[columns.get("planned")!] ?? "")
  const fromNote = note === null ? null : (NOTE_UNIT.exec(note)?.[1] ?? null)
  if (fromNote !== null) return fromNote
  const titles = above.flatMap((r) => r.cells.map((c) => c.normalize("NFKC")))
  return titles.map((t) => TITLE_UNIT.exec(t)?.[1]).find((u) => u !== undefined) ?? null
}

/** Reads one data row of a budget-execution sheet: the row, or why it was not read (no project). */
export const readBudgetRow = (
  columns: ColumnMap,
  r: SheetRow,
  source: RowSource,
): BudgetRow | RowRejection => {
  if (r.refused) return r.refused
  const { cell, place } = rowCells(columns, r, rowPlace(r, source))
  const project = cell("project")
  if (project === null) return { code: "missing_project", at: place("project") }
  return {
    unit: cell("unit")?.text ?? "",
    project: project.text,
    initial: cell("initial"),
    // An empty amount is kept as an empty cell at its place, so that "全年执行数为空" can name its column.
    planned: cell("planned") ?? { text: "", at: place("planned") },
    executed: cell("executed") ?? { text: "", at: place("executed") },
    weight: cell("weight"),
    at: rowPlace(r, source),
  }
}

/**
 * Reads the rows of a budget-execution sheet (header within the top 20 rows, title rows above it).
 * A row without a project is rejected with `missing_project`; empty amounts are kept, for scoring to report.
 * Fails with `empty_table`, `no_header` or `missing_columns` (data: `missing`, `found`).
 */
export const readBudgetRows = (
  rows: ReadonlyArray<SheetRow>,
  source: RowSource,
): Effect.Effect<BudgetTable, TableReadError> =>
  Effect.map(locateHeader(rows, source, BUDGET_COLUMNS), (headed) => {
    const read: BudgetRow[] = []
    const rejected: RowRejection[] = []
    for (const r of headed.body) {
      const row = readBudgetRow(headed.columns, r, source)
      if ("code" in row) rejected.push(row)
      else read.push(row)
    }
    return {
      file: source.file,
      format: source.format,
      amountUnit: amountUnitOf(headed),
      rows: read,
      rejected,
    }
  })

/**
 * Reads a budget-execution sheet from a file's bytes (`.csv`, `.xlsx`, `.txt`/`.tsv` as tab-separated
 * rows). Headers: 单位, 项目, 年初预算数, 全年预算数 (or 调整后预算数), 全年执行数, 预算执行分值 (or 分值);
 * 项目, 全年预算数 and 全年执行数 are required. Amounts stay text: scoring computes the execution rate.
 *
 * @example
 * // 项目,全年预算数（万元）,全年执行数（万元）
 * // 企业服务,120,118.5
 * parseBudgetTable({ file: "budget.csv", bytes }) // amountUnit "万元", rows[0].planned.text "120"
 */
export const parseBudgetTable = (input: TableInput): Effect.Effect<BudgetTable, TableReadError> =>
  readRowFile(input, BUDGET_COLUMNS, readBudgetRows)
