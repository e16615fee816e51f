/**
 * Quantitative grading (domain §3.2). Positive (≥, >, = above 0): met → full weight, else
 * weight × actual ÷ target, never above the weight. Reverse (≤, <, = on a cost): met → full weight,
 * else the policy's `ratio` (weight × target ÷ actual) or `linear` (weight × max(0, 1 − (a − t) ÷ t)).
 * `=` 0: met only when the actual is 0. Units must agree or convert; otherwise a person decides.
 */
import {
  convertUnit,
  type Decimal,
  decimal,
  type Measurement,
  type PerItemTarget,
  type QuantityTarget,
} from "@jixiao/core"
import type { Formulas } from "../formulas.ts"
import type { ScoreFinding } from "../model.ts"
import { clamp, type Exact, exact, max, one, zero } from "../numbers.ts"
import type { Policy } from "../policy/policy.ts"
import { needsReview, type Outcome, statusOf } from "./outcome.ts"

type Quantity = Extract<Measurement, { kind: "quantity" }>

const magnitudeDigits: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 }

const scaleByMagnitude = (value: Decimal, magnitude: string): Decimal => {
  let power = 0
  for (const char of magnitude) power += magnitudeDigits[char] ?? 0
  return value.times(decimal(10).pow(power))
}

/** Whether `a` is nearer `target` than `b` is, by ratio (log distance). */
const nearer = (a: Decimal, b: Decimal, target: Decimal): boolean => {
  if (target.isZero() || a.isZero() || b.isZero()) return false
  const distance = (x: Decimal) => Math.abs(Math.log10(Number(x.div(target).abs().toPrecision(12))))
  return distance(a) < distance(b)
}

const describe = (value: Exact, unit: string | null) =>
  unit === "%" ? `${value.toString()}%` : `${value.toString()}${unit ? ` ${unit}` : ""}`

export interface QuantityContext {
  readonly cost: boolean
  readonly policy: Policy
  readonly formulas?: Formulas | undefined
}

/** Grades a quantity (or per-item) target against a quantity actual. */
export const gradeQuantity = (
  target: QuantityTarget | PerItemTarget,
  actual: Quantity,
  weight: Exact,
  context: QuantityContext,
): Outcome => {
  const findings: ScoreFinding[] = []
  let value = actual.value
  if (target.unit !== null && actual.unit !== null && target.unit !== actual.unit) {
    const converted = convertUnit(actual.value, actual.unit, target.unit)
    if (converted === undefined) {
      return needsReview(actual.text, {
        code: "unit_mismatch",
        severity: "warning",
        data: { expected: target.unit, received: actual.unit },
      })
    }
    value = converted
  } else if (actual.unit === null && actual.magnitude === null && target.magnitude !== null) {
    // A bare number answering `≤90万元` is most likely written in 万元 too: take the reading nearer the target.
    const scaled = scaleByMagnitude(actual.value, target.magnitude)
    if (nearer(scaled, actual.value, target.value)) value = scaled
    findings.push({
      code: "unit_assumed",
      severity: "info",
      data: { unit: `${value === scaled ? target.magnitude : ""}${target.unit ?? ""}` },
    })
  } else if (target.unit !== null && target.unit !== "%" && actual.unit === null) {
    findings.push({ code: "unit_assumed", severity: "info", data: { unit: target.unit } })
  }
  if (actual.approximate) findings.push({ code: "approximate_actual", severity: "info" })
  if (actual.comparator !== null) {
    findings.push({ code: "actual_with_comparator", severity: "info", data: { op: actual.comparator } })
  }
  let a = exact(value)
  if (a.compare(0) < 0) {
    findings.push({ code: "negative_actual", severity: "warning", data: { value: a.toString() } })
    a = zero
  }
  const t = exact(target.value)
  const received = describe(a, target.unit ?? actual.unit)
  const ratio = t.equals(0) ? null : a.div(t)
  const { policy } = context
  const op = target.op
  const reverse =
    op === "<=" || op === "<" || (op === "=" && context.cost && policy.costEquals === "upper_bound")
  if (op === "=" && t.equals(0)) {
    const met = a.equals(0)
    return { status: met ? "met" : "not_met", score: met ? weight : zero, ratio, received, findings }
  }
  if (!reverse) {
    const met =
      op === ">"
        ? a.compare(t) > 0
        : op === "=" && policy.costEquals === "exact" && context.cost
          ? a.equals(t)
          : a.compare(t) >= 0
    const custom = context.formulas?.positive?.({ actual: a, target: t, weight })
    const score = met
      ? weight
      : custom !== undefined
        ? clamp(custom, zero, weight)
        : ratio === null
          ? zero
          : clamp(weight.mul(ratio), zero, weight)
    if (ratio !== null && ratio.compare(exact(policy.overAchievement)) >= 0) {
      findings.push({
        code: "over_achievement",
        severity: "warning",
        data: { ratio: ratio.round(4).toString() },
      })
    }
    return { status: statusOf(score, met), score, ratio, received, findings }
  }
  const met = op === "<" ? a.compare(t) < 0 : a.compare(t) <= 0
  let score: Exact
  const custom = context.formulas?.reverse?.({ actual: a, target: t, weight })
  if (met) score = weight
  else if (custom !== undefined) score = clamp(custom, zero, weight)
  else if (t.equals(0) || a.equals(0)) score = zero
  else if (policy.reverseFormula === "ratio") score = clamp(weight.mul(t).div(a), zero, weight)
  else score = clamp(weight.mul(max(zero, one.sub(a.sub(t).div(t)))), zero, weight)
  return { status: statusOf(score, met), score, ratio, received, findings }
}
