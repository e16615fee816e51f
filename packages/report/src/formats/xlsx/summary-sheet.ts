import type { Grade, ResultsJson } from "@jixiao/scoring"
import type ExcelJS from "exceljs"
import { rollupMethodText } from "../../rollup-method.ts"
import { fitHeight, putCaptions, putLink, putNumber, putText, spanWidth } from "./cells.ts"
import { label, merge } from "./layout.ts"
import type { RollupJson, SheetPlan } from "./model.ts"
import { linkTo } from "./sheet-names.ts"
import {
  box,
  countFormat,
  headerRow,
  linkFont,
  printSetup,
  scoreFormat,
  TITLE_HEIGHT,
  titleFont,
  wrapLeft,
} from "./styles.ts"

/** Grades, best first, as the distribution columns list them. */
export const GRADES: ReadonlyArray<Grade> = ["优", "良", "中", "差"]

const UNIT_HEADER = ["单位", "得分", "自评等级", "项目数", ...GRADES, "最低分", "最高分"]
const UNIT_TABLE_ROW = 14

/** Score, grade, counts and extremes of a roll-up from column `col` of `row`, in UNIT_HEADER order. */
export const putRollup = (row: ExcelJS.Row, col: number, rollup: RollupJson, decimals: number): void => {
  putNumber(row.getCell(col), rollup.score, scoreFormat(decimals))
  putText(row.getCell(col + 1), rollup.grade)
  putNumber(row.getCell(col + 2), rollup.projects, countFormat)
  GRADES.forEach((g, i) => {
    putNumber(row.getCell(col + 3 + i), rollup.grades[g], countFormat)
  })
  putNumber(row.getCell(col + 7), rollup.min, scoreFormat(decimals))
  putNumber(row.getCell(col + 8), rollup.max, scoreFormat(decimals))
}

const writeFacts = (sheet: ExcelJS.Worksheet, results: ResultsJson, decimals: number): void => {
  const { department } = results
  const facts: ReadonlyArray<readonly [string, number | string | null, string]> = [
    ["部门得分", department.score, scoreFormat(decimals)],
    ["自评等级", department.grade, ""],
    ["项目数", department.projects, countFormat],
    ["最低分", department.min, scoreFormat(decimals)],
    ["最高分", department.max, scoreFormat(decimals)],
    ["未达成指标", results.notMet.length, countFormat],
    ["待人工判断指标", results.needsReview.length, countFormat],
  ]
  facts.forEach(([caption, value, format], i) => {
    label(sheet, [4 + i, 1, 4 + i, 1], caption)
    const cell = merge(sheet, [4 + i, 2, 4 + i, 1 + GRADES.length])
    if (typeof value === "string") putText(cell, value)
    else putNumber(cell, value, format)
  })
  label(sheet, [11, 1, 12, 1], "等级分布")
  GRADES.forEach((g, i) => {
    putText(sheet.getCell(11, 2 + i), g)
    putNumber(sheet.getCell(12, 2 + i), department.grades[g], countFormat)
  })
  headerRow(sheet, 11, 2, 1 + GRADES.length)
  box(sheet, [4, 1, 12, 1 + GRADES.length])
}

/** 部门汇总: the department's score, grade and distribution, and a linked table of its units. */
export const addSummarySheet = (workbook: ExcelJS.Workbook, plan: SheetPlan, results: ResultsJson): void => {
  const decimals = results.policy.rounding.decimals
  const sheet = workbook.addWorksheet(plan.summary, { pageSetup: printSetup("portrait") })
  const widths = UNIT_HEADER.map((_, i) => (i === 0 ? 32 : 9))
  sheet.columns = widths.map((width) => ({ width }))
  label(sheet, [1, 1, 1, UNIT_HEADER.length], `${results.year ?? ""}年度项目支出绩效自评汇总`).font =
    titleFont
  putText(merge(sheet, [2, 1, 2, UNIT_HEADER.length]), results.department.name)
  sheet.getCell(2, 1).alignment = { horizontal: "center", vertical: "middle" }
  // A default-height row is too short for the 16 pt title, which then runs into the department below.
  sheet.getRow(1).height = TITLE_HEIGHT
  sheet.getRow(2).height = fitHeight([])
  const note = `汇总方式：${rollupMethodText(results.department, results.policy.rollup)}（评分规则 ${results.policy.name}）`
  const noteCell = merge(sheet, [3, 1, 3, UNIT_HEADER.length])
  putText(noteCell, note)
  noteCell.alignment = wrapLeft
  sheet.getRow(3).height = fitHeight([[note, spanWidth(widths, 1, UNIT_HEADER.length)]])
  writeFacts(sheet, results, decimals)
  putCaptions(sheet.getRow(UNIT_TABLE_ROW), 1, UNIT_HEADER)
  headerRow(sheet, UNIT_TABLE_ROW, 1, UNIT_HEADER.length)
  results.units.forEach((unit, i) => {
    const row = sheet.getRow(UNIT_TABLE_ROW + 1 + i)
    putLink(row.getCell(1), unit.name, linkTo(plan.units.get(unit.name)!))
    row.getCell(1).font = linkFont
    row.getCell(1).alignment = wrapLeft
    putRollup(row, 2, unit, decimals)
  })
  const last = UNIT_TABLE_ROW + results.units.length
  box(sheet, [UNIT_TABLE_ROW + 1, 1, last, UNIT_HEADER.length])
  const detail = sheet.getCell(last + 2, 1)
  putLink(detail, `逐项指标见「${plan.detail}」`, linkTo(plan.detail))
  detail.font = linkFont
  sheet.pageSetup.printArea = `A1:${sheet.getColumn(UNIT_HEADER.length).letter}${last + 2}`
}
