/**
 * Quantitative grading (domain §3.2). Positive (≥, >, = above 0): met → full weight, else
 * weight × actual ÷ target, never above the weight. Reverse (≤, <, = on a cost): met → full weight,
 * else the policy's `ratio` (weight × target ÷ actual) or `linear` (weight × max(0, 1 − (a − t) ÷ t)).
 * `=` 0: met only when the actual is 0; `=` on a cost under `costEquals: exact` loses points for any
 * deviation. A strict bound (`超过10场`) met only with equality is not met, and never gets full marks.
 */
import type { Measurement, PerItemTarget, QuantityTarget } from "@jixiao/core"
import type { ScoreFinding } from "../model.ts"
import { clamp, type Exact, exact, max, one, zero } from "../numbers.ts"
import type { Formulas } from "../policy/formulas/formulas.ts"
import type { Policy } from "../policy/policy.ts"
import { needsReview, type Outcome, statusOf } from "./outcome.ts"
import { readValue } from "./quantity-value.ts"

type Quantity = Extract<Measurement, { kind: "quantity" }>

const describe = (value: Exact, unit: string | null) =>
  unit === "%" ? `${value.toString()}%` : `${value.toString()}${unit ? ` ${unit}` : ""}`

export interface QuantityContext {
  readonly cost: boolean
  readonly policy: Policy
  readonly formulas?: Formulas | undefined
}

/** A custom formula that gave no number says so in `findings`; the built-in formula then scores. */
const positiveScore = (
  a: Exact,
  t: Exact,
  weight: Exact,
  context: QuantityContext,
  findings: ScoreFinding[],
): Exact => {
  const custom = context.formulas?.positive?.({ actual: a, target: t, weight })
  if (custom?.ok) return clamp(custom.value, zero, weight)
  if (custom !== undefined) findings.push(custom.finding)
  return t.equals(0) ? zero : clamp(weight.mul(a).div(t), zero, weight)
}

const reverseScore = (
  a: Exact,
  t: Exact,
  weight: Exact,
  context: QuantityContext,
  findings: ScoreFinding[],
): Exact => {
  const custom = context.formulas?.reverse?.({ actual: a, target: t, weight })
  if (custom?.ok) return clamp(custom.value, zero, weight)
  if (custom !== undefined) findings.push(custom.finding)
  if (t.equals(0) || a.equals(0)) return zero
  if (context.policy.reverseFormula === "ratio") return clamp(weight.mul(t).div(a), zero, weight)
  return clamp(weight.mul(max(zero, one.sub(a.sub(t).div(t)))), zero, weight)
}

/** Whether `a` satisfies `op t`. */
const satisfies = (a: Exact, op: QuantityTarget["op"], t: Exact): boolean => {
  const c = a.compare(t)
  return op === ">=" ? c >= 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : op === "<" ? c < 0 : c === 0
}

/**
 * A negative target (`增长率≥-5%`, `≤-3%`): met → full weight; not met → a person decides, since the
 * ratio formulas assume a positive target (−8 ÷ −5 would read as 160% of the target).
 */
const gradeNegativeTarget = (
  target: QuantityTarget | PerItemTarget,
  a: Exact,
  t: Exact,
  weight: Exact,
  received: string,
): Outcome => {
  if (satisfies(a, target.op, t)) return { status: "met", score: weight, ratio: null, received, findings: [] }
  return needsReview(received, {
    code: "negative_target",
    severity: "warning",
    data: { op: target.op, target: t.toString(), actual: a.toString() },
  })
}

/** Grades a quantity (or per-item) target against a quantity actual. */
export const gradeQuantity = (
  target: QuantityTarget | PerItemTarget,
  actual: Quantity,
  weight: Exact,
  context: QuantityContext,
): Outcome => {
  const reading = readValue(target, actual)
  if (!reading.ok) return needsReview(actual.text, reading.finding)
  const findings: ScoreFinding[] = [...reading.findings]
  let a = exact(reading.value)
  const t = exact(target.value)
  if (t.compare(0) < 0)
    return gradeNegativeTarget(target, a, t, weight, describe(a, target.unit ?? actual.unit))
  if (a.compare(0) < 0) {
    findings.push({ code: "negative_actual", severity: "warning", data: { value: a.toString() } })
    a = zero
  }
  const received = describe(a, target.unit ?? actual.unit)
  const ratio = t.equals(0) ? null : a.div(t)
  const { policy } = context
  const suspect = exact(policy.magnitudeSuspect)
  // Written in another magnitude than the target (`8530万元` against `≥50亿元`) and ten times off: a slip of
  // 万 for 亿 is as likely as a real shortfall.
  const otherMagnitude =
    actual.magnitude !== null && target.magnitude !== null && actual.magnitude !== target.magnitude
  const off = ratio !== null && !a.equals(0)
  const tenfold = off && (ratio.compare(10) >= 0 || ratio.compare(exact("0.1")) <= 0)
  const far = off && (ratio.compare(suspect) >= 0 || one.div(ratio).compare(suspect) >= 0)
  if (off && (far || (otherMagnitude && tenfold))) {
    // `85.3万元` against `≥50亿元`: likely a magnitude typed wrong. Neither 0 nor full marks: a person looks.
    const factor = ratio.compare(one) >= 0 ? ratio : one.div(ratio)
    return needsReview(received, {
      code: "magnitude_suspect",
      severity: "warning",
      data: { actual: received, target: describe(t, target.unit), factor: factor.floor().toString() },
    })
  }
  const op = target.op
  const done = (score: Exact, met: boolean): Outcome => ({
    status: statusOf(score, met),
    score,
    ratio,
    received,
    findings,
  })
  if (op === "=" && t.equals(0)) return done(a.equals(0) ? weight : zero, a.equals(0))
  if (op === "=" && context.cost && policy.costEquals === "exact") {
    // Exact cost: any deviation, over or under, loses points in proportion.
    if (a.equals(t)) return done(weight, true)
    const deviation = a.sub(t).abs().div(t)
    return done(clamp(weight.mul(one.sub(deviation)), zero, weight), false)
  }
  const reverse = op === "<=" || op === "<" || (op === "=" && context.cost)
  const met = reverse
    ? op === "<"
      ? a.compare(t) < 0
      : a.compare(t) <= 0
    : op === ">"
      ? a.compare(t) > 0
      : a.compare(t) >= 0
  if (!met && a.equals(t)) {
    // `超过10场` reached exactly 10: not met, and the formula would give full marks: a person decides.
    return needsReview(received, {
      code: "strict_bound_equal",
      severity: "warning",
      data: { op, target: t.toString() },
    })
  }
  if (!reverse && ratio !== null && ratio.compare(exact(policy.overAchievement)) >= 0) {
    findings.push({
      code: "over_achievement",
      severity: "warning",
      data: { ratio: ratio.round(4).toString() },
    })
  }
  if (met) return done(weight, true)
  const score = reverse
    ? reverseScore(a, t, weight, context, findings)
    : positiveScore(a, t, weight, context, findings)
  return done(score, false)
}
