/**
 * @jixiao/scoring — grades reported actuals against compiled targets under a policy, and rolls scores
 * up to projects, units and the department. Knows nothing of files or terminals.
 */
export { type AssessInput, type Assessment, assess } from "./assess.ts"
export { readAmount, scoreBudget } from "./budget.ts"
export { compileFormulas, type Formulas } from "./formulas.ts"
export { type GradeInput, gradeIndicator, type ReportedActual } from "./grade/indicator.ts"
export { gradeOf } from "./grades.ts"
export { formatRejection, formatScoreFinding, statusNames } from "./messages.ts"
export type * from "./model.ts"
export { type Exact, exact, present, presentText, type Rounding } from "./numbers.ts"
export * from "./policy/index.ts"
export { assessmentToJson, type ResultsJson, type ResultsMeta } from "./results-json.ts"
export { rollup } from "./rollup.ts"
export { projectWeights } from "./weights.ts"
