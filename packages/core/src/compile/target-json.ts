import type { TargetIssueCode } from "../model/issue.ts"
import type { Comparator, TargetKind } from "../model/target.ts"

/**
 * The machine form of a compiled target: the contract of `jixiao compile --json` and of lint's `targets`.
 * `value` has its magnitude applied and percents are in points; `unit` has no magnitude.
 */
export interface TargetJson {
  readonly text: string
  readonly kind: TargetKind
  readonly op: Comparator | null
  readonly value: number | null
  /** The exact value as a decimal string, for consumers that must not round. */
  readonly exact: string | null
  readonly unit: string | null
  /** `YYYY-MM-DD`: the last day that still counts. */
  readonly deadline: string | null
  readonly label: string | null
  /** Per-item targets: the item each bound applies to. */
  readonly item: string | null
  /** Reference targets: the figure referred to. */
  readonly reference: string | null
  /** Qualitative targets: what is asked for. */
  readonly sense: string | null
  /** Ranges: the bounds with their magnitude applied (like `value`), their exact decimal strings, their comparators. */
  readonly min: number | null
  readonly max: number | null
  readonly minExact: string | null
  readonly maxExact: string | null
  readonly minOp: ">=" | ">" | null
  readonly maxOp: "<=" | "<" | null
  /** Previous-year references: `上年` or the year written, and the change demanded from it. */
  readonly baseline: string | null
  readonly change: {
    readonly by: "percent" | "points" | "amount" | "ratio"
    readonly value: string
    readonly unit: string | null
  } | null
  /** Deadlines: `MM-DD` of the last day that counts, known even without a year. */
  readonly monthDay: string | null
  readonly parts: ReadonlyArray<TargetJson> | null
  readonly expects: string
  readonly span: readonly [number, number]
  readonly issues: ReadonlyArray<{
    readonly code: TargetIssueCode
    readonly severity: string
    readonly message: string
  }>
}
