import type { TargetJson } from "../compile/target-json.ts"
import type { Severity } from "../model/issue.ts"
import type { SourceRef } from "../model/source.ts"

/** Stable codes of the target review. */
export type FindingCode =
  | "targets_disagree"
  | "target_repeats_indicator_name"
  | "target_in_indicator_name"
  | "period_bare_count"
  | "qualitative_output_target"
  | "unparsed_target"
  | "unit_missing"
  | "duplicate_indicator"
  | "duplicate_project"
  | "missing_target"
  | "vague_target"
  | "project_without_indicators"
  | "table_without_indicators"
  | "row_rejected"
  | "target_from_name"
  | "name_placeholder"
  | "rate_target_duration"
  | "cost_currency_missing"
  | "range_reversed"
  | "direction_from_name"
  | "target_issue"

/** Which cell a finding is about. */
export type FindingField = "annual" | "period" | "name" | "project" | "row"

/** One thing a reviewer at a finance bureau would raise, with where it is. */
export interface Finding {
  readonly code: FindingCode
  readonly severity: Severity
  readonly unit: string | null
  readonly project: string | null
  /** The indicator's name, or null for project- and row-level findings. */
  readonly indicator: string | null
  /** The indicator's number inside its project, when the finding is about one. */
  readonly no: number | null
  readonly field: FindingField
  readonly data: Readonly<Record<string, string | number>>
  /** The message in the chosen locale (zh-CN by default). */
  readonly message: string
  readonly at: SourceRef
}

/** A compiled target of the table, with the indicator it belongs to. */
export interface LintTarget {
  readonly unit: string
  readonly project: string
  readonly indicator: string
  readonly no: number
  readonly field: "annual" | "period"
  readonly compiled: TargetJson
}

/** The result of reviewing a target table: the contract of `jixiao lint --json`. */
export interface LintReport {
  readonly file: string
  readonly department: string | null
  readonly counts: { readonly units: number; readonly projects: number; readonly indicators: number }
  readonly findings: ReadonlyArray<Finding>
  readonly targets: ReadonlyArray<LintTarget>
}
