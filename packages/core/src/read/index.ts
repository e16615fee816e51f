/** The readers of target tables (the published text form, CSV and Excel, chosen by {@link parseTable}), actuals and budget sheets. */
export { parseActualsTable } from "./actuals-table.ts"
export { parseBudgetTable } from "./budget-table.ts"
export { parseCsvTable } from "./csv-table.ts"
export { parseLevel } from "./level.ts"
export { parseTable, type TableInput } from "./parse-table.ts"
export { parseTextTable } from "./text-table.ts"
export { parseXlsxTable } from "./xlsx-table.ts"
