import { Effect } from "effect"
import type { BudgetRow, BudgetTable } from "../model/actuals.ts"
import { TableReadError } from "../model/errors.ts"
import type { RowRejection } from "../model/table.ts"
import { type ColumnMap, type ColumnSchema, headerNote } from "./columns.ts"
import { extension, isZip, readRowFile, type TableInput } from "./row-file.ts"
import {
  type HeadedRows,
  locateHeader,
  type RowSource,
  rowCells,
  rowPlace,
  type SheetRow,
} from "./sheet-rows.ts"
import { headedSheets } from "./xlsx/xlsx-table.ts"

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

/**
 * A title line naming the unit of a per-unit sheet: `单位名称：…`, `填报单位：…`, `预算单位：…`. A bare
 * `单位：…` is the amount unit's line (`单位：万元（含上年结转）`), never a unit's name.
 */
const TITLE_UNIT_NAME = /^(?:单位名称|填报单位|预算单位)\s*[:：]\s*(.+)$/

/** The unit a sheet without a 单位 column names in a title line above its header, or null. */
export const sheetUnitOf = ({ columns, above }: Pick<HeadedRows, "columns" | "above">): string | null => {
  if (columns.has("unit")) return null
  for (const r of above)
    for (const c of r.cells) {
      // The name as written (not NFKC-folded: `（本级）` must stay as the target table writes it).
      const name = TITLE_UNIT_NAME.exec(c.trim())?.[1]?.trim()
      if (name && !new RegExp(`^${AMOUNT_UNIT}`).test(name.normalize("NFKC"))) return name
    }
  return null
}

/** What an amount cell says when the table has no budget data for the project (jixiao's 自评表 writes it). */
const NOT_PROVIDED = /^(?:未提供|未填报)$/

/**
 * Reads one data row of a budget-execution sheet: the row, why it was not read (no project), or null for a
 * row that gives no budget data (both amounts marked 未提供, as jixiao's 自评表 writes a project without
 * any: like an empty row, it is neither input nor rejected, and the project's budget is missing). `unit`
 * is the sheet's unit when it has no 单位 column.
 */
export const readBudgetRow = (
  columns: ColumnMap,
  r: SheetRow,
  source: RowSource,
  unit = "",
): BudgetRow | RowRejection | null => {
  if (r.refused) return r.refused
  const { cell, place } = rowCells(columns, r, rowPlace(r, source))
  const project = cell("project")
  if (project === null) return { code: "missing_project", at: place("project") }
  const [planned, executed] = [cell("planned"), cell("executed")]
  if ([planned, executed].every((c) => c !== null && NOT_PROVIDED.test(c.text.trim()))) return null
  return {
    unit: cell("unit")?.text ?? unit,
    project: project.text,
    initial: cell("initial"),
    // An empty amount is kept as an empty cell at its place, so that "全年执行数为空" can name its column.
    planned: planned ?? { text: "", at: place("planned") },
    executed: executed ?? { text: "", at: place("executed") },
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
    const unit = sheetUnitOf(headed) ?? ""
    for (const r of headed.body) {
      const row = readBudgetRow(headed.columns, r, source, unit)
      if (row === null) continue
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
  extension(input.file) === ".xlsx" || isZip(input.bytes)
    ? Effect.flatMap(headedSheets(input.bytes, input.file, BUDGET_COLUMNS), (sheets) =>
        perUnitSheets(input, sheets),
      )
    : readRowFile(input, BUDGET_COLUMNS, readBudgetRows)

/**
 * A workbook of one sheet per unit (each without a 单位 column, titled `单位名称：…`, as jixiao's 自评表
 * writes its 单位 sheets) is read sheet by sheet; any other workbook, its first sheet with a header. The
 * amount units of the sheets must agree (`amount_units_differ`).
 */
const perUnitSheets = (
  input: TableInput,
  sheets: ReadonlyArray<{ readonly name: string; readonly rows: ReadonlyArray<SheetRow> }>,
): Effect.Effect<BudgetTable, TableReadError> => {
  const titled = sheets.filter((s) => {
    const headed = Effect.runSync(
      Effect.option(locateHeader(s.rows, sourceOf(input, s.name), BUDGET_COLUMNS)),
    )
    return headed._tag === "Some" && sheetUnitOf(headed.value) !== null
  })
  if (titled.length < 2 || titled[0] !== sheets[0]) return readRowFile(input, BUDGET_COLUMNS, readBudgetRows)
  return Effect.flatMap(
    Effect.forEach(titled, (s) => readBudgetRows(s.rows, sourceOf(input, s.name))),
    (tables) => {
      const first = tables[0]!
      const other = tables.find((t) => t.amountUnit !== first.amountUnit)
      if (other !== undefined)
        return Effect.fail(
          new TableReadError({
            code: "amount_units_differ",
            file: input.file,
            data: {
              first: `${titled[0]!.name}：${first.amountUnit ?? "未注明"}`,
              other: `${titled[tables.indexOf(other)]!.name}：${other.amountUnit ?? "未注明"}`,
            },
          }),
        )
      return Effect.succeed({
        ...first,
        rows: tables.flatMap((t) => t.rows),
        rejected: tables.flatMap((t) => t.rejected),
      })
    },
  )
}

const sourceOf = (input: TableInput, sheet: string): RowSource => ({
  file: input.file,
  format: "xlsx",
  sheet,
})
