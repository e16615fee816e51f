import type { Decimal } from "./decimal.ts"
import type { TargetIssue } from "./issue.ts"

/** A comparison a target demands of the actual value: `≥` is written `>=`. */
export type Comparator = ">=" | ">" | "<=" | "<" | "="

/** Where a comparator came from: written in the text, or inferred from the indicator. */
export type DirectionSource = "explicit" | "cost" | "reverse" | "default" | "reference" | "name"

/** What a qualitative target asks for, from its key word. */
export type QualitativeSense = "improve" | "complete" | "comply" | "file" | "describe" | "affirm" | "deny"

/** Every kind a compiled target can take. */
export type TargetKind =
  | "quantity"
  | "deadline"
  | "qualitative"
  | "compound"
  | "per_item"
  | "range"
  | "reference"
  | "unparsed"

interface TargetBase {
  /** The text this target was compiled from (a part's own text for compound parts). */
  readonly text: string
  /** Span [start, end) of `text` inside the whole target text. */
  readonly span: readonly [number, number]
  /** What is measured, when the text names it: `合格率`, `产线建成月产能`; null otherwise. */
  readonly label: string | null
  /** The normalised human expectation, e.g. `≥ 120,000 片`. Compiling it again gives the same target. */
  readonly expects: string
  readonly issues: ReadonlyArray<TargetIssue>
}

/** An exact amount with its unit: `不少于1,300亿元` → `>= 130000000000 元`. */
export interface QuantityTarget extends TargetBase {
  readonly kind: "quantity"
  readonly op: Comparator
  readonly direction: DirectionSource
  /** The value with its magnitude applied; percents in points (`95%` → 95). */
  readonly value: Decimal
  /** The unit without its magnitude (`万元` → `元`), `%` for percents, or null. */
  readonly unit: string | null
  /** The magnitude written (`万`, `亿`, …), kept for display; null when none. */
  readonly magnitude: string | null
  /** What is counted when it follows the unit: `9个业务系统` → `业务系统`. */
  readonly noun: string | null
}

/** A bound on every item rather than on a total: `每个站点≥3台桩`. */
export interface PerItemTarget extends Omit<QuantityTarget, "kind"> {
  readonly kind: "per_item"
  /** The item each bound applies to: `站点`, `家`. */
  readonly item: string
}

/**
 * A span between two bounds: `2-4次`, `80%-90%`, `介于3与5之间`, `≥90%、≤110%`, `误差±3%以内`. Inside is met;
 * below `min` is graded like `≥ min`, above `max` like `≤ max` (policy `range` may choose otherwise).
 */
export interface RangeTarget extends TargetBase {
  readonly kind: "range"
  /** The lower bound with its magnitude applied; percents in points. */
  readonly min: Decimal
  readonly max: Decimal
  readonly minOp: ">=" | ">"
  readonly maxOp: "<=" | "<"
  readonly unit: string | null
  readonly magnitude: string | null
  readonly noun: string | null
}

/** A date by which something must be done; `deadline` is the last day that still counts. */
export interface DeadlineTarget extends TargetBase {
  readonly kind: "deadline"
  readonly op: "<="
  /** `YYYY-MM-DD` in Asia/Shanghai, or null when the year is unknown. */
  readonly deadline: string | null
  /**
   * `MM-DD` of the last day that counts, known even without a year (`10月前` → `09-30`), so that a month-only
   * actual (`8月`) can be compared within one fiscal year; null when the date cannot be resolved.
   */
  readonly monthDay: string | null
}

/** A target graded by judgment (`进一步提高`, `按时上报`): see domain §3.3. */
export interface QualitativeTarget extends TargetBase {
  readonly kind: "qualitative"
  readonly sense: QualitativeSense
  /** The key word that decided `sense`, or null for a plain description. */
  readonly keyword: string | null
}

/**
 * The baseline of a previous-year reference: `上年` (the year before the fiscal year) or a year written
 * (`不低于2023年`).
 */
export type Baseline = { readonly kind: "previous_year" } | { readonly kind: "year"; readonly year: number }

/**
 * The change demanded from the baseline: grow or fall by a percent of it (`比上年增长8%`), move by points
 * (`同比提高3个百分点`) or by an amount (`比上年增加10万元`), or reach a multiple of it (`上年的95%` → 0.95,
 * `翻一番` → 2). The target's `op` compares the actual with the baseline so changed.
 */
export interface BaselineChange {
  readonly by: "percent" | "points" | "amount" | "ratio"
  /** Signed for percent, points and amount: a fall (`下降5%`) is negative. A ratio is the multiple itself. */
  readonly value: Decimal
  readonly unit: string | null
}

/** A target that points at another figure: `年度计划数`, a national standard's quota, last year's value. */
export interface ReferenceTarget extends TargetBase {
  readonly kind: "reference"
  readonly op: Comparator
  readonly direction: DirectionSource
  /** The figure referred to, as written. */
  readonly reference: string
  /** A standard's code when one is named (`GB/T18916`), else null. */
  readonly standard: string | null
  /** A previous year's value this target is measured against, or null for other references. */
  readonly baseline: Baseline | null
  /** The change demanded from the baseline; null when the actual is compared with the baseline itself. */
  readonly change: BaselineChange | null
}

/** A target that cannot be read; it always carries an issue saying why. */
export interface UnparsedTarget extends TargetBase {
  readonly kind: "unparsed"
}

/** Any target that is not compound. */
export type SimpleTarget =
  | QuantityTarget
  | PerItemTarget
  | RangeTarget
  | DeadlineTarget
  | QualitativeTarget
  | ReferenceTarget
  | UnparsedTarget

/** Several targets in one cell; the indicator is met when every part is. */
export interface CompoundTarget extends TargetBase {
  readonly kind: "compound"
  readonly parts: ReadonlyArray<SimpleTarget>
}

/** The result of compiling one target text. */
export type CompiledTarget = SimpleTarget | CompoundTarget

/** What the compiler may use besides the text: the indicator's levels and name, and the fiscal year. */
export interface TargetContext {
  readonly level1?: string | undefined
  readonly level2?: string | undefined
  readonly name?: string | undefined
  /** Fiscal year for dates written without one (`9月前`). */
  readonly year?: number | undefined
}
