/** How serious a finding is: an `error` makes a target unusable for grading. */
export type Severity = "error" | "warning" | "info"

/**
 * A problem found while compiling a target text. `code` is stable (snake_case); `data` explains it.
 * Wording lives in the message catalogue, never here.
 */
export interface TargetIssue {
  readonly code: TargetIssueCode
  readonly severity: Severity
  readonly data?: Readonly<Record<string, string | number>>
  /** Span [start, end) of the offending text inside the target text. */
  readonly span?: readonly [number, number]
}

/** Every code a compiled target can carry. */
export type TargetIssueCode =
  | "empty_target"
  | "unparsed_target"
  | "multiple_values"
  | "unit_missing"
  | "unit_from_name"
  | "direction_inferred"
  | "deadline_year_missing"
  | "deadline_invalid"
  | "vague_target"
  | "approximate_value"
  | "percent_over_100"
  | "currency_assumed"
  | "cost_currency_missing"
  | "rate_target_duration"
  | "range_reversed"
  | "sentence_as_one"
  | "excel_serial_date"
  | "target_too_long"
  | "excel_error"
  | "deadline_year_implausible"
