/**
 * One project's 项目支出绩效目标执行监控表 in the workbook, as units file it (domain §5): the head, the
 * budget block (全年预算数, 1-N月执行数, 执行进度, 序时进度, 预警), the indicator table (年度指标值 |
 * 1-N月完成值 | 完成率 | 序时进度 | 预警 | 全年预计完成值 | 完成目标可能性 | 偏差原因 | 纠偏措施), the
 * projected score said to be a projection, and lines to sign. A4 landscape, headings repeated per page.
 */
import type { Light } from "@jixiao/scoring"
import type ExcelJS from "exceljs"
import {
  fitHeight,
  NOT_GIVEN,
  pointsToFraction,
  putCaptions,
  putNumber,
  putText,
  spanWidth,
} from "../xlsx/cells.ts"
import { label, merge, mergeDown, runs } from "../xlsx/layout.ts"
import {
  amountFormat,
  bodyFont,
  box,
  headerRow,
  percentFormat,
  printSetup,
  scoreFormat,
  TITLE_HEIGHT,
  titleFont,
  wrapLeft,
} from "../xlsx/styles.ts"
import {
  comparedWith,
  executedHeading,
  forecastOf,
  likelihoodOf,
  type MonitorIndicator,
  type MonitorJson,
  type MonitorProject,
  monthSpan,
  PROJECTION_LABEL,
  reasonOf,
  toDateHeading,
} from "./words.ts"
import { putLight } from "./xlsx-light-cell.ts"

/** Column widths (A–L): about 140 units, one A4 landscape page wide. */
export const MONITOR_WIDTHS: ReadonlyArray<number> = [8, 9, 18, 13, 12, 8, 8, 7, 17, 8, 18, 15]
const LAST = MONITOR_WIDTHS.length

/** The title every project sheet carries. */
export const MONITOR_SHEET_TITLE = "项目支出绩效目标执行监控表"

/** The row of indicator headings, repeated at the top of every printed page. */
export const MONITOR_HEADER_ROW = 7

/** The indicator headings of a run as of `asOf` (`1-7月完成值`). */
export const monitorHeadings = (asOf: string): ReadonlyArray<string> => [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  toDateHeading(asOf),
  "完成率",
  "序时进度",
  "预警",
  "全年预计完成值",
  "完成目标可能性",
  "偏差原因",
  "纠偏措施",
]

const percent = percentFormat(2)

const writeHead = (sheet: ExcelJS.Worksheet, project: MonitorProject, results: MonitorJson): void => {
  label(sheet, [1, 1, 1, LAST], MONITOR_SHEET_TITLE).font = titleFont
  sheet.getRow(1).height = TITLE_HEIGHT
  label(sheet, [2, 1, 2, LAST], `（${results.year}年${monthSpan(results.asOf)}　截至 ${results.asOf}）`)
  label(sheet, [3, 1, 3, 1], "项目名称")
  putText(merge(sheet, [3, 2, 3, LAST]), project.name)
  label(sheet, [4, 1, 4, 1], "实施单位")
  putText(merge(sheet, [4, 2, 4, 6]), project.unit)
  label(sheet, [4, 7, 4, 8], "序时进度")
  const time = merge(sheet, [4, 9, 4, LAST])
  putNumber(time, pointsToFraction(results.timeProgress ?? 0), percent)
  time.alignment = { horizontal: "left", vertical: "middle" }
  box(sheet, [3, 1, 4, LAST], wrapLeft)
  sheet.getRow(3).height = fitHeight([[project.name, spanWidth(MONITOR_WIDTHS, 2, LAST)]])
  sheet.getRow(4).height = fitHeight([[project.unit, spanWidth(MONITOR_WIDTHS, 2, 6)]])
}

/** The budget block's columns: caption, first and last column. */
const BUDGET_COLUMNS = (asOf: string): ReadonlyArray<readonly [string, number, number]> => [
  ["全年预算数", 2, 3],
  [executedHeading(asOf), 4, 5],
  ["执行进度", 6, 6],
  ["序时进度", 7, 7],
  ["预警", 8, 8],
  ["说明", 9, LAST],
]

const budgetNote = (project: MonitorProject): string | null =>
  project.budget === null
    ? "未提供预算执行表"
    : [...new Set(project.budget.findings.map((f) => f.message))].join("；") || null

const writeBudget = (sheet: ExcelJS.Worksheet, project: MonitorProject, results: MonitorJson): void => {
  label(sheet, [5, 1, 6, 1], "预算执行")
  for (const [caption, from, to] of BUDGET_COLUMNS(results.asOf)) label(sheet, [5, from, 5, to], caption)
  headerRow(sheet, 5, 2, LAST)
  const cells = BUDGET_COLUMNS(results.asOf).map(([, from, to]) => merge(sheet, [6, from, 6, to]))
  const [planned, executed, progress, time, light, note] = cells as [
    ExcelJS.Cell,
    ExcelJS.Cell,
    ExcelJS.Cell,
    ExcelJS.Cell,
    ExcelJS.Cell,
    ExcelJS.Cell,
  ]
  const budget = project.budget
  if (budget === null) for (const cell of [planned, executed, progress]) putText(cell, NOT_GIVEN)
  else {
    putNumber(planned, budget.planned, amountFormat)
    putNumber(executed, budget.executed, amountFormat)
    putNumber(progress, budget.progress === null ? null : pointsToFraction(budget.progress), percent)
    putLight(light, budget.light as Light)
  }
  putNumber(time, pointsToFraction(results.timeProgress ?? 0), percent)
  const text = budgetNote(project)
  putText(note, text)
  note.alignment = wrapLeft
  box(sheet, [5, 1, 6, LAST])
  sheet.getRow(6).height = fitHeight([[text, spanWidth(MONITOR_WIDTHS, 9, LAST)]])
}

/** The texts of an indicator row, by column (1-based), for the row's height. */
const rowTexts = (i: MonitorIndicator): ReadonlyArray<readonly [string | null, number]> => [
  [i.name, 3],
  [i.target ?? i.expects, 4],
  [i.toDate, 5],
  [comparedWith(i), 7],
  [forecastOf(i), 9],
  [likelihoodOf(i), 10],
  [reasonOf(i), 11],
  [i.correction, 12],
]

const writeIndicator = (row: ExcelJS.Row, i: MonitorIndicator, timeProgress: number | null): void => {
  putText(row.getCell(1), i.level1)
  putText(row.getCell(2), i.level2)
  for (const [text, col] of rowTexts(i)) putText(row.getCell(col), text)
  putNumber(row.getCell(6), i.completion === null ? null : pointsToFraction(i.completion), percent)
  if (comparedWith(i) === null)
    putNumber(row.getCell(7), timeProgress === null ? null : pointsToFraction(timeProgress), percent)
  for (const col of [3, 4, 5, 9, 11, 12]) row.getCell(col).alignment = wrapLeft
  putLight(row.getCell(8), i.light as Light)
  row.height = fitHeight(rowTexts(i).map(([text, col]) => [text, MONITOR_WIDTHS[col - 1]!]))
}

/** The indicator table from MONITOR_HEADER_ROW; 一级 and 二级 merged over their runs. Returns the next row. */
const writeIndicators = (sheet: ExcelJS.Worksheet, project: MonitorProject, results: MonitorJson): number => {
  const headings = monitorHeadings(results.asOf)
  putCaptions(sheet.getRow(MONITOR_HEADER_ROW), 1, headings)
  headerRow(sheet, MONITOR_HEADER_ROW, 1, LAST)
  sheet.getRow(MONITOR_HEADER_ROW).height = fitHeight(headings.map((h, i) => [h, MONITOR_WIDTHS[i]!]))
  const top = MONITOR_HEADER_ROW + 1
  const indicators = project.indicators
  indicators.forEach((i, n) => {
    writeIndicator(sheet.getRow(top + n), i, results.timeProgress)
  })
  for (const [from, to] of runs(indicators, (i) => i.level1)) {
    mergeDown(sheet, [top + from, top + to], 1, indicators[from]!.level1, MONITOR_WIDTHS[0]!)
    for (const [a, b] of runs(indicators, (i) => i.level2, from, to))
      mergeDown(sheet, [top + a, top + b], 2, indicators[a]!.level2, MONITOR_WIDTHS[1]!)
  }
  if (indicators.length > 0) box(sheet, [top, 1, top + indicators.length - 1, LAST])
  return top + indicators.length
}

/** The projected total and grade, said to be a projection; returns the last row. */
const writeProjection = (
  sheet: ExcelJS.Worksheet,
  project: MonitorProject,
  results: MonitorJson,
  top: number,
): number => {
  label(sheet, [top, 1, top, 5], `全年预测得分（${PROJECTION_LABEL}）`)
  putNumber(merge(sheet, [top, 6, top, 7]), project.projected.total, scoreFormat(2))
  label(sheet, [top, 8, top, 9], "预测等级")
  putText(merge(sheet, [top, 10, top, LAST]), project.projected.grade)
  box(sheet, [top, 1, top, LAST])
  const note = merge(sheet, [top + 1, 1, top + 1, LAST])
  putText(note, results.projection)
  note.font = { ...bodyFont, size: 9, italic: true }
  note.alignment = wrapLeft
  sheet.getRow(top + 1).height = fitHeight([[results.projection, spanWidth(MONITOR_WIDTHS, 1, LAST)]])
  return top + 1
}

/** 填报人, 审核人 and 填报日期 with a line to write on each, as filed forms carry them. */
const SIGN_OFF: ReadonlyArray<
  readonly [caption: string, at: number, from: number, to: number, blank: string]
> = [
  ["填报人：", 2, 3, 3, ""],
  ["审核人：", 5, 6, 7, ""],
  ["填报日期：", 9, 10, 12, "        年      月      日"],
]

const writeSignOff = (sheet: ExcelJS.Worksheet, row: number): number => {
  for (const [caption, at, from, to, blank] of SIGN_OFF) {
    const cell = sheet.getCell(row, at)
    putText(cell, caption)
    cell.font = bodyFont
    cell.alignment = { horizontal: "right", vertical: "bottom" }
    const line = merge(sheet, [row, from, row, to])
    putText(line, blank)
    line.font = bodyFont
    line.alignment = { horizontal: "center", vertical: "bottom" }
    for (let col = from; col <= to; col++)
      sheet.getCell(row, col).border = { bottom: { style: "thin", color: { argb: "FF000000" } } }
  }
  sheet.getRow(row).height = 30
  return row
}

/** The monitoring form of one project, set up to print on A4 landscape. */
export const addMonitorProjectSheet = (
  workbook: ExcelJS.Workbook,
  name: string,
  project: MonitorProject,
  results: MonitorJson,
): ExcelJS.Worksheet => {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: printSetup("landscape"),
    views: [{ showGridLines: false }],
  })
  MONITOR_WIDTHS.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width
  })
  writeHead(sheet, project, results)
  writeBudget(sheet, project, results)
  const next = writeIndicators(sheet, project, results)
  const last = writeSignOff(sheet, writeProjection(sheet, project, results, next) + 2)
  sheet.pageSetup.printArea = `A1:${sheet.getColumn(LAST).letter}${last}`
  sheet.pageSetup.printTitlesRow = `${MONITOR_HEADER_ROW}:${MONITOR_HEADER_ROW}`
  return sheet
}
