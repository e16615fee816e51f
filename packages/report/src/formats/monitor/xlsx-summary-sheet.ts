/**
 * 监控汇总, the workbook's first sheet: the lights counted (indicators and budgets), the lights and
 * projected grade of each unit, the red list, and a line per project. Projected scores are labelled as
 * projections. Project names are plain text, not in-workbook links: LibreOffice never wraps a link's text,
 * and a long project name was cut off at its column.
 */
import { LIGHTS, type Light } from "@jixiao/scoring"
import type ExcelJS from "exceljs"
import { fitHeight, pointsToFraction, putCaptions, putNumber, putText, spanWidth } from "../xlsx/cells.ts"
import { label, merge } from "../xlsx/layout.ts"
import {
  amountFormat,
  boldFont,
  box,
  countFormat,
  headerRow,
  percentFormat,
  printSetup,
  scoreFormat,
  TITLE_HEIGHT,
  titleFont,
  wrapLeft,
} from "../xlsx/styles.ts"
import { projectLights, reasonCell, redList } from "./red-list.ts"
import { lightWord, type MonitorJson, monthSpan, PROJECTION_LABEL, toDateHeading } from "./words.ts"
import { lightFill, putLight } from "./xlsx-light-cell.ts"

/** Column widths (A–K): 单位 and 项目 wide, then nine narrow columns. */
const WIDTHS: ReadonlyArray<number> = [22, 26, 9, 9, 9, 9, 9, 10, 9, 10, 9]
const LAST = WIDTHS.length
const percent = percentFormat(2)

/** The title of the summary sheet. */
export const MONITOR_SUMMARY_TITLE = "绩效运行监控汇总"

type Counts = Readonly<Record<Light, number>>
const total = (counts: Counts) => LIGHTS.reduce((n, l) => n + counts[l], 0)

/** Light captions from column `col`, each on its light's fill (after headerRow, which greys them). */
const lightCaptions = (sheet: ExcelJS.Worksheet, row: number, col: number): void => {
  LIGHTS.forEach((light, i) => {
    const cell = sheet.getCell(row, col + i)
    putText(cell, lightWord(light))
    cell.fill = lightFill(light)
  })
}

const putCounts = (row: ExcelJS.Row, col: number, counts: Counts): void => {
  LIGHTS.forEach((light, i) => {
    putNumber(row.getCell(col + i), counts[light], countFormat)
  })
}

/** A section title in bold across the sheet; returns its row. */
const heading = (sheet: ExcelJS.Worksheet, row: number, text: string): number => {
  const cell = merge(sheet, [row, 1, row, LAST])
  putText(cell, text)
  cell.font = { ...boldFont, size: 12 }
  sheet.getRow(row).height = 22
  return row
}

/** 绩效指标 and 预算执行 counted by light. Returns the last row. */
const writeCounts = (sheet: ExcelJS.Worksheet, results: MonitorJson, top: number): number => {
  label(sheet, [top, 1, top, 2], "亮灯情况")
  putText(sheet.getCell(top, 3 + LIGHTS.length), "合计")
  headerRow(sheet, top, 1, 3 + LIGHTS.length)
  lightCaptions(sheet, top, 3)
  const rows: ReadonlyArray<readonly [string, Counts]> = [
    ["绩效指标（项）", results.lights],
    ["预算执行（个项目）", results.budgetLights],
  ]
  rows.forEach(([caption, counts], i) => {
    const row = sheet.getRow(top + 1 + i)
    label(sheet, [top + 1 + i, 1, top + 1 + i, 2], caption)
    putCounts(row, 3, counts)
    putNumber(row.getCell(3 + LIGHTS.length), total(counts), countFormat)
  })
  box(sheet, [top, 1, top + rows.length, 3 + LIGHTS.length])
  return top + rows.length
}

/** Each unit's lights and projected score and grade, then the department's. Returns the last row. */
const writeUnits = (sheet: ExcelJS.Worksheet, results: MonitorJson, top: number): number => {
  label(sheet, [top, 1, top, 2], "单位")
  putCaptions(sheet.getRow(top), 3 + LIGHTS.length, ["预测得分", "预测等级"])
  headerRow(sheet, top, 1, 4 + LIGHTS.length)
  lightCaptions(sheet, top, 3)
  const lines = [
    ...results.units.map((u) => ({
      name: u.name || "（未命名单位）",
      lights: u.lights,
      projected: u.projected,
    })),
    { name: "全部门", lights: results.lights, projected: results.department.projected },
  ]
  lines.forEach((u, i) => {
    const r = top + 1 + i
    putText(merge(sheet, [r, 1, r, 2]), u.name)
    sheet.getCell(r, 1).alignment = wrapLeft
    putCounts(sheet.getRow(r), 3, u.lights)
    putNumber(sheet.getCell(r, 3 + LIGHTS.length), u.projected?.score, scoreFormat(2))
    putText(sheet.getCell(r, 4 + LIGHTS.length), u.projected?.grade)
  })
  const last = top + lines.length
  for (let col = 1; col <= 4 + LIGHTS.length; col++) sheet.getCell(last, col).font = boldFont
  box(sheet, [top + 1, 1, last, 4 + LIGHTS.length])
  return last
}

const RED_HEADINGS = (asOf: string) => [
  "单位",
  "项目",
  "序号",
  "三级指标",
  "年度指标值 / 全年预算数",
  `${toDateHeading(asOf)} / 执行数`,
  "完成率 / 执行进度",
  "偏差原因",
]
/** The red list's columns: first and last column of each heading. */
const RED_SPANS: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [2, 2],
  [3, 3],
  [4, 5],
  [6, 6],
  [7, 8],
  [9, 9],
  [10, 11],
]

/** The red list (indicators, then budgets). Returns the last row. */
const writeRedList = (sheet: ExcelJS.Worksheet, results: MonitorJson, top: number): number => {
  const items = redList(results)
  heading(sheet, top, `红灯清单（${items.length} 项）`)
  if (items.length === 0) {
    putText(merge(sheet, [top + 1, 1, top + 1, LAST]), "没有亮红灯的指标和项目")
    return top + 1
  }
  const head = top + 1
  const headings = RED_HEADINGS(results.asOf)
  headings.forEach((caption, i) => {
    label(sheet, [head, RED_SPANS[i]![0], head, RED_SPANS[i]![1]], caption)
  })
  headerRow(sheet, head, 1, LAST)
  sheet.getRow(head).height = fitHeight(
    headings.map((caption, i) => [caption, spanWidth(WIDTHS, RED_SPANS[i]![0], RED_SPANS[i]![1])]),
  )
  items.forEach((item, n) => {
    const r = head + 1 + n
    const cells = RED_SPANS.map(([from, to]) => merge(sheet, [r, from, r, to]))
    putText(cells[0]!, item.project.unit)
    putText(cells[1]!, item.project.name)
    putNumber(cells[2]!, item.indicator?.no ?? null, countFormat)
    putText(cells[3]!, item.name)
    if (typeof item.target === "number") putNumber(cells[4]!, item.target, amountFormat)
    else putText(cells[4]!, item.target)
    if (typeof item.toDate === "number") putNumber(cells[5]!, item.toDate, amountFormat)
    else putText(cells[5]!, item.toDate)
    putNumber(cells[6]!, item.completion === null ? null : pointsToFraction(item.completion), percent)
    putText(cells[7]!, reasonCell(item))
    for (const i of [0, 1, 3, 4, 5, 7]) cells[i]!.alignment = wrapLeft
    sheet.getRow(r).height = fitHeight([
      [item.project.unit, WIDTHS[0]!],
      [item.project.name, WIDTHS[1]!],
      [item.name, spanWidth(WIDTHS, 4, 5)],
      [String(item.target ?? ""), WIDTHS[5]!],
      [String(item.toDate ?? ""), spanWidth(WIDTHS, 7, 8)],
      [reasonCell(item), spanWidth(WIDTHS, 10, 11)],
    ])
  })
  const last = head + items.length
  box(sheet, [head + 1, 1, last, LAST])
  return last
}

const PROJECT_HEADINGS = ["单位", "项目"]

/** A line per project: its lights, its budget's progress and light, its projection. Returns the last row. */
const writeProjects = (sheet: ExcelJS.Worksheet, results: MonitorJson, top: number): number => {
  heading(sheet, top, `各项目（全年预测得分和等级是${PROJECTION_LABEL}）`)
  const head = top + 1
  putCaptions(sheet.getRow(head), 1, PROJECT_HEADINGS)
  putCaptions(sheet.getRow(head), 8, ["预算执行进度", "预算预警", "预测得分", "预测等级"])
  headerRow(sheet, head, 1, LAST)
  sheet.getRow(head).height = fitHeight([["预算执行进度", WIDTHS[7]!]])
  lightCaptions(sheet, head, 3)
  results.projects.forEach((p, n) => {
    const r = head + 1 + n
    const row = sheet.getRow(r)
    putText(row.getCell(1), p.unit)
    putText(row.getCell(2), p.name)
    for (const col of [1, 2]) row.getCell(col).alignment = wrapLeft
    putCounts(row, 3, projectLights(p))
    const progress = p.budget?.progress ?? null
    putNumber(row.getCell(8), progress === null ? null : pointsToFraction(progress), percent)
    if (p.budget === null) putText(row.getCell(9), "未提供")
    else putLight(row.getCell(9), p.budget.light as Light)
    putNumber(row.getCell(10), p.projected.total, scoreFormat(2))
    putText(row.getCell(11), p.projected.grade)
    row.height = fitHeight([
      [p.unit, WIDTHS[0]!],
      [p.name, WIDTHS[1]!],
    ])
  })
  const last = head + results.projects.length
  box(sheet, [head + 1, 1, last, LAST])
  return last
}

/** Adds 监控汇总 as the workbook's first sheet. */
export const addMonitorSummarySheet = (
  workbook: ExcelJS.Workbook,
  name: string,
  results: MonitorJson,
): ExcelJS.Worksheet => {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: printSetup("landscape"),
    views: [{ showGridLines: false }],
  })
  sheet.columns = WIDTHS.map((width) => ({ width }))
  label(sheet, [1, 1, 1, LAST], `${results.year}年${monthSpan(results.asOf)}${MONITOR_SUMMARY_TITLE}`).font =
    titleFont
  sheet.getRow(1).height = TITLE_HEIGHT
  const time = `截至 ${results.asOf}　序时进度 ${results.timeProgress?.toFixed(2) ?? "—"}%（已过 ${results.days.elapsed} 天 ÷ 全年 ${results.days.year} 天）　评分规则 ${results.policy}`
  label(sheet, [2, 1, 2, LAST], time)
  const note = merge(sheet, [3, 1, 3, LAST])
  putText(note, results.projection)
  note.alignment = wrapLeft
  note.font = { ...boldFont, color: { argb: "FF8A4B00" } }
  sheet.getRow(3).height = fitHeight([[results.projection, spanWidth(WIDTHS, 1, LAST)]])
  let row = writeCounts(sheet, results, 5)
  row = writeUnits(sheet, results, row + 2)
  row = writeRedList(sheet, results, row + 2)
  row = writeProjects(sheet, results, row + 2)
  sheet.pageSetup.printArea = `A1:${sheet.getColumn(LAST).letter}${row}`
  return sheet
}
