import type { ResultsJson } from "@jixiao/scoring"
import type ExcelJS from "exceljs"
import { fitHeight, NOT_GIVEN, pointsToFraction, putCaptions, putLink, putNumber, putText } from "./cells.ts"
import { label, merge } from "./layout.ts"
import type { ProjectJson, RollupJson, SheetPlan } from "./model.ts"
import { linkTo } from "./sheet-names.ts"
import {
  amountFormat,
  box,
  headerRow,
  linkFont,
  percentFormat,
  printSetup,
  scoreFormat,
  TITLE_HEIGHT,
  titleFont,
  wrapLeft,
} from "./styles.ts"

const WIDTHS = [36, 12, 12, 12, 9, 8, 10, 22]
const TABLE_ROW = 4

/** The amount unit of the budget table (one for the whole table), for headings. */
export const amountUnitOf = (results: ResultsJson): string | null =>
  results.projects.find((p) => p.budget?.amountUnit)?.budget?.amountUnit ?? null

// The unit note goes on a line of its own: `全年预算数（万元）` is wider than the column, and left to wrap
// it breaks inside the note. The readers drop the line break with the note (`columns.ts`).
const headerOf = (results: ResultsJson): ReadonlyArray<string> => {
  const unit = amountUnitOf(results)
  const suffix = unit ? `\n（${unit}）` : ""
  return [
    "项目",
    `年初预算数${suffix}`,
    `全年预算数${suffix}`,
    `全年执行数${suffix}`,
    "执行率",
    "总分",
    "自评等级",
    "工作表",
  ]
}

// The sheet name is shown as well as linked: it is the project name shortened or suffixed (购置经费(2)),
// and it stays findable where a viewer does not follow in-workbook links.
const writeProject = (row: ExcelJS.Row, project: ProjectJson, sheet: string, decimals: number): void => {
  putLink(row.getCell(1), project.name, linkTo(sheet))
  row.getCell(1).font = linkFont
  const budget = project.budget
  if (budget === null) for (const col of [2, 3, 4, 5]) putText(row.getCell(col), NOT_GIVEN)
  else {
    putNumber(row.getCell(2), budget.initial, amountFormat)
    putNumber(row.getCell(3), budget.planned, amountFormat)
    putNumber(row.getCell(4), budget.executed, amountFormat)
    const rate = budget.rate === null ? null : pointsToFraction(budget.rate)
    putNumber(row.getCell(5), rate, percentFormat(decimals))
  }
  putNumber(row.getCell(6), project.total, scoreFormat(decimals))
  putText(row.getCell(7), project.grade)
  putText(row.getCell(8), sheet)
  for (const col of [1, 8]) row.getCell(col).alignment = wrapLeft
  row.height = fitHeight([
    [project.name, WIDTHS[0]!],
    [sheet, WIDTHS[7]!],
  ])
}

/**
 * The title names the unit as per-unit budget sheets do (`单位名称：…`): the budget reader takes each
 * sheet's unit from it, so that `--budget 自评表.xlsx` reads every unit's projects.
 */
export const unitTitle = (unit: string): string => `单位名称：${unit}`

/** 单位-…: one unit's projects with budget, execution rate, total and grade, each linked to its 自评表. */
export const addUnitSheet = (
  workbook: ExcelJS.Workbook,
  plan: SheetPlan,
  unit: RollupJson,
  results: ResultsJson,
): void => {
  const decimals = results.policy.rounding.decimals
  const sheet = workbook.addWorksheet(plan.units.get(unit.name)!, { pageSetup: printSetup("portrait") })
  sheet.columns = WIDTHS.map((width) => ({ width }))
  const title = merge(sheet, [1, 1, 1, WIDTHS.length])
  putText(title, unitTitle(unit.name))
  title.font = titleFont
  title.alignment = { horizontal: "center", vertical: "middle" }
  sheet.getRow(1).height = TITLE_HEIGHT
  label(sheet, [2, 2, 2, 2], "单位得分")
  putNumber(sheet.getCell(2, 3), unit.score, scoreFormat(decimals))
  label(sheet, [2, 4, 2, 6], "自评等级")
  putText(sheet.getCell(2, 7), unit.grade)
  const back = sheet.getCell(2, 8)
  putLink(back, `返回「${plan.summary}」`, linkTo(plan.summary))
  back.font = linkFont
  const header = headerOf(results)
  putCaptions(sheet.getRow(TABLE_ROW), 1, header)
  headerRow(sheet, TABLE_ROW, 1, header.length)
  sheet.getRow(TABLE_ROW).height = fitHeight(header.map((text, i) => [text, WIDTHS[i]!]))
  let row = TABLE_ROW
  results.projects.forEach((project, i) => {
    if (project.unit !== unit.name) return
    row += 1
    writeProject(sheet.getRow(row), project, plan.projects[i]!, decimals)
  })
  if (row > TABLE_ROW) box(sheet, [TABLE_ROW + 1, 1, row, header.length])
  sheet.pageSetup.printArea = `A1:${sheet.getColumn(header.length).letter}${row}`
  sheet.pageSetup.printTitlesRow = `${TABLE_ROW}:${TABLE_ROW}`
}
