import { compileTarget } from "../compile/compile-target.ts"
import type { TargetTable } from "../model/table.ts"

/** One sheet of the year-end template: a header and its rows, every cell plain text. */
export interface TemplateSheet {
  readonly header: string[]
  readonly rows: string[][]
}

/** The two sheets an auditor fills in: 实际完成值 per indicator and 预算执行 per project. */
export interface TemplateRows {
  readonly actuals: TemplateSheet
  readonly budget: TemplateSheet
}

/**
 * The header of the actuals sheet. The headers are those the actuals reader knows (`columns.ts`), so the
 * filled sheet reads back with `jixiao assess --actuals`; 一级指标 … 期望 are there for the auditor and ignored.
 */
export const ACTUALS_TEMPLATE_HEADER = [
  "单位",
  "项目",
  "序号",
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "期望（规范化）",
  "实际完成值",
  "评价等级",
  "扣分",
  "扣分原因",
  "偏差原因",
  "年度总体目标实际完成情况",
] as const

/** How many leading columns of the actuals sheet the template fills (单位 … 期望); the rest are the auditor's. */
export const ACTUALS_TEMPLATE_FILLED = 8

/** The header of the budget sheet; the `（万元）` note tells the reader the amount unit. */
export const BUDGET_TEMPLATE_HEADER = [
  "单位",
  "项目",
  "年初预算数（万元）",
  "全年预算数（万元）",
  "全年执行数（万元）",
] as const

/** Options of {@link templateRows}. */
export interface TemplateOptions {
  /** Fiscal year, for deadlines written without one (`9月前`) in the 期望 column. */
  readonly year?: number | undefined
}

/**
 * The rows of the year-end template for a target table: one actuals row per indicator (identifiers,
 * 年度指标值 and its compiled expectation filled, the auditor's columns empty) and one budget row per project.
 *
 * @example
 * templateRows(table).actuals.rows[0]
 * // ["广州市工业和信息化局", "支持发展第10.5代TFT-LCD显示器件生产项目", "1", "1-产出指标", "11-数量指标",
 * //  "支持发展平板显示产业项目数量", "1个", "≥ 1 个", "", "", "", "", ""]
 */
export const templateRows = (table: TargetTable, options: TemplateOptions = {}): TemplateRows => {
  const blanks = ACTUALS_TEMPLATE_HEADER.length - ACTUALS_TEMPLATE_FILLED
  const projects = table.units.flatMap((unit) => unit.projects)
  const actuals = projects.flatMap((project) =>
    project.indicators.map((indicator) => {
      const annual = indicator.annual?.text ?? ""
      const context = {
        level1: indicator.level1.raw,
        level2: indicator.level2.raw,
        name: indicator.name,
        year: options.year,
      }
      const expects = indicator.annual === null ? "" : compileTarget(annual, context).expects
      return [
        project.unit,
        project.name,
        String(indicator.no),
        indicator.level1.raw,
        indicator.level2.raw,
        indicator.name,
        annual,
        expects,
        ...Array<string>(blanks).fill(""),
      ]
    }),
  )
  return {
    actuals: { header: [...ACTUALS_TEMPLATE_HEADER], rows: actuals },
    budget: {
      header: [...BUDGET_TEMPLATE_HEADER],
      rows: projects.map((project) => [project.unit, project.name, "", "", ""]),
    },
  }
}
