/**
 * 绩效监控表.xlsx: 监控汇总 first, then one 项目支出绩效目标执行监控表 per project, through the year-end
 * workbook's machinery (cells, styles, sheet names, the stable zip), so the same results give the same bytes.
 */
import { projectSheetNames, sheetNamer } from "../xlsx/sheet-names.ts"
import { stableZip } from "../xlsx/stable-zip.ts"
import type { MonitorRenderer } from "./model.ts"
import { MONITOR_XLSX_FILE } from "./words.ts"
import { addMonitorProjectSheet } from "./xlsx-project-sheet.ts"
import { addMonitorSummarySheet } from "./xlsx-summary-sheet.ts"

/** The summary sheet's name. */
export const MONITOR_SUMMARY_SHEET = "监控汇总"

const FIXED_DATE = new Date(0)

/** The sheet names of a run: 监控汇总, then one per project (valid, unique, at most 31 characters). */
export const planMonitorSheets = (
  projects: ReadonlyArray<{ readonly name: string; readonly unit: string }>,
): { readonly summary: string; readonly projects: ReadonlyArray<string> } => {
  const name = sheetNamer()
  const summary = name(MONITOR_SUMMARY_SHEET)
  return { summary, projects: projectSheetNames(projects, name) }
}

/** Renders a monitoring results.json as 绩效监控表.xlsx. */
export const renderMonitorXlsx: MonitorRenderer = async (results) => {
  const { default: Excel } = await import("exceljs")
  const workbook = new Excel.Workbook()
  workbook.creator = "jixiao"
  workbook.created = FIXED_DATE
  workbook.modified = FIXED_DATE
  const plan = planMonitorSheets(results.projects)
  addMonitorSummarySheet(workbook, plan.summary, results)
  results.projects.forEach((project, i) => {
    addMonitorProjectSheet(workbook, plan.projects[i]!, project, results)
  })
  const contents = await stableZip(new Uint8Array(await workbook.xlsx.writeBuffer()))
  return [{ name: MONITOR_XLSX_FILE, contents }]
}
