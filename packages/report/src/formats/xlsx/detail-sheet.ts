import type { ResultsJson } from "@jixiao/scoring"
import type ExcelJS from "exceljs"
import { targetHeading } from "../../target-heading.ts"
import { putCaptions, putNumber, putText } from "./cells.ts"
import { findingsText } from "./indicator-notes.ts"
import type { IndicatorJson, ProjectJson, SheetPlan } from "./model.ts"
import { bodyFont, countFormat, headerRow, percentFormat, printSetup, scoreFormat } from "./styles.ts"

type Column = readonly [heading: string, width: number, put: (cell: ExcelJS.Cell, row: DetailRow) => void]

interface DetailRow {
  readonly project: ProjectJson
  readonly indicator: IndicatorJson
  readonly decimals: number
  /** The project's first row: the one that carries its 年度总体目标 and their 实际完成情况. */
  readonly first: boolean
}

const text =
  (of: (row: DetailRow) => string | null): Column[2] =>
  (cell, row) =>
    putText(cell, of(row))

const score =
  (of: (i: IndicatorJson) => number | null): Column[2] =>
  (cell, { indicator, decimals }) =>
    putNumber(cell, of(indicator), scoreFormat(decimals))

/** A target jixiao read from the indicator's name (both target cells were empty): left empty, as written. */
const targetCell = ({ indicator }: DetailRow): string | null =>
  indicator.findings.some((f) => f.code === "target_from_name") ? null : indicator.target

/**
 * The columns, in order. 扣分 and 扣分原因 follow 偏差原因: the reviewer's deduction behind 得分. The sheet
 * is also an input: read back as `--targets` it must give the same results, so it carries everything the
 * unit reported (评价等级, 上年实际值, the goal and its 实际完成情况 on each project's first row) and the
 * target under the heading of the basis it was graded on.
 */
export const DETAIL_COLUMNS: ReadonlyArray<Column> = [
  ["单位", 18, text((r) => r.project.unit)],
  ["项目", 26, text((r) => r.project.name)],
  ["序号", 6, (cell, r) => putNumber(cell, r.indicator.no, countFormat)],
  ["一级指标", 12, text((r) => r.indicator.level1)],
  ["二级指标", 14, text((r) => r.indicator.level2)],
  ["三级指标", 26, text((r) => r.indicator.name)],
  ["年度指标值", 18, text(targetCell)],
  ["期望", 18, text((r) => r.indicator.expects)],
  ["实际完成值", 18, text((r) => r.indicator.actual)],
  ["评价等级", 12, text((r) => r.indicator.tier ?? null)],
  ["上年实际值", 12, text((r) => r.indicator.baseline ?? null)],
  ["分值", 8, score((i) => i.weight)],
  ["得分", 8, score((i) => i.score)],
  ["状态", 11, text((r) => r.indicator.statusName)],
  ["比率", 10, (cell, r) => putNumber(cell, r.indicator.ratio, percentFormat(2))],
  ["发现", 36, text((r) => findingsText(r.indicator))],
  ["偏差原因", 36, text((r) => r.indicator.deviationReason)],
  // The reviewer's deduction as written (0.5 stays 0.5 under whole points): at least two places shown.
  [
    "扣分",
    8,
    (cell, { indicator, decimals }) =>
      putNumber(cell, indicator.deduction, scoreFormat(Math.max(decimals, 2))),
  ],
  ["扣分原因", 20, text((r) => r.indicator.deductionReason)],
  ["年度总体目标", 36, text((r) => (r.first ? r.project.goal || null : null))],
  ["年度总体目标实际完成情况", 36, text((r) => (r.first ? (r.project.goalActual ?? null) : null))],
]

/** The heading of the target column: the basis graded on (`--basis period` grades 实施周期指标值). */
const headingsOf = (results: ResultsJson): string[] =>
  DETAIL_COLUMNS.map(([heading]) => (heading === "年度指标值" ? targetHeading(results.basis) : heading))

/** Row 1 names the department (`部门名称：…`, as published target tables do); the header is row 2. */
const HEADER_ROW = 2

const columnOf = (heading: string): number => DETAIL_COLUMNS.findIndex(([h]) => h === heading) + 1

const projectOnlyRow = (values: ExcelJS.Row, project: ProjectJson): void => {
  const cells: ReadonlyArray<readonly [string, string | null]> = [
    ["单位", project.unit],
    ["项目", project.name],
    ["年度总体目标", project.goal || null],
    ["年度总体目标实际完成情况", project.goalActual ?? null],
  ]
  for (const [heading, value] of cells) {
    const cell = values.getCell(columnOf(heading))
    putText(cell, value)
    cell.font = bodyFont
  }
}

/** 指标明细: one row per indicator for filtering and pivoting; header frozen, autoFilter on. */
export const addDetailSheet = (workbook: ExcelJS.Workbook, plan: SheetPlan, results: ResultsJson): void => {
  const decimals = results.policy.rounding.decimals
  const sheet = workbook.addWorksheet(plan.detail, {
    pageSetup: printSetup("landscape"),
    views: [{ state: "frozen", xSplit: 0, ySplit: HEADER_ROW }],
  })
  sheet.columns = DETAIL_COLUMNS.map(([, width]) => ({ width }))
  putText(sheet.getCell(1, 1), `部门名称：${results.department.name}`)
  sheet.getCell(1, 1).font = bodyFont
  putCaptions(sheet.getRow(HEADER_ROW), 1, headingsOf(results))
  headerRow(sheet, HEADER_ROW, 1, DETAIL_COLUMNS.length)
  let row = HEADER_ROW
  for (const project of results.projects) {
    // A project without indicators still has its row: read back, the table keeps the project.
    if (project.indicators.length === 0) {
      row += 1
      projectOnlyRow(sheet.getRow(row), project)
    }
    for (const [n, indicator] of project.indicators.entries()) {
      row += 1
      const values = sheet.getRow(row)
      DETAIL_COLUMNS.forEach(([, , put], i) => {
        const cell = values.getCell(i + 1)
        put(cell, { project, indicator, decimals, first: n === 0 })
        cell.font = bodyFont
        cell.alignment = { vertical: "top" }
      })
    }
  }
  const lastColumn = sheet.getColumn(DETAIL_COLUMNS.length).letter
  sheet.autoFilter = `A${HEADER_ROW}:${lastColumn}${HEADER_ROW}`
  sheet.pageSetup.printArea = `A1:${lastColumn}${row}`
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`
}
