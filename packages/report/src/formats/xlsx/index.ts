/**
 * The 项目支出绩效自评表 workbook (`自评表.xlsx`): 部门汇总, one 单位-… sheet per unit, 指标明细 for
 * analysts, then one print-ready 自评表 per project (domain §4).
 */
import type { Renderer } from "../../report-file.ts"
import { addDetailSheet } from "./detail-sheet.ts"
import { addProjectSheet } from "./project-sheet.ts"
import { planSheets } from "./sheet-names.ts"
import { stableZip } from "./stable-zip.ts"
import { addSummarySheet } from "./summary-sheet.ts"
import { addUnitSheet } from "./unit-sheet.ts"

/** The file name of the workbook in the output folder. */
export const XLSX_FILE = "自评表.xlsx"

// A renderer reads no clock: the document dates are fixed, and stableZip fixes the zip's entry dates, so
// the same results always give the same bytes.
const FIXED_DATE = new Date(0)

/** Renders results.json as the 自评表 workbook; numbers stay numbers, input text stays text. */
export const renderXlsx: Renderer = async (results) => {
  // Loaded on first use: exceljs is large, and only this format needs it.
  const { default: Excel } = await import("exceljs")
  const workbook = new Excel.Workbook()
  workbook.creator = "jixiao"
  workbook.created = FIXED_DATE
  workbook.modified = FIXED_DATE
  const plan = planSheets(results)
  const context = {
    year: results.year,
    department: results.department.name,
    decimals: results.policy.rounding.decimals,
    basis: results.basis,
  }
  addSummarySheet(workbook, plan, results)
  for (const unit of results.units) addUnitSheet(workbook, plan, unit, results)
  addDetailSheet(workbook, plan, results)
  results.projects.forEach((project, i) => {
    addProjectSheet(workbook, plan.projects[i]!, project, context)
  })
  const contents = await stableZip(new Uint8Array(await workbook.xlsx.writeBuffer()))
  return [{ name: XLSX_FILE, contents }]
}
