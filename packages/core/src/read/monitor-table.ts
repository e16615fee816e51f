/**
 * The mid-year monitoring sheet (绩效运行监控表, domain §5): per indicator the value to date (当前完成值 or
 * 1-N月完成值), and optionally the unit's year-end forecast, its 完成目标可能性, the 偏差原因类别 with its
 * 原因说明, and 纠偏措施. The fixed lists are read here: a value outside them rejects the row at its cell.
 */
import { Effect } from "effect"
import type { TableReadError } from "../model/errors.ts"
import type { SourceRef } from "../model/source.ts"
import type { Cell, RowRejection, TableFormat } from "../model/table.ts"
import { readActualRow } from "./actuals-table.ts"
import type { ColumnMap, ColumnSchema } from "./columns.ts"
import { readRowFile, type TableInput } from "./row-file.ts"
import { locateHeader, type RowSource, rowCells, rowPlace, type SheetRow } from "./sheet-rows.ts"

/** 完成目标可能性: 确定能 / 有可能 / 完全不可能. */
export type Likelihood = "certain" | "possible" | "impossible"

/** 偏差原因类别: 经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他. */
export type ReasonCategory = "funding" | "rules" | "staff" | "facilities" | "other"

/** How an indicator's progress is read: a running total, a rate judged directly, or a once-a-year event. */
export type MonitorKind = "cumulative" | "rate" | "annual_event"

/** The words of each fixed list, as monitoring forms print them. */
export const LIKELIHOOD_WORDS: Readonly<Record<string, Likelihood>> = {
  确定能: "certain",
  有可能: "possible",
  完全不可能: "impossible",
}
export const REASON_CATEGORY_WORDS: Readonly<Record<string, ReasonCategory>> = {
  经费保障: "funding",
  制度保障: "rules",
  人员保障: "staff",
  硬件条件保障: "facilities",
  其他: "other",
}
export const MONITOR_KIND_WORDS: Readonly<Record<string, MonitorKind>> = {
  累计: "cumulative",
  比率: "rate",
  年度一次: "annual_event",
}

/** One row of a monitoring sheet: the indicator it answers and what the unit reported so far. */
export interface MonitorRow {
  readonly unit: string
  readonly project: string
  readonly no: number | null
  readonly indicator: string | null
  /** 当前完成值 (1-N月完成值). */
  readonly toDate: Cell | null
  /** 全年预计完成值: the unit's own year-end forecast. */
  readonly forecast: Cell | null
  readonly likelihood: Likelihood | null
  readonly reasonCategory: ReasonCategory | null
  /** 原因说明 (or a 偏差原因 cell). */
  readonly reasonText: Cell | null
  readonly correction: Cell | null
  /** The sheet's override of how the indicator is monitored. */
  readonly kind: MonitorKind | null
  readonly at: SourceRef
}

/** A monitoring sheet, as read. Every data row is in `rows` or `rejected`. */
export interface MonitorTable {
  readonly file: string
  readonly format: TableFormat
  readonly rows: ReadonlyArray<MonitorRow>
  readonly rejected: ReadonlyArray<RowRejection>
}

/** The columns of a monitoring sheet. */
export const MONITOR_COLUMNS: ColumnSchema = {
  keys: [
    "unit",
    "project",
    "no",
    "indicator",
    "to_date",
    "forecast",
    "likelihood",
    "reason_category",
    "reason_text",
    "deviation_reason",
    "correction",
    "monitor_kind",
  ],
  required: ["project", "to_date", "no|indicator"],
}

const LISTS = [
  ["likelihood", LIKELIHOOD_WORDS, "likelihood_unknown"],
  ["reason_category", REASON_CATEGORY_WORDS, "reason_category_unknown"],
  ["monitor_kind", MONITOR_KIND_WORDS, "monitor_kind_unknown"],
] as const

/** Reads one data row: the row, or why it was not read (a value outside a fixed list names its cell). */
export const readMonitorRow = (
  columns: ColumnMap,
  r: SheetRow,
  base: SourceRef,
): MonitorRow | RowRejection => {
  // The key columns (单位, 项目, 序号, 三级指标) are read as an actuals row reads them.
  const keyed = readActualRow(columns, r, base)
  if ("code" in keyed) return keyed
  const { cell } = rowCells(columns, r, base)
  const listed: Partial<Record<(typeof LISTS)[number][0], string>> = {}
  for (const [key, words, code] of LISTS) {
    const written = cell(key)
    if (written === null) continue
    const value = words[written.text.normalize("NFKC").replace(/\s+/g, "")]
    if (value === undefined)
      return { code, at: written.at, data: { text: written.text, allowed: Object.keys(words).join("、") } }
    listed[key] = value
  }
  return {
    unit: keyed.unit,
    project: keyed.project,
    no: keyed.no,
    indicator: keyed.indicator,
    toDate: cell("to_date"),
    forecast: cell("forecast"),
    likelihood: (listed.likelihood as Likelihood | undefined) ?? null,
    reasonCategory: (listed.reason_category as ReasonCategory | undefined) ?? null,
    reasonText: cell("reason_text") ?? cell("deviation_reason"),
    correction: cell("correction"),
    kind: (listed.monitor_kind as MonitorKind | undefined) ?? null,
    at: base,
  }
}

/** Reads the rows of a monitoring sheet (header within the top 20 rows). */
export const readMonitorRows = (
  rows: ReadonlyArray<SheetRow>,
  source: RowSource,
): Effect.Effect<MonitorTable, TableReadError> =>
  Effect.map(locateHeader(rows, source, MONITOR_COLUMNS), ({ columns, body }) => {
    const read: MonitorRow[] = []
    const rejected: RowRejection[] = []
    for (const r of body) {
      const row = readMonitorRow(columns, r, rowPlace(r, source))
      if ("code" in row) rejected.push(row)
      else read.push(row)
    }
    return { file: source.file, format: source.format, rows: read, rejected }
  })

/**
 * Reads a monitoring sheet from a file's bytes (`.csv`, `.xlsx`, `.txt`/`.tsv`). Headers: 单位, 项目, 序号
 * and/or 三级指标, 当前完成值 (or 1-N月完成值), optionally 全年预计完成值, 完成目标可能性, 偏差原因类别,
 * 原因说明, 纠偏措施, 监控口径.
 *
 * @example
 * // 项目,序号,三级指标,1-7月完成值,完成目标可能性
 * // 企业服务,1,服务企业数量,80家,确定能
 * parseMonitorTable({ file: "monitor.csv", bytes }) // rows[0]: { toDate: { text: "80家" }, likelihood: "certain" }
 */
export const parseMonitorTable = (input: TableInput): Effect.Effect<MonitorTable, TableReadError> =>
  readRowFile(input, MONITOR_COLUMNS, readMonitorRows)
