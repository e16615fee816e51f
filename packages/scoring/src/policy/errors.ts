import { Data } from "effect"

/** Stable codes of what can be wrong in a policy file. */
export type PolicyIssueCode =
  | "invalid_json"
  | "invalid_type"
  | "invalid_number"
  | "invalid_choice"
  | "unknown_preset"
  | "unknown_policy"
  | "unknown_key"
  | "missing_key"
  | "empty_value"
  | "out_of_range"
  | "band_reversed"
  | "bands_overlap"
  | "share_outside_band"
  | "grades_unordered"
  | "grade_duplicate"
  | "grades_no_zero"
  | "weights_total"
  | "invalid_merge"
  | "empty_formula"
  | "formula_syntax"
  | "formula_symbol"
  | "formula_function"
  | "formula_unsupported"
  | "formula_number_form"
  | "formula_too_long"
  | "formula_arity"
  | "formula_boolean"
  | "formula_condition"
  | "formula_division_by_zero"
  | "formula_exponent_too_large"
  | "formula_constant_fails"

/** What explains an issue: the value found, the bounds or choices expected, a suggestion. */
export type PolicyIssueData = Readonly<Record<string, string | number | ReadonlyArray<string>>>

/** One problem, at a key path of the file such as `qualitative.bands.partial[0]` (`""` for the whole file). */
export interface PolicyIssue {
  readonly path: string
  readonly code: PolicyIssueCode
  readonly data: PolicyIssueData
}

/**
 * A policy file that cannot be used. `issues` lists every problem of the first stage that fails: the file's
 * own keys and values, then the policy merged onto its preset (orders, totals), then the custom formulas.
 */
export class PolicyError extends Data.TaggedError("PolicyError")<{
  /** The file name (or preset name) the policy came from. */
  readonly source: string
  readonly issues: ReadonlyArray<PolicyIssue>
}> {}
