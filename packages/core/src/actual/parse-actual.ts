/**
 * Reads a reported actual (实际完成值) with the target compiler's own lexicon: `12.5万片`, `96.3%`,
 * `2024年11月20日`, `10月`, `≥266米`, `200余人`, `无`, `是`, `已完成`, `基本达到`, and compound actuals
 * such as `合格率100%，优秀率92%`. Never throws; what it cannot read is `unreadable` (graded as
 * needing review, never silently scored), with a `reason` when it was refused: a cell over MAX_CELL_LENGTH,
 * an Excel error value, a year outside YEAR_WINDOW. A value keeps a remark that negates it (`1人（未完成）`).
 */
import { MAX_CELL_LENGTH, overCellLimit } from "../compile/cell-limit.ts"
import { compileTarget } from "../compile/compile-target.ts"
import { excelError } from "../compile/lexicon/excel-errors.ts"
import { zeroTargetThing } from "../compile/lexicon/lower-is-better.ts"
import { yesOrNo } from "../compile/lexicon/yes-no.ts"
import { decimal } from "../model/decimal.ts"
import type { CompiledTarget, SimpleTarget } from "../model/target.ts"
import type { Measurement, Negation } from "./measurement.ts"
import { findTier, negatingRemark } from "./tier-words.ts"

/** What reading an actual may use: the fiscal year, and the target it answers (for `无` and bare numbers). */
export interface ActualContext {
  readonly year?: number | undefined
  readonly target?: CompiledTarget | undefined
}

const blank = /^[\s\-—–/\\.。·]*$/u

const isCounted = (target: CompiledTarget | undefined) =>
  target?.kind === "quantity" || target?.kind === "per_item" || target?.kind === "range"

/** The remark that negates the value, as a field to spread (none: no field). */
const negationOf = (text: string): { readonly negation?: Negation } => {
  const negation = negatingRemark(text)
  return negation === undefined ? {} : { negation }
}

const fromPart = (part: SimpleTarget, text: string): Measurement => {
  switch (part.kind) {
    case "quantity":
    case "per_item":
      return {
        kind: "quantity",
        text,
        value: part.value,
        unit: part.unit,
        magnitude: part.magnitude,
        comparator: part.direction === "explicit" ? part.op : null,
        approximate: part.issues.some((i) => i.code === "approximate_value"),
        label: part.label,
        ...negationOf(text),
      }
    case "deadline": {
      const year = part.issues.find((i) => i.code === "deadline_year_implausible")
      if (year !== undefined) {
        return {
          kind: "unreadable",
          text,
          label: part.label,
          reason: { code: "year_implausible", data: year.data! },
        }
      }
      return {
        kind: "date",
        text,
        date: part.deadline,
        monthDay: part.monthDay,
        label: part.label,
        ...negationOf(text),
      }
    }
    default: {
      const tier = findTier(text)
      return tier
        ? { kind: "tier", text, tier: tier.tier, word: tier.word, label: part.label }
        : { kind: "unreadable", text, label: part.label }
    }
  }
}

/**
 * Reads one actual value.
 *
 * @example
 * parseActual("12.5万片") // → { kind: "quantity", value: 125000, unit: "片", … }
 * parseActual("基本达到") // → { kind: "tier", tier: "partial", word: "基本达到" }
 */
export const parseActual = (text: string, context: ActualContext = {}): Measurement => {
  const length = overCellLimit(text)
  if (length !== undefined) {
    const reason = { code: "actual_too_long", data: { length, max: MAX_CELL_LENGTH } } as const
    return { kind: "unreadable", text, label: null, reason }
  }
  const trimmed = text.trim()
  if (blank.test(trimmed)) return { kind: "missing", text }
  // `#DIV/0!` is a formula that failed, not the 0 in it.
  const error = excelError(trimmed)
  if (error !== undefined) {
    return { kind: "unreadable", text, label: null, reason: { code: "excel_error", data: { value: error } } }
  }
  // `0`, `无`, `零`, `未发生`, and a zero in words of the thing a zero target forbids (`未发生安全事故`).
  const zero = yesOrNo(trimmed) === false || zeroTargetThing(trimmed) !== undefined
  if (zero && (isCounted(context.target) || trimmed === "0")) {
    const unit = isCounted(context.target) ? (context.target as { unit: string | null }).unit : null
    return {
      kind: "quantity",
      text,
      value: decimal(0),
      unit,
      magnitude: null,
      comparator: null,
      approximate: false,
      label: null,
    }
  }
  const compiled = compileTarget(trimmed, { year: context.year })
  if (compiled.kind === "compound") {
    return { kind: "compound", text, parts: compiled.parts.map((p) => fromPart(p, p.text)) }
  }
  // A whole-cell judgment wins over a number inside it only when no number was read.
  return fromPart(compiled, text)
}
