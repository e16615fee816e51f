/** The readers of target tables (the published text form, CSV and Excel, chosen by {@link parseTable}), actuals and budget sheets. */

export { parseActualsTable } from "./actuals-table.ts"
export { parseBudgetTable } from "./budget-table.ts"
export { TARGET_TABLE_HEADER } from "./columns.ts"
export { parseCsvTable } from "./csv/csv-table.ts"
export { type InferredYear, inferYear, inferYearFromHead } from "./infer-year.ts"
export { parseLevel } from "./level.ts"
export {
  LIKELIHOOD_WORDS,
  type Likelihood,
  MONITOR_KIND_WORDS,
  type MonitorKind,
  type MonitorRow,
  type MonitorTable,
  parseMonitorTable,
  REASON_CATEGORY_WORDS,
  type ReasonCategory,
} from "./monitor-table.ts"
export { parseTable, type TableInput } from "./parse-table.ts"
export type { SheetRow } from "./sheet-rows.ts"
export { joinSplitCells } from "./split-cells.ts"
export { streamActualRows } from "./streams/actual-stream.ts"
export { streamBudgetRows } from "./streams/budget-stream.ts"
export { csvRowBatches } from "./streams/csv-stream.ts"
export { ownCopy } from "./streams/own-copy.ts"
export {
  type ProjectRows,
  type ProjectStreamSummary,
  type RowsContext,
  readProjectRows,
  streamProjectRows,
} from "./streams/project-rows.ts"
export { parseTextTable } from "./text/text-table.ts"
export { parseXlsxTable } from "./xlsx/xlsx-table.ts"
