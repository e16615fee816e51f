import { ACTUALS_TEMPLATE_FILLED, type TemplateRows, type TemplateSheet } from "@jixiao/core"
import type ExcelJS from "exceljs"

const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } })
/** Grey marks what the template filled from the target table (not protected: auditors paste freely). */
const READ_ONLY = solid("FFEDEDED")
const READ_ONLY_HEADER = solid("FFD0D0D0")
/** Pale yellow marks the columns the auditor fills. */
const INPUT_HEADER = solid("FFFFF2CC")

/** Column widths by header; unlisted headers get 12. */
const WIDTHS: Readonly<Record<string, number>> = {
  单位: 20,
  项目: 30,
  序号: 6,
  三级指标: 32,
  年度指标值: 24,
  "期望（规范化）": 22,
  实际完成值: 20,
  扣分: 8,
  扣分原因: 26,
  偏差原因: 32,
  年度总体目标实际完成情况: 36,
  // The monitoring template's (monitor-template-xlsx.ts).
  一级指标: 14,
  二级指标: 14,
  当前完成值: 18,
  全年预计完成值: 18,
  完成目标可能性: 14,
  偏差原因类别: 14,
  原因说明: 30,
  纠偏措施: 30,
}
const WRAPPED = new Set([
  "单位",
  "项目",
  "三级指标",
  "年度指标值",
  "期望（规范化）",
  "实际完成值",
  "扣分原因",
  "偏差原因",
  "年度总体目标实际完成情况",
  "当前完成值",
  "全年预计完成值",
  "原因说明",
  "纠偏措施",
])

/** `≥ 0` and nothing else: 扣分 and the budget amounts. */
export const nonNegative = (what: string): ExcelJS.DataValidation => ({
  type: "decimal",
  operator: "greaterThanOrEqual",
  formulae: [0],
  allowBlank: true,
  showErrorMessage: true,
  errorTitle: what,
  error: `${what}应为不小于 0 的数`,
})

/** A drop-down of the three tiers that still accepts a share (`部分达成 75%`): the alert only informs. */
const TIER_LIST: ExcelJS.DataValidation = {
  type: "list",
  formulae: ['"达成,部分达成,未达成"'],
  allowBlank: true,
  showInputMessage: true,
  promptTitle: "评价等级",
  prompt: "定性指标选择 达成、部分达成 或 未达成；可附得分比例，如 部分达成 75%",
  showErrorMessage: true,
  errorStyle: "information",
  errorTitle: "评价等级",
  error: "通常为 达成、部分达成 或 未达成（可附比例，如 部分达成 75%）",
}

/**
 * Adds a sheet: a bold, frozen header and the rows as plain strings (never formulas, whatever they begin
 * with). Columns are text-formatted (`@`) so that Excel keeps `96.5%` and dates as typed, except `numeric`
 * ones; the first `filled` columns are grey. Returns the sheet for the validations.
 */
export const addSheet = (
  workbook: ExcelJS.Workbook,
  name: string,
  sheet: TemplateSheet,
  filled: number,
  numeric: ReadonlySet<string>,
): ExcelJS.Worksheet => {
  const ws = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: printSetup("landscape", true),
  })
  ws.columns = sheet.header.map((header) => ({
    header,
    width: WIDTHS[header] ?? 12,
    style: {
      ...(numeric.has(header) ? {} : { numFmt: "@" }),
      alignment: { vertical: "top", wrapText: WRAPPED.has(header) },
    },
  }))
  ws.getRow(1).eachCell((cell, column) => {
    cell.font = { bold: true }
    cell.fill = column <= filled ? READ_ONLY_HEADER : INPUT_HEADER
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true }
  })
  for (const row of sheet.rows) {
    const added = ws.addRow(row)
    for (let column = 1; column <= filled; column++) added.getCell(column).fill = READ_ONLY
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.header.length } }
  return ws
}

/** What exceljs 4.4 has on a worksheet but leaves out of its typings: validations by range. */
interface RangeValidations {
  readonly dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void }
}

/**
 * Sets a validation on one column of every data row, as one range. Set cell by cell, exceljs squeezes
 * the cells into ranges in text order of their addresses (J10 before J2), writing `J10:J169` and then
 * `J2:J169` over it: overlapping validations, which Excel may refuse or repair.
 */
export const validate = (
  ws: ExcelJS.Worksheet,
  header: string,
  rows: number,
  rule: ExcelJS.DataValidation,
) => {
  if (rows === 0) return
  const column = ws.getColumn((ws.getRow(1).values as ReadonlyArray<unknown>).indexOf(header)).letter
  const { dataValidations } = ws as ExcelJS.Worksheet & RangeValidations
  dataValidations.add(`${column}2:${column}${rows + 1}`, rule)
}

/**
 * A4 (paperSize 9), one page wide and as long as needed, the header row on every page. exceljs's
 * default is US Letter at 100 %, which splits the 13 columns of 实际完成值 over pages by column.
 */
export const printSetup = (
  orientation: "portrait" | "landscape",
  titleRow: boolean,
): Partial<ExcelJS.PageSetup> => ({
  paperSize: 9,
  orientation,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  ...(titleRow ? { printTitlesRow: "1:1" } : {}),
})

/** The 说明 sheet: how to fill the template in, and the command that grades it. */
const instructions = (readBack: string): ReadonlyArray<string> => [
  "填写说明",
  "本工作簿由 jixiao template 按绩效目标表生成，供年终绩效自评填写。",
  "灰色列（单位、项目、序号、一级指标、二级指标、三级指标、年度指标值、期望）来自目标表，请勿改动：评分按 单位 + 项目 + 序号（并核对三级指标）对应到目标表的指标。",
  "",
  "「实际完成值」工作表（黄色列由审核人员填写）：",
  "1. 实际完成值：照实填写，带上单位或百分号，如 12份、96.5%、1,060家、2024年11月20日。只写数字时按目标的单位理解。",
  "2. 评价等级：定性指标（如“进一步提高”“按时上报”）从下拉列表选择 达成、部分达成 或 未达成；可附得分比例，如 部分达成 75%。定量指标可不填。",
  "3. 扣分：审核人员酌情扣减的分值，不小于 0；填写扣分时必须同时填写扣分原因。",
  "4. 扣分原因：说明扣分的依据。",
  "5. 偏差原因：凡是失分的指标（未达成、部分达成、完成值低于目标或有扣分），都要写明偏差原因及改进措施。",
  "6. 年度总体目标实际完成情况：用一两句话写明项目年度总体目标的完成情况，写在该项目的任意一行（通常是第一行）；报告照录这句话，不填则据各指标评价汇总。",
  "",
  "「预算执行」工作表：每个项目一行，填写年初预算数、全年预算数、全年执行数，单位万元，不小于 0。",
  "",
  "填好保存后，用下面的命令评分（结果写入 out/results.json）：",
  readBack,
]

/**
 * The year-end template as an .xlsx workbook: sheets 实际完成值, 预算执行 and 说明. `readBack` is the
 * `jixiao assess` command line that grades the filled workbook, quoted in 说明.
 */
export const templateXlsx = async (rows: TemplateRows, readBack: string): Promise<Uint8Array> => {
  // Loaded on first use: exceljs is large, and only this command and .xlsx inputs need it.
  const { default: Excel } = await import("exceljs")
  const workbook = new Excel.Workbook()
  workbook.creator = "jixiao"
  const actuals = addSheet(workbook, "实际完成值", rows.actuals, ACTUALS_TEMPLATE_FILLED, new Set(["扣分"]))
  validate(actuals, "评价等级", rows.actuals.rows.length, TIER_LIST)
  validate(actuals, "扣分", rows.actuals.rows.length, nonNegative("扣分"))
  const amounts = new Set(rows.budget.header.slice(2))
  const budget = addSheet(workbook, "预算执行", rows.budget, 2, amounts)
  for (const header of amounts) validate(budget, header, rows.budget.rows.length, nonNegative(header))
  const help = workbook.addWorksheet("说明", { pageSetup: printSetup("portrait", false) })
  help.getColumn(1).width = 110
  help.getColumn(1).alignment = { wrapText: true, vertical: "top" }
  help.addRows(instructions(readBack).map((line) => [line]))
  help.getCell(1, 1).font = { bold: true, size: 14 }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
