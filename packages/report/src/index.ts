/**
 * @jixiao/report — renders an assessment (results.json) as the 项目支出绩效自评表 in Excel, a
 * self-contained HTML report with charts, Markdown and CSV; and a monitoring run as 绩效监控表.xlsx, its
 * web page, Markdown and CSV. Sits between scoring and the CLI; pure:
 * it returns files, the CLI writes them.
 */
import type { ResultsJson } from "@jixiao/scoring"
import { renderers } from "./formats/index.ts"
import type { ReportFile, ReportFormat } from "./report-file.ts"

export { defaultReportFormats, renderers, reportFormats } from "./formats/index.ts"
export type { Renderer, ReportFile, ReportFormat } from "./report-file.ts"

/** Renders the chosen formats, in order; file names never leave the output folder. */
export const renderReports = async (
  results: ResultsJson,
  formats: ReadonlyArray<ReportFormat>,
): Promise<ReadonlyArray<ReportFile>> => {
  const files: ReportFile[] = []
  for (const format of formats) {
    const render = await renderers[format]()
    files.push(...(await render(results)))
  }
  return files
}
export { budgetGapText } from "./budget-gap.ts"
export { csvCell, csvDocument } from "./csv-cell.ts"
export { indicatorCsvHeader, indicatorCsvLines } from "./formats/csv.ts"
export {
  defaultMonitorFormats,
  MONITOR_CSV_FILE,
  MONITOR_HTML_FILE,
  MONITOR_MD_FILE,
  MONITOR_XLSX_FILE,
  type MonitorFormat,
  monitorRenderers,
  monitorReportFormats,
  renderMonitorReports,
} from "./formats/monitor/index.ts"
export {
  formatResultsError,
  formatResultsIssue,
  ResultsFileError,
  type ResultsIssue,
} from "./results-file-error.ts"
export { decodeResults, ResultsSchema } from "./results-schema.ts"
export { rollupMethodText } from "./rollup-method.ts"
export { monitorTemplateXlsx } from "./template/monitor-template-xlsx.ts"
export { budgetCsvPath, templateCsv } from "./template/template-csv.ts"
export { templateXlsx } from "./template/template-xlsx.ts"
export * from "./writers/index.ts"
