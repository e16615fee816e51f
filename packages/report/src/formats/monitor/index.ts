/**
 * The reports of a monitoring run (`jixiao monitor --format`): 绩效监控表.xlsx, 监控报告.html, 监控报告.md
 * and 监控明细.csv, rendered from its results.json. Pure: results in, files out.
 */
import type { MonitorResultsJson } from "@jixiao/scoring"
import type { ReportFile } from "../../report-file.ts"
import { renderMonitorCsv } from "./csv.ts"
import { renderMonitorHtml } from "./html.ts"
import { renderMonitorMarkdown } from "./markdown.ts"
import type { MonitorFormat, MonitorRenderer } from "./model.ts"
import { renderMonitorXlsx } from "./xlsx.ts"

export type { MonitorFormat, MonitorRenderer } from "./model.ts"
export {
  MONITOR_CSV_FILE,
  MONITOR_HTML_FILE,
  MONITOR_MD_FILE,
  MONITOR_XLSX_FILE,
} from "./words.ts"

/** Each monitoring format's renderer. */
export const monitorRenderers: Readonly<Record<MonitorFormat, MonitorRenderer>> = {
  html: renderMonitorHtml,
  xlsx: renderMonitorXlsx,
  md: renderMonitorMarkdown,
  csv: renderMonitorCsv,
}

/** Every monitoring format, in the order help lists them. */
export const monitorReportFormats: ReadonlyArray<MonitorFormat> = ["html", "xlsx", "md", "csv"]

/** What `jixiao monitor` writes beside results.json when no format is named: the page and the workbook. */
export const defaultMonitorFormats: ReadonlyArray<MonitorFormat> = ["html", "xlsx"]

/** Renders the chosen formats of a monitoring run, in order. */
export const renderMonitorReports = async (
  results: MonitorResultsJson,
  formats: ReadonlyArray<MonitorFormat>,
): Promise<ReadonlyArray<ReportFile>> => {
  const files: ReportFile[] = []
  for (const format of formats) files.push(...(await monitorRenderers[format](results)))
  return files
}
