/**
 * @jixiao/core — reads 项目支出绩效目标表 and compiles their free-text targets into typed predicates.
 * Knows nothing of scoring, files or terminals: callers hand it text and bytes.
 */

export {
  type ActualContext,
  convertUnit,
  findTier,
  lateWords,
  type Measurement,
  type Negation,
  negatingRemark,
  parseActual,
  type Refusal,
  type Tier,
  tierNames,
} from "./actual/index.ts"
export { MAX_CELL_LENGTH } from "./compile/cell-limit.ts"
export { clearTargetCache, compileTarget } from "./compile/compile-target.ts"
export { fallWords, riseWords } from "./compile/lexicon/change-words.ts"
export { excelError, excelErrorValues } from "./compile/lexicon/excel-errors.ts"
export { scaleByMagnitude } from "./compile/lexicon/magnitudes.ts"
export { plausibleYear, YEAR_WINDOW } from "./compile/lexicon/year-window.ts"
export { yesOrNo } from "./compile/lexicon/yes-no.ts"
export type { TargetJson } from "./compile/target-json.ts"
export { targetToJson } from "./compile/to-json.ts"
export { type LintOptions, lintTable } from "./lint/lint-table.ts"
export type { Finding, FindingCode, FindingField, LintReport, LintTarget } from "./lint/types.ts"
export {
  formatPlace,
  formatRowRejection,
  formatRowRejectionReason,
  formatTableReadError,
} from "./messages/table.ts"
export { formatTargetIssue, type Locale } from "./messages/target-issues.ts"
export type * from "./model/actuals.ts"
export { type Decimal, decimal, grouped, math, plain } from "./model/decimal.ts"
export { TableReadError, type TableReadErrorCode } from "./model/errors.ts"
export { isCostIndicator } from "./model/indicator-kind.ts"
export type { Severity, TargetIssue, TargetIssueCode } from "./model/issue.ts"
export { indicatorKey, nameKey, projectKey, tableProjectKey } from "./model/keys.ts"
export { columnLetter, type SourceRef } from "./model/source.ts"
export type * from "./model/table.ts"
export type * from "./model/target.ts"
export {
  csvRowBatches,
  type InferredYear,
  inferYear,
  inferYearFromHead,
  joinSplitCells,
  LIKELIHOOD_WORDS,
  type Likelihood,
  MONITOR_KIND_WORDS,
  type MonitorKind,
  type MonitorRow,
  type MonitorTable,
  ownCopy,
  type ProjectRows,
  type ProjectStreamSummary,
  parseActualsTable,
  parseBudgetTable,
  parseCsvTable,
  parseLevel,
  parseMonitorTable,
  parseTable,
  parseTextTable,
  parseXlsxTable,
  REASON_CATEGORY_WORDS,
  type ReasonCategory,
  type RowsContext,
  readProjectRows,
  type SheetRow,
  streamActualRows,
  streamBudgetRows,
  streamProjectRows,
  TARGET_TABLE_HEADER,
  type TableInput,
} from "./read/index.ts"
export * from "./template/monitor-template-rows.ts"
export * from "./template/template-rows.ts"
