/**
 * Ranges (`2-4次`, `80%-90%`, `误差±3%以内`): inside is met. Below the lower bound is graded like `≥ min`,
 * above the upper bound like `≤ max` (the reverse formula of the policy); the policy's `range` may make
 * above-the-range met, or send either side to a person. Both sides say which bound they were graded on.
 */
import type { Measurement, RangeTarget } from "@jixiao/core"
import type { Exact } from "../numbers.ts"
import { asBound } from "./bound.ts"
import { needsReview, type Outcome } from "./outcome.ts"
import { gradeQuantity, type QuantityContext } from "./quantity.ts"
import { readValue } from "./quantity-value.ts"

type Quantity = Extract<Measurement, { kind: "quantity" }>

const bound = (value: RangeTarget["min"], unit: string | null) =>
  unit === "%" ? `${value.toFixed()}%` : `${value.toFixed()}${unit ? ` ${unit}` : ""}`

/** Grades a range target against a quantity actual (see the file's comment). */
export const gradeRange = (
  target: RangeTarget,
  actual: Quantity,
  weight: Exact,
  context: QuantityContext,
): Outcome => {
  const low = asBound(target, target.minOp, target.min, target.unit, target.magnitude)
  const high = asBound(target, target.maxOp, target.max, target.unit, target.magnitude)
  // Inside the range is met, however far from either bound (`1-2000人` against `1人`): no magnitude doubt.
  const reading = readValue(low, actual)
  if (reading.ok) {
    const v = reading.value
    const above = target.minOp === ">=" ? v.gte(target.min) : v.gt(target.min)
    const below = target.maxOp === "<=" ? v.lte(target.max) : v.lt(target.max)
    const received =
      target.unit === "%" ? `${v.toFixed()}%` : `${v.toFixed()}${target.unit ? ` ${target.unit}` : ""}`
    if (above && below)
      return { status: "met", score: weight, ratio: null, received, findings: reading.findings }
  }
  const fromBelow = gradeQuantity(low, actual, weight, context)
  if (fromBelow.status === "needs_review") return fromBelow
  const fromAbove = gradeQuantity(high, actual, weight, context)
  if (fromAbove.status === "needs_review") return fromAbove
  // Findings of the two readings (unit assumed, comparator written) say the same thing once.
  const shared = fromBelow.findings.filter((f) => f.code !== "over_achievement")
  if (fromBelow.status === "met" && fromAbove.status === "met")
    return { ...fromBelow, ratio: null, findings: shared }
  const { policy } = context
  if (fromBelow.status !== "met") {
    const side = {
      code: "range_outside",
      severity: "info",
      data: { side: "below", bound: bound(target.min, target.unit) },
    } as const
    if (policy.range.below === "review")
      return needsReview(fromBelow.received, { ...side, severity: "warning" })
    return { ...fromBelow, findings: [...shared, side] }
  }
  const side = {
    code: "range_outside",
    severity: "info",
    data: { side: "above", bound: bound(target.max, target.unit) },
  } as const
  if (policy.range.above === "review")
    return needsReview(fromAbove.received, { ...side, severity: "warning" })
  if (policy.range.above === "met") return { ...fromBelow, ratio: null, findings: [...shared, side] }
  return { ...fromAbove, findings: [...shared, side] }
}
