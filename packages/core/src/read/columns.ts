/** The columns a row-form table (targets, actuals, budget execution) may have. */
export type ColumnKey =
  | "unit"
  | "project"
  | "goal"
  | "level1"
  | "level2"
  | "indicator"
  | "target_period"
  | "target_annual"
  | "weight"
  | "actual"
  | "tier"
  | "deduction"
  | "deduction_reason"
  | "deviation_reason"
  | "baseline"
  | "goal_actual"
  | "comparator"
  | "direction"
  | "measure_unit"
  | "no"
  | "initial"
  | "planned"
  | "executed"
  | "to_date"
  | "forecast"
  | "likelihood"
  | "reason_category"
  | "reason_text"
  | "correction"
  | "monitor_kind"

/** 1-1月完成值 … 1-12月完成值: the value to date as a monitoring table heads it, one header per month. */
const MONTHS_TO_DATE = Array.from({ length: 12 }, (_, i) => `1-${i + 1}月完成值`)

/** Header texts for each column: the Chinese names of the published tables, then English ones. */
export const COLUMN_ALIASES: Readonly<Record<ColumnKey, ReadonlyArray<string>>> = {
  unit: ["单位", "资金使用单位", "实施单位", "单位名称", "unit"],
  project: ["项目", "项目名称", "project"],
  goal: ["绩效目标", "年度总体目标", "goal"],
  level1: ["一级指标", "level1"],
  level2: ["二级指标", "level2"],
  indicator: ["三级指标", "指标名称", "indicator"],
  target_period: ["实施周期指标值", "target_period"],
  target_annual: ["年度指标值", "指标值", "目标值", "年度目标值", "target_annual"],
  weight: ["分值", "预算执行分值", "weight"],
  actual: ["实际完成值", "实际值", "完成值", "实际完成指标值", "actual"],
  tier: ["评价等级", "等级", "tier"],
  deduction: ["扣分", "deduction"],
  deduction_reason: ["扣分原因", "deduction_reason"],
  deviation_reason: ["偏差原因", "偏差原因分析及改进措施", "deviation_reason"],
  // Split layouts print a target's comparator and unit in cells of their own (Sichuan's 申报表 and others).
  comparator: ["计算符号", "符号", "指标方向", "指标值类型", "运算符号", "comparator"],
  direction: ["指标性质", "指标方向性", "指标属性", "direction"],
  measure_unit: ["度量单位", "计量单位", "measure_unit"],
  // The unit's own sentence for the 年度总体目标's 实际完成情况, on any row of the project.
  goal_actual: ["年度总体目标实际完成情况", "总体目标实际完成情况", "总体目标完成情况", "goal_actual"],
  baseline: ["上年实际值", "上年完成值", "上年数", "上年实际完成值", "上年值", "baseline", "previous_year"],
  no: ["序号", "no", "no."],
  initial: ["年初预算数", "initial"],
  planned: ["全年预算数", "调整后预算数", "全年预算", "planned"],
  executed: ["全年执行数", "执行数", "预算执行数", "executed"],
  // A mid-year monitoring sheet (绩效运行监控表, domain §5).
  to_date: ["当前完成值", ...MONTHS_TO_DATE, "累计完成值", "截至目前完成值", "to_date"],
  forecast: ["全年预计完成值", "全年预计完成情况", "预计全年完成值", "forecast"],
  likelihood: ["完成目标可能性", "完成可能性", "likelihood"],
  reason_category: ["偏差原因类别", "偏差原因分类", "reason_category"],
  reason_text: ["原因说明", "偏差原因说明", "reason_text"],
  correction: ["纠偏措施", "完善措施", "correction"],
  // Overrides how an indicator is monitored: 累计 / 比率 / 年度一次 (otherwise inferred).
  monitor_kind: ["监控口径", "进度口径", "monitor_kind"],
}

/**
 * The columns one kind of table reads, and what it must have: each required entry is a column, or
 * alternatives joined by `|` (one of them is enough). Other known headers are ignored as unknown ones are.
 */
/** The header of a target table as a department writes it (单位 … 年度指标值), in the canonical column order. */
export const TARGET_TABLE_HEADER: ReadonlyArray<string> = (
  ["unit", "project", "goal", "level1", "level2", "indicator", "target_period", "target_annual"] as const
).map((key) => COLUMN_ALIASES[key][0]!)

export interface ColumnSchema {
  readonly keys: ReadonlyArray<ColumnKey>
  readonly required: ReadonlyArray<string>
}

/** What a target table must have. 单位 is optional: without it every project goes to the unit `""`. */
export const REQUIRED_COLUMNS: ReadonlyArray<string> = ["project", "indicator", "target_annual|target_period"]

/**
 * The columns of a target table; a filled-in 自评表 adds actual, weight, tier, deduction, 上年实际值 and the
 * goal's 实际完成情况 (jixiao's own 自评表.xlsx carries all of them, so that it reads back the same).
 */
export const TARGET_COLUMNS: ColumnSchema = {
  keys: [
    "unit",
    "project",
    "goal",
    "level1",
    "level2",
    "indicator",
    "target_period",
    "target_annual",
    "weight",
    "actual",
    "tier",
    "deduction",
    "deduction_reason",
    "deviation_reason",
    "comparator",
    "direction",
    "measure_unit",
    "baseline",
    "goal_actual",
    "no",
  ],
  required: REQUIRED_COLUMNS,
}

/** The column of each known header, 0-based (the first one wins when a header repeats). */
export type ColumnMap = ReadonlyMap<ColumnKey, number>

/** Trimmed, half-width, lower case, without spaces, `-`, `_` or a trailing `(…)` note: `项目名称（资金使用单位）` → `项目名称`. */
export const normaliseHeader = (text: string): string =>
  text
    .normalize("NFKC")
    .trim()
    .replace(/\s*\([^()]*\)$/, "")
    .replace(/[\s_-]+/g, "")
    .toLowerCase()

/** The trailing `(…)`/`（…）` note of a header, trimmed and half-width: `全年预算数（万元）` → `万元`. */
export const headerNote = (text: string): string | null =>
  /\(([^()]*)\)$/.exec(text.normalize("NFKC").trim())?.[1]?.trim() || null

const BY_HEADER = new Map<string, ColumnKey>(
  Object.entries(COLUMN_ALIASES).flatMap(([key, aliases]) =>
    aliases.map((alias) => [normaliseHeader(alias), key as ColumnKey] as const),
  ),
)

/** The known column, if any, that a header text names. */
export const columnOf = (text: string): ColumnKey | undefined => BY_HEADER.get(normaliseHeader(text))

/** Maps the cells of a header row to the columns of a schema (targets unless told). */
export const resolveColumns = (cells: ReadonlyArray<string>, schema = TARGET_COLUMNS): ColumnMap => {
  const columns = new Map<ColumnKey, number>()
  cells.forEach((cell, index) => {
    const key = columnOf(cell)
    if (key && schema.keys.includes(key) && !columns.has(key)) columns.set(key, index)
  })
  return columns
}

/** The required columns of a schema (see {@link ColumnSchema}) that a header lacks. */
export const missingColumns = (columns: ColumnMap, schema = TARGET_COLUMNS): ReadonlyArray<string> =>
  schema.required.filter((need) => !need.split("|").some((key) => columns.has(key as ColumnKey)))

/** Where the header is, or, when none fits, the row that looks most like one and what it lacks. */
export type HeaderSearch =
  | { readonly ok: true; readonly index: number; readonly columns: ColumnMap }
  | { readonly ok: false; readonly index: number; readonly missing: ReadonlyArray<string> }
  | { readonly ok: false; readonly index: null }

/** How many rows from the top may hold the header (title rows come above it). */
export const HEADER_SEARCH_ROWS = 20

/**
 * Finds the header: the first of the top {@link HEADER_SEARCH_ROWS} rows naming at least 3 columns of the
 * schema and all required ones. Else reports the row naming the most known columns, with what it lacks.
 */
export const findHeader = (
  rows: ReadonlyArray<ReadonlyArray<string>>,
  schema = TARGET_COLUMNS,
): HeaderSearch => {
  let best: { index: number; columns: ColumnMap } | null = null
  for (const [index, cells] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const columns = resolveColumns(cells, schema)
    if (columns.size >= 3) {
      const missing = missingColumns(columns, schema)
      return missing.length === 0 ? { ok: true, index, columns } : { ok: false, index, missing }
    }
    if (columns.size > 0 && (best === null || columns.size > best.columns.size)) best = { index, columns }
  }
  return best
    ? { ok: false, index: best.index, missing: missingColumns(best.columns, schema) }
    : { ok: false, index: null }
}
