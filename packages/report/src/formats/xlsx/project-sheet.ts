import type ExcelJS from "exceljs"
import type { Basis } from "../../target-heading.ts"
import {
  fitHeight,
  NOT_GIVEN,
  pointsToFraction,
  putCaptions,
  putNumber,
  putText,
  spanWidth,
} from "./cells.ts"
import { goalSummary, INDICATOR_HEADER_ROW, writeIndicators } from "./indicator-block.ts"
import { label, merge } from "./layout.ts"
import type { ProjectJson } from "./model.ts"
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
} from "./styles.ts"

/** Column widths of the 自评表 (A–H): about 100 units, one A4 portrait page wide. */
export const PROJECT_WIDTHS: ReadonlyArray<number> = [10, 13, 20, 13, 13, 7, 7, 19]

/** What a project sheet needs besides the project. */
export interface ProjectContext {
  readonly year: number | null
  readonly department: string
  readonly decimals: number
  readonly basis: Basis
}

const BUDGET_HEADER = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
const BUDGET_ROWS = ["年度资金总额", "其中：本年财政拨款", "上年结转资金", "其他资金"] as const
/** Room to sign in by hand. */
const SIGN_OFF_HEIGHT = 30

const writeHead = (sheet: ExcelJS.Worksheet, project: ProjectJson, context: ProjectContext): void => {
  label(sheet, [1, 1, 1, 8], "项目支出绩效自评表").font = titleFont
  label(sheet, [2, 1, 2, 8], `（${context.year ?? "    "}年度）`)
  sheet.getRow(1).height = TITLE_HEIGHT
  label(sheet, [3, 1, 3, 1], "项目名称")
  putText(merge(sheet, [3, 2, 3, 8]), project.name)
  label(sheet, [4, 1, 4, 1], "主管部门")
  putText(merge(sheet, [4, 2, 4, 4]), context.department)
  label(sheet, [4, 5, 4, 5], "实施单位")
  putText(merge(sheet, [4, 6, 4, 8]), project.unit)
  box(sheet, [3, 1, 4, 8], wrapLeft)
  sheet.getRow(3).height = fitHeight([[project.name, spanWidth(PROJECT_WIDTHS, 2, 8)]])
  sheet.getRow(4).height = fitHeight([
    [context.department, spanWidth(PROJECT_WIDTHS, 2, 4)],
    [project.unit, spanWidth(PROJECT_WIDTHS, 6, 8)],
  ])
}

/** The project's budget findings (codes `budget_…`: `没有该项目的预算执行数据，预算执行率得 0 分`), in the catalogue's words. */
const budgetNote = (project: ProjectJson): string | null =>
  [...new Set(project.findings.filter((f) => f.code.startsWith("budget_")).map((f) => f.message))].join(
    "；",
  ) || null

/** 年度资金总额 of a project given no budget data: 未提供 in the figures, and what that cost beside them. */
const writeMissingBudget = (sheet: ExcelJS.Worksheet, project: ProjectJson): void => {
  for (const col of [3, 4, 5]) putText(sheet.getCell(6, col), NOT_GIVEN)
  const note = budgetNote(project) ?? NOT_GIVEN
  putText(merge(sheet, [6, 6, 6, 8]), note)
  sheet.getCell(6, 6).alignment = wrapLeft
  sheet.getRow(6).height = fitHeight([
    [BUDGET_ROWS[0], PROJECT_WIDTHS[1]!],
    [note, spanWidth(PROJECT_WIDTHS, 6, 8)],
  ])
}

const writeBudget = (sheet: ExcelJS.Worksheet, project: ProjectJson, context: ProjectContext): void => {
  const budget = project.budget
  label(sheet, [5, 1, 9, 1], `项目资金（${budget?.amountUnit ?? "万元"}）`)
  headerRow(sheet, 5, 2, 8)
  putCaptions(sheet.getRow(5), 3, BUDGET_HEADER)
  BUDGET_ROWS.forEach((text, i) => {
    sheet.getCell(6 + i, 2).value = text
    sheet.getRow(6 + i).height = fitHeight([[text, PROJECT_WIDTHS[1]!]])
  })
  if (budget === null) writeMissingBudget(sheet, project)
  else {
    const row = sheet.getRow(6)
    const score = scoreFormat(context.decimals)
    putNumber(row.getCell(3), budget.initial, amountFormat)
    putNumber(row.getCell(4), budget.planned, amountFormat)
    putNumber(row.getCell(5), budget.executed, amountFormat)
    putNumber(row.getCell(6), budget.weight, score)
    putNumber(
      row.getCell(7),
      budget.rate === null ? null : pointsToFraction(budget.rate),
      percentFormat(context.decimals),
    )
    putNumber(row.getCell(8), budget.score, score)
  }
  box(sheet, [5, 1, 9, 8])
}

const writeGoal = (sheet: ExcelJS.Worksheet, project: ProjectJson): void => {
  label(sheet, [10, 1, 11, 1], "年度总体目标")
  label(sheet, [10, 2, 10, 5], "预期目标")
  label(sheet, [10, 6, 10, 8], "实际完成情况")
  headerRow(sheet, 10, 2, 8)
  // The unit's own sentence when its actuals sheet gave one; else the indicators' tally, generated.
  const summary = project.goalActual || goalSummary(project.indicators)
  putText(merge(sheet, [11, 2, 11, 5]), project.goal)
  putText(merge(sheet, [11, 6, 11, 8]), summary)
  box(sheet, [10, 1, 11, 8], wrapLeft)
  sheet.getRow(11).height = fitHeight([
    [project.goal, spanWidth(PROJECT_WIDTHS, 2, 5)],
    [summary, spanWidth(PROJECT_WIDTHS, 6, 8)],
  ])
}

/** 总分 and 自评等级 below the indicators; returns the last row. */
const writeFooter = (
  sheet: ExcelJS.Worksheet,
  project: ProjectJson,
  top: number,
  decimals: number,
): number => {
  label(sheet, [top, 1, top, 6], "总分")
  putNumber(sheet.getCell(top, 7), project.total, scoreFormat(decimals))
  label(sheet, [top + 1, 1, top + 1, 6], "自评等级")
  putText(merge(sheet, [top + 1, 7, top + 1, 8]), project.grade)
  box(sheet, [top, 1, top + 1, 8])
  return top + 1
}

/** The blanks a filed form is signed on: a caption in one column, then the columns of its line. */
const SIGN_OFF: ReadonlyArray<
  readonly [caption: string, at: number, from: number, to: number, blank: string]
> = [
  ["填报人：", 1, 2, 2, ""],
  ["审核人：", 3, 4, 4, ""],
  ["填报日期：", 5, 6, 8, "        年      月      日"],
]
const underline: Partial<ExcelJS.Borders> = { bottom: { style: "thin", color: { argb: "FF000000" } } }

/**
 * 填报人, 审核人 and 填报日期 below the table, each caption followed by a line to write on (a bottom
 * border), as the printed forms carry them. Returns the row.
 */
const writeSignOff = (sheet: ExcelJS.Worksheet, row: number): number => {
  for (const [caption, at, from, to, blank] of SIGN_OFF) {
    const label = sheet.getCell(row, at)
    putText(label, caption)
    label.font = bodyFont
    label.alignment = { horizontal: "right", vertical: "bottom" }
    const line = merge(sheet, [row, from, row, to])
    putText(line, blank)
    line.font = bodyFont
    line.alignment = { horizontal: "center", vertical: "bottom" }
    for (let col = from; col <= to; col++) sheet.getCell(row, col).border = underline
  }
  sheet.getRow(row).height = SIGN_OFF_HEIGHT
  return row
}

/** The 项目支出绩效自评表 of one project (domain §4), set up to print on A4 portrait. */
export const addProjectSheet = (
  workbook: ExcelJS.Workbook,
  name: string,
  project: ProjectJson,
  context: ProjectContext,
): ExcelJS.Worksheet => {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: printSetup("portrait"),
    views: [{ showGridLines: false }],
  })
  PROJECT_WIDTHS.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width
  })
  writeHead(sheet, project, context)
  writeBudget(sheet, project, context)
  writeGoal(sheet, project)
  const next = writeIndicators(sheet, project.indicators, PROJECT_WIDTHS, context.decimals, context.basis)
  const last = writeSignOff(sheet, writeFooter(sheet, project, next, context.decimals) + 2)
  sheet.pageSetup.printArea = `A1:H${last}`
  sheet.pageSetup.printTitlesRow = `${INDICATOR_HEADER_ROW}:${INDICATOR_HEADER_ROW}`
  return sheet
}
