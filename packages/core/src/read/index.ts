/** The readers of target tables (the published text form, CSV and Excel, chosen by {@link parseTable}), actuals and budget sheets. */

export { streamActualRows } from "./actual-stream.ts"
export { parseActualsTable } from "./actuals-table.ts"
export { streamBudgetRows } from "./budget-stream.ts"
export { parseBudgetTable } from "./budget-table.ts"
export { TARGET_TABLE_HEADER } from "./columns.ts"
export { csvRowBatches } from "./csv-stream.ts"
export { parseCsvTable } from "./csv-table.ts"
export { type InferredYear, inferYear } from "./infer-year.ts"
export { parseLevel } from "./level.ts"
export { parseTable, type TableInput } from "./parse-table.ts"
export {
  type ProjectRows,
  type ProjectStreamSummary,
  type RowsContext,
  readProjectRows,
  streamProjectRows,
} from "./project-rows.ts"
export type { SheetRow } from "./sheet-rows.ts"
export { joinSplitCells } from "./split-cells.ts"
export { parseTextTable } from "./text-table.ts"
export { parseXlsxTable } from "./xlsx-table.ts"
