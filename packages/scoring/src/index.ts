/**
 * @jixiao/scoring — grades reported actuals against compiled targets under a policy, and rolls scores
 * up to projects, units and the department. Knows nothing of files or terminals.
 */

export { indexActuals } from "./engine/assess.ts"
export {
  Assessor,
  type AssessorInput,
  type GradedProject,
  type GradeSettings,
  gradePrepared,
  type Prepared,
} from "./engine/assessor.ts"
export * from "./engine/index.ts"
export { readAmount, scoreBudget } from "./grade/budget.ts"
export { type GradeInput, gradeIndicator, type ReportedActual } from "./grade/indicator.ts"
export { projectWeights } from "./grade/weights.ts"
export {
  type ActualEntry,
  ActualIndex,
  actualEntry,
  matchRows,
  type RowKeys,
  readerRejection,
  rowKeys,
  type Taken,
  tableRejection,
} from "./match/actual-index.ts"
export { BudgetIndex, indexBudget } from "./match/budget-index.ts"
export { ProjectCensus } from "./match/census.ts"
export { type PreviousYear, type PreviousYearRecord, previousYearOf } from "./match/previous-year.ts"
export { formatRejection, formatScoreFinding, statusNames } from "./messages.ts"
export type * from "./model.ts"
export { type Exact, exact, present, presentText, type Rounding } from "./numbers.ts"
export { compileFormulas, type Formulas } from "./policy/formulas/formulas.ts"
export * from "./policy/index.ts"
export {
  assessmentToJson,
  projectToJson,
  type ResultsJson,
  type ResultsMeta,
  resultsHead,
  resultsTail,
} from "./results/results-json.ts"
export {
  projectSeparator,
  projectText,
  resultsHeadText,
  resultsTailText,
  resultsText,
} from "./results/results-text.ts"
export {
  AssessmentSum,
  type AssessmentSummary,
  type BudgetGap,
  type ListedIndicator,
  type Place,
  type SummaryInputs,
} from "./sum/assessment-sum.ts"
export { gradeOf } from "./sum/grades.ts"
export {
  type DigestData,
  digestData,
  digestFromData,
  digestOf,
  type ProjectDigest,
} from "./sum/project-digest.ts"
export { RollupSum, rollup } from "./sum/rollup.ts"
export { countStatuses, STATUSES } from "./sum/status-count.ts"
