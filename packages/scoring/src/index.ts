/**
 * @jixiao/scoring — grades reported actuals against compiled targets under a policy, and rolls scores
 * up to projects, units and the department. Knows nothing of files or terminals.
 *
 * Its surface: the engine (assess, and runEngine with its sources and Grader for a streamed run), the
 * policy (presets, loading, wording), and the results (results.json and its pieces, statuses). Everything
 * else (matching, sums, digests, weights) is internal to the package.
 */

export type { GradeSettings } from "./engine/assessor.ts"
// The engine.
export * from "./engine/index.ts"
// Grading one indicator or one budget block on its own (the published-table corpus tests use them).
export { scoreBudget } from "./grade/budget.ts"
export { type GradeInput, gradeIndicator, type ReportedActual } from "./grade/indicator.ts"
export { type PreviousYear, type PreviousYearRecord, previousYearOf } from "./match/previous-year.ts"
export { statusNames } from "./messages.ts"
// The result types.
export type * from "./model.ts"
// Mid-year monitoring.
export * from "./monitor/index.ts"
export { type Exact, exact, present, presentText, type Rounding } from "./numbers.ts"
// The policy.
export { compileFormulas, type Formulas } from "./policy/formulas/formulas.ts"
export {
  decodePolicy,
  decodePolicyText,
  flattenIssue,
  formatPolicyError,
  formatPolicyIssue,
  type Grade,
  type Group,
  isPresetName,
  type Policy,
  PolicyError,
  type PolicyIssue,
  type PolicyIssueCode,
  type PresetName,
  policyParseOptions,
  presetNames,
  presets,
  unknownPolicy,
} from "./policy/index.ts"
// The results.
export {
  assessmentToJson,
  projectToJson,
  type ResultsJson,
  type ResultsMeta,
  resultsHead,
  resultsTail,
} from "./results/results-json.ts"
export {
  PROJECT_INDENT,
  projectLine,
  projectText,
  resultsHeadText,
  resultsTailText,
  resultsText,
} from "./results/results-text.ts"
export type { AssessmentSummary, BudgetGap, ListedIndicator, Place } from "./sum/assessment-sum.ts"
export { countStatuses, STATUSES } from "./sum/status-count.ts"
