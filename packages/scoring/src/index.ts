/**
 * @jixiao/scoring — grades reported actuals against compiled targets under a policy, and rolls scores
 * up to projects, units and the department. Knows nothing of files or terminals.
 */
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
} from "./actual-index.ts"
export { type AssessInput, type Assessment, assess, indexActuals } from "./assess.ts"
export {
  AssessmentSum,
  type AssessmentSummary,
  type BudgetGap,
  type ListedIndicator,
  type Place,
  type SummaryInputs,
} from "./assessment-sum.ts"
export {
  Assessor,
  type AssessorInput,
  type GradedProject,
  type GradeSettings,
  gradePrepared,
  type Prepared,
} from "./assessor.ts"
export { readAmount, scoreBudget } from "./budget.ts"
export { BudgetIndex, indexBudget } from "./budget-index.ts"
export { ProjectCensus } from "./census.ts"
export { compileFormulas, type Formulas } from "./formulas.ts"
export { type GradeInput, gradeIndicator, type ReportedActual } from "./grade/indicator.ts"
export { gradeOf } from "./grades.ts"
export { formatRejection, formatScoreFinding, statusNames } from "./messages.ts"
export type * from "./model.ts"
export { type Exact, exact, present, presentText, type Rounding } from "./numbers.ts"
export * from "./policy/index.ts"
export { type PreviousYear, type PreviousYearRecord, previousYearOf } from "./previous-year.ts"
export {
  type DigestData,
  digestData,
  digestFromData,
  digestOf,
  type ProjectDigest,
} from "./project-digest.ts"
export {
  assessmentToJson,
  projectToJson,
  type ResultsJson,
  type ResultsMeta,
  resultsHead,
  resultsTail,
} from "./results-json.ts"
export {
  projectSeparator,
  projectText,
  resultsHeadText,
  resultsTailText,
  resultsText,
} from "./results-text.ts"
export { RollupSum, rollup } from "./rollup.ts"
export { countStatuses, STATUSES } from "./status-count.ts"
export { projectWeights } from "./weights.ts"
