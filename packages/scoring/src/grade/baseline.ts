/**
 * Previous-year references (`不低于去年水平`, `比上年增长8%`, `同比提高3个百分点`): graded exactly as the
 * relation says, against the baseline's value (上年实际值). An actual that states the change itself (`增长9%`,
 * `提高3.5个百分点`) is compared with the change demanded. With no baseline the indicator waits for a person,
 * with a finding that names the missing baseline.
 */
import { type Measurement, parseActual, type ReferenceTarget } from "@jixiao/core"
import { type Exact, exact, hundred, one, toDecimal } from "../numbers.ts"
import { asBound } from "./bound.ts"
import { needsReview, type Outcome } from "./outcome.ts"
import { gradeQuantity, type QuantityContext } from "./quantity.ts"

type Quantity = Extract<Measurement, { kind: "quantity" }>

const changeWords = /增长|提高|提升|增加|上升|下降|降低|减少|增幅|降幅/u
const fallWords = /下降|降低|减少|降幅/u

export interface BaselineInput {
  readonly text: string | null
  /** Where it came from, for the finding: `上年实际值`, or last year's run in the ledger. */
  readonly source: string
}

const baselineName = (target: ReferenceTarget) =>
  target.baseline?.kind === "year" ? `${target.baseline.year}年` : "上年"

/** The actual states its own change (`增长9%`) in the unit the target's change is measured in. */
const statedChange = (target: ReferenceTarget, actual: Quantity): Exact | undefined => {
  const change = target.change
  if (change === null || change.by === "amount" || !changeWords.test(actual.text)) return undefined
  const unit = change.by === "percent" ? "%" : "百分点"
  if (actual.unit !== unit && !(unit === "百分点" && actual.unit === "%")) return undefined
  return fallWords.test(actual.text) ? exact(actual.value.neg()) : exact(actual.value)
}

export const gradeBaseline = (
  target: ReferenceTarget,
  actual: Quantity,
  weight: Exact,
  context: QuantityContext,
  baseline: BaselineInput | null,
): Outcome => {
  const name = baselineName(target)
  const stated = statedChange(target, actual)
  if (stated !== undefined && target.change !== null) {
    const unit = target.change.by === "percent" ? "%" : "百分点"
    const bound = asBound(target, target.op, target.change.value, unit, null)
    const changed: Quantity = { ...actual, value: toDecimal(stated), unit, comparator: null }
    const outcome = gradeQuantity(bound, changed, weight, context)
    const finding = { code: "growth_from_actual", severity: "info", data: { change: actual.text } } as const
    return { ...outcome, findings: [...outcome.findings, finding] }
  }
  if (baseline === null || baseline.text === null) {
    return needsReview(actual.text, {
      code: "baseline_missing",
      severity: "warning",
      data: { baseline: name },
    })
  }
  const read = parseActual(baseline.text)
  if (read.kind !== "quantity") {
    return needsReview(actual.text, {
      code: "baseline_unreadable",
      severity: "warning",
      data: { text: baseline.text },
    })
  }
  const b = exact(read.value.toFixed())
  const change = target.change
  const threshold =
    change === null
      ? b
      : change.by === "percent"
        ? b.mul(one.add(exact(change.value.toFixed()).div(hundred)))
        : b.add(exact(change.value.toFixed()))
  const unit = read.unit ?? actual.unit
  const bound = asBound(target, target.op, toDecimal(threshold), unit, read.magnitude)
  const outcome = gradeQuantity(bound, actual, weight, context)
  const shown = unit === "%" ? `${threshold.toString()}%` : `${threshold.toString()}${unit ? ` ${unit}` : ""}`
  const finding = {
    code: "baseline_used",
    severity: "info",
    data: { baseline: name, value: baseline.text, source: baseline.source, threshold: shown },
  } as const
  return { ...outcome, findings: [...outcome.findings, finding] }
}
