import type { CompiledTarget, Indicator, Measurement, RowRejectionCode, SourceRef, Tier } from "@jixiao/core"
import type { Exact } from "./numbers.ts"
import type { Grade, Group } from "./policy/policy.ts"

/** How an indicator fared (style: outcomes are values, never exceptions). */
export type Status = "met" | "partially_met" | "not_met" | "needs_review" | "not_evaluated"

/** Stable codes of scoring findings. */
export type ScoreFindingCode =
  | "over_achievement"
  | "strict_bound_equal"
  | "group_without_points"
  | "weight_zero"
  | "budget_rate_over"
  | "budget_not_positive"
  | "unit_mismatch"
  | "unit_assumed"
  | "deviation_reason_missing"
  | "approximate_actual"
  | "actual_with_comparator"
  | "actual_missing"
  | "actual_unreadable"
  | "actual_negated"
  | "tier_unreadable"
  | "negative_actual"
  | "negative_target"
  | "target_missing"
  | "target_unparsed"
  | "deadline_missed"
  | "deadline_unknown"
  | "tier_from_words"
  | "actual_restates_target"
  | "tier_share_outside_band"
  | "tier_conflict"
  | "compound_unmatched"
  | "reference_needs_value"
  | "deduction_without_reason"
  | "deduction_unreadable"
  | "weights_group_mismatch"
  | "weights_total_mismatch"
  | "weight_unreadable"
  | "budget_missing"
  | "budget_unreadable"
  | "budget_rate_low"
  | "group_unknown"
  | "range_outside"
  | "baseline_missing"
  | "baseline_unreadable"
  | "baseline_used"
  | "growth_from_actual"
  | "magnitude_suspect"
  | "deadline_same_year"
  | "target_from_name"
  | "direction_from_name"
  | "baseline_not_positive"
  | "zero_target_other_thing"
  | "budget_not_given"
  | "budget_rescaled"
  | "budget_rate_implausible"
  | "formula_failed"

/** A finding raised while scoring: code, severity and the data that explains it. */
export interface ScoreFinding {
  readonly code: ScoreFindingCode
  readonly severity: "error" | "warning" | "info"
  readonly data?: Readonly<Record<string, string | number>>
  readonly at?: SourceRef | undefined
}

/** One graded part of a compound indicator. */
export interface PartResult {
  readonly expects: string
  readonly received: string
  readonly status: Status
  readonly weight: Exact
  readonly score: Exact | null
  readonly ratio: Exact | null
}

/** The result of grading one indicator. */
export interface IndicatorResult {
  readonly indicator: Indicator
  readonly group: Group
  /** The target graded against (annual by default; period with `--basis period`). */
  readonly target: CompiledTarget | null
  readonly actualText: string | null
  /** The 评价等级 cell as the unit wrote it (null when it wrote none): kept so that a 自评表 reads back the same. */
  readonly tierText: string | null
  /** The 上年实际值 cell as the unit wrote it; null when none was written (a baseline from the ledger is not). */
  readonly baselineText: string | null
  readonly measurement: Measurement | null
  readonly tier: Tier | null
  readonly weight: Exact
  readonly status: Status
  /** actual ÷ target for quantities. */
  readonly ratio: Exact | null
  /** The formula's score before a reviewer's deduction; null when a person must decide. */
  readonly computed: Exact | null
  readonly deduction: Exact | null
  readonly deductionReason: string | null
  /** The final score (0 when not evaluated or needing review: it counts nothing until a person decides). */
  readonly score: Exact
  readonly expects: string
  readonly received: string
  readonly deviationReason: string | null
  readonly parts: ReadonlyArray<PartResult> | null
  readonly findings: ReadonlyArray<ScoreFinding>
}

/**
 * What became of a project's budget block: scored; a cell of its row unreadable (the block scores 0, the
 * row is listed); a rate too high to be real (0 until a person looks); no row for the project in the budget
 * sheet; or no budget sheet at all.
 */
export type BudgetState = "scored" | "unreadable" | "needs_review" | "no_row" | "not_given"

/** The budget-execution block of one project. */
export interface BudgetResult {
  readonly initial: Exact | null
  readonly planned: Exact
  /** null when the 全年执行数 cell could not be read (the block then scores 0, with a finding). */
  readonly executed: Exact | null
  readonly rate: Exact | null
  readonly weight: Exact
  readonly score: Exact
  readonly amountUnit: string | null
  readonly at: SourceRef
}

/** The result of one project: its budget block, indicators, total and grade. */
export interface ProjectResult {
  readonly unit: string
  readonly name: string
  readonly goal: string
  /** The unit's own 实际完成情况 of the goal, from its actuals sheet; null when it wrote none. */
  readonly goalActual: string | null
  readonly budget: BudgetResult | null
  readonly budgetState: BudgetState
  readonly budgetWeight: Exact
  readonly indicators: ReadonlyArray<IndicatorResult>
  readonly total: Exact
  readonly grade: Grade
  readonly findings: ReadonlyArray<ScoreFinding>
  readonly at: SourceRef
}

/** A roll-up over several projects (a unit or the department). */
export interface Rollup {
  readonly name: string
  /** How project totals were combined: weighted by 全年预算数, or the simple mean (policy, or budgets missing). */
  readonly method: "budget_weighted" | "mean"
  /** Set when the policy asked for `budget_weighted` and the mean was used: how many projects lacked a budget. */
  readonly fallback: { readonly projectsWithoutBudget: number } | null
  readonly score: Exact
  readonly grade: Grade
  readonly projects: number
  readonly grades: Readonly<Record<Grade, number>>
  readonly min: Exact
  readonly max: Exact
}

/** An input row that was not graded, with why. */
/** Why scoring did not use a row it was given: it matched nothing, repeated one, or could not be read. */
export type MatchRejectionCode =
  | "unknown_project"
  | "ambiguous_project"
  | "unknown_indicator"
  | "ambiguous_indicator"
  | "duplicate_row"
  | "actual_unreadable"
  | "tier_unreadable"
  | "budget_unreadable"

/** The one code of a row not used: a reader's (core) or scoring's own. */
export type RejectionCode = RowRejectionCode | MatchRejectionCode

export interface Rejection {
  readonly file: string
  readonly row: number
  readonly sheet?: string | undefined
  /** 1-based column of the cell at fault, when one cell is. */
  readonly column?: number | undefined
  readonly reason: RejectionCode
  readonly data?: Readonly<Record<string, string | number>>
}
