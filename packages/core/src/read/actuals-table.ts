import { Effect } from "effect"
import type { ActualRow, ActualsTable } from "../model/actuals.ts"
import type { TableReadError } from "../model/errors.ts"
import type { SourceRef } from "../model/source.ts"
import type { Cell, RowRejection } from "../model/table.ts"
import type { ColumnMap, ColumnSchema } from "./columns.ts"
import { readRowFile, type TableInput } from "./row-file.ts"
import { locateHeader, type RowSource, rowCells, rowPlace, type SheetRow } from "./sheet-rows.ts"

/** The columns of an actuals sheet: a project, a key to its indicator (序号 or 三级指标), and what was found. */
export const ACTUALS_COLUMNS: ColumnSchema = {
  keys: [
    "unit",
    "project",
    "no",
    "indicator",
    "actual",
    "tier",
    "deduction",
    "deduction_reason",
    "deviation_reason",
    "baseline",
    "goal_actual",
  ],
  required: ["project", "actual|tier", "no|indicator"],
}

/** A 序号 that can name an indicator: a positive integer, full-width digits and a trailing `、`/`.` allowed. */
const indicatorNo = (cell: Cell | null): number | null => {
  const match = cell === null ? null : /^(\d+)[、.]?$/.exec(cell.text.normalize("NFKC"))
  const no = match ? Number(match[1]) : 0
  return no > 0 ? no : null
}

/**
 * Reads the rows of an actuals sheet (header found within the top 20 rows; title rows above it are
 * ignored). A row needs a project and a usable 序号 or a 三级指标; an empty 实际完成值 is kept, for
 * scoring to report. Fails with `empty_table`, `no_header` or `missing_columns` (data: `missing`, `found`).
 */
export const readActualsRows = (
  rows: ReadonlyArray<SheetRow>,
  source: RowSource,
): Effect.Effect<ActualsTable, TableReadError> =>
  Effect.map(locateHeader(rows, source, ACTUALS_COLUMNS), ({ columns, body }) => {
    const read: ActualRow[] = []
    const rejected: RowRejection[] = []
    for (const r of body) {
      const row = readActualRow(columns, r, rowPlace(r, source))
      if ("code" in row) rejected.push(row)
      else read.push(row)
    }
    return { file: source.file, format: source.format, rows: read, rejected }
  })

/** Reads one data row of an actuals sheet: the row, or why it was not read. */
export const readActualRow = (columns: ColumnMap, r: SheetRow, base: SourceRef): ActualRow | RowRejection => {
  if (r.refused) return r.refused
  const { cell, place } = rowCells(columns, r, base)
  const project = cell("project")
  if (project === null) return { code: "missing_project", at: place("project") }
  const unit = cell("unit")?.text ?? ""
  const written = cell("no")
  const [no, indicator] = [indicatorNo(written), cell("indicator")]
  if (no === null && indicator === null) {
    const data = { unit, project: project.text, ...(written === null ? {} : { no: written.text }) }
    return { code: "missing_indicator_key", at: written?.at ?? place("indicator", "no"), data }
  }
  return {
    unit,
    project: project.text,
    no,
    indicator: indicator?.text ?? null,
    actual: cell("actual"),
    tier: cell("tier"),
    deduction: cell("deduction"),
    deductionReason: cell("deduction_reason"),
    deviationReason: cell("deviation_reason"),
    baseline: cell("baseline"),
    goalActual: cell("goal_actual"),
    at: base,
  }
}

/**
 * Reads a year-end actuals sheet (实际完成值 per indicator) from a file's bytes: `.csv`, `.xlsx`, or
 * `.txt`/`.tsv` as tab-separated rows. Headers: 单位, 项目, 序号 and/or 三级指标, 实际完成值 and/or 评价等级,
 * optionally 扣分, 扣分原因, 偏差原因 (English aliases: unit, project, no, indicator, actual, tier …).
 * Rows are not matched to indicators here: scoring does that by unit + project + 序号 or name.
 *
 * @example
 * // 项目,序号,三级指标,实际完成值
 * // 企业服务,1,服务企业数量,152家
 * parseActualsTable({ file: "actuals.csv", bytes }) // rows[0]: { project: "企业服务", no: 1, actual: { text: "152家", … } }
 */
export const parseActualsTable = (input: TableInput): Effect.Effect<ActualsTable, TableReadError> =>
  readRowFile(input, ACTUALS_COLUMNS, readActualsRows)
