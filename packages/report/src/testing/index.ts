/** @jixiao/report/testing — test support shared by the packages' tests and the end-to-end tests. */

export {
  SEED_AS_OF,
  SEED_MONITOR,
  SEED_MONITOR_BUDGET,
  seedMonitorResults,
} from "./seed-monitor-results.ts"
export {
  SEED_ACTUALS,
  SEED_BUDGET,
  SEED_TARGETS,
  type SeedOptions,
  seedAssessment,
  seedResults,
} from "./seed-results.ts"
export { readWordDocument, type WordCell, type WordDocument } from "./word-document.ts"
export { loadWorkbook, rowOf } from "./workbook.ts"
