import type { TargetTable } from "../model/table.ts"
import { COLUMN_ALIASES, type ColumnKey } from "../read/columns.ts"
import { LIKELIHOOD_WORDS, MONITOR_KIND_WORDS, REASON_CATEGORY_WORDS } from "../read/monitor-table.ts"
import type { TemplateSheet } from "./template-rows.ts"

/** The columns of the monitoring template, as the monitoring sheet's keys. */
const MONITOR_TEMPLATE_KEYS: ReadonlyArray<ColumnKey> = [
  "unit",
  "project",
  "no",
  "level1",
  "level2",
  "indicator",
  "target_annual",
  "to_date",
  "forecast",
  "likelihood",
  "reason_category",
  "reason_text",
  "correction",
  "monitor_kind",
]

/**
 * The header of the monitoring template: each column's first name in `columns.ts`, the very names the
 * monitoring sheet reader (`monitor-table.ts`) looks for, so a filled template reads back with
 * `jixiao monitor --actuals`: 单位, 项目, 序号, 一级指标 … 年度指标值, 当前完成值, 全年预计完成值, 完成目标可能性,
 * 偏差原因类别, 原因说明, 纠偏措施, 监控口径.
 */
export const MONITOR_TEMPLATE_HEADER: ReadonlyArray<string> = MONITOR_TEMPLATE_KEYS.map(
  (key) => COLUMN_ALIASES[key][0]!,
)

/** How many leading columns the template fills from the target table (单位 … 年度指标值). */
export const MONITOR_TEMPLATE_FILLED = 7

/** The header of the monitoring budget sheet: 执行数 is the amount executed by the as-of date. */
export const MONITOR_BUDGET_TEMPLATE_HEADER = [
  "单位",
  "项目",
  "全年预算数（万元）",
  "执行数（万元）",
] as const

/**
 * The fixed lists of the monitoring sheet, by header: the words the reader accepts, for drop-downs. The
 * lists are the reader's own tables (`monitor-table.ts`), never copies.
 */
export const MONITOR_TEMPLATE_LISTS: Readonly<Record<string, ReadonlyArray<string>>> = {
  [COLUMN_ALIASES.likelihood[0]!]: Object.keys(LIKELIHOOD_WORDS),
  [COLUMN_ALIASES.reason_category[0]!]: Object.keys(REASON_CATEGORY_WORDS),
  [COLUMN_ALIASES.monitor_kind[0]!]: Object.keys(MONITOR_KIND_WORDS),
}

/** The two sheets a unit fills in mid-year: 监控表 per indicator and 预算执行 per project. */
export interface MonitorTemplateRows {
  readonly monitor: TemplateSheet
  readonly budget: TemplateSheet
}

/**
 * The rows of the monitoring template for a target table: one row per indicator (identifiers, levels and
 * 年度指标值 filled, the unit's columns empty) and one budget row per project.
 *
 * @example
 * monitorTemplateRows(table).monitor.rows[0]
 * // ["广州市工业和信息化局", "支持发展第10.5代TFT-LCD显示器件生产项目", "1", "1-产出指标", "11-数量指标",
 * //  "支持发展平板显示产业项目数量", "1个", "", "", "", "", "", "", ""]
 */
export const monitorTemplateRows = (table: TargetTable): MonitorTemplateRows => {
  const blanks = MONITOR_TEMPLATE_HEADER.length - MONITOR_TEMPLATE_FILLED
  const projects = table.units.flatMap((unit) => unit.projects)
  const rows = projects.flatMap((project) =>
    project.indicators.map((indicator) => [
      project.unit,
      project.name,
      String(indicator.no),
      indicator.level1.raw,
      indicator.level2.raw,
      indicator.name,
      (indicator.annual ?? indicator.period)?.text ?? "",
      ...Array<string>(blanks).fill(""),
    ]),
  )
  return {
    monitor: { header: [...MONITOR_TEMPLATE_HEADER], rows },
    budget: {
      header: [...MONITOR_BUDGET_TEMPLATE_HEADER],
      rows: projects.map((project) => [project.unit, project.name, "", ""]),
    },
  }
}
