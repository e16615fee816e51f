import type { ResultsJson } from "@jixiao/scoring"
import type ExcelJS from "exceljs"
import { putCaptions, putNumber, putText } from "./cells.ts"
import { findingsText } from "./indicator-notes.ts"
import type { IndicatorJson, ProjectJson, SheetPlan } from "./model.ts"
import { bodyFont, countFormat, headerRow, percentFormat, printSetup, scoreFormat } from "./styles.ts"

type Column = readonly [heading: string, width: number, put: (cell: ExcelJS.Cell, row: DetailRow) => void]

interface DetailRow {
  readonly project: ProjectJson
  readonly indicator: IndicatorJson
  readonly decimals: number
}

const text =
  (of: (row: DetailRow) => string | null): Column[2] =>
  (cell, row) =>
    putText(cell, of(row))

const score =
  (of: (i: IndicatorJson) => number | null): Column[2] =>
  (cell, { indicator, decimals }) =>
    putNumber(cell, of(indicator), scoreFormat(decimals))

/** The columns, in order. 扣分 and 扣分原因 close the row: the reviewer's deduction behind 得分. */
export const DETAIL_COLUMNS: ReadonlyArray<Column> = [
  ["单位", 18, text((r) => r.project.unit)],
  ["项目", 26, text((r) => r.project.name)],
  ["序号", 6, (cell, r) => putNumber(cell, r.indicator.no, countFormat)],
  ["一级指标", 12, text((r) => r.indicator.level1)],
  ["二级指标", 14, text((r) => r.indicator.level2)],
  ["三级指标", 26, text((r) => r.indicator.name)],
  ["年度指标值", 18, text((r) => r.indicator.target)],
  ["期望", 18, text((r) => r.indicator.expects)],
  ["实际完成值", 18, text((r) => r.indicator.actual)],
  ["分值", 8, score((i) => i.weight)],
  ["得分", 8, score((i) => i.score)],
  ["状态", 11, text((r) => r.indicator.statusName)],
  ["比率", 10, (cell, r) => putNumber(cell, r.indicator.ratio, percentFormat(2))],
  ["发现", 36, text((r) => findingsText(r.indicator))],
  ["偏差原因", 36, text((r) => r.indicator.deviationReason)],
  ["扣分", 8, score((i) => i.deduction)],
  ["扣分原因", 20, text((r) => r.indicator.deductionReason)],
]

/** 指标明细: one row per indicator for filtering and pivoting; header frozen, autoFilter on. */
export const addDetailSheet = (workbook: ExcelJS.Workbook, plan: SheetPlan, results: ResultsJson): void => {
  const decimals = results.policy.rounding.decimals
  const sheet = workbook.addWorksheet(plan.detail, {
    pageSetup: printSetup("landscape"),
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
  })
  sheet.columns = DETAIL_COLUMNS.map(([, width]) => ({ width }))
  putCaptions(
    sheet.getRow(1),
    1,
    DETAIL_COLUMNS.map(([heading]) => heading),
  )
  headerRow(sheet, 1, 1, DETAIL_COLUMNS.length)
  let row = 1
  for (const project of results.projects)
    for (const indicator of project.indicators) {
      row += 1
      const values = sheet.getRow(row)
      DETAIL_COLUMNS.forEach(([, , put], i) => {
        const cell = values.getCell(i + 1)
        put(cell, { project, indicator, decimals })
        cell.font = bodyFont
        cell.alignment = { vertical: "top" }
      })
    }
  const lastColumn = sheet.getColumn(DETAIL_COLUMNS.length).letter
  sheet.autoFilter = `A1:${lastColumn}1`
  sheet.pageSetup.printArea = `A1:${lastColumn}${row}`
  sheet.pageSetup.printTitlesRow = "1:1"
}
