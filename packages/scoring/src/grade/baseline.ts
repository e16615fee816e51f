/**
 * Previous-year references (`不低于去年水平`, `比上年增长8%`, `同比提高3个百分点`): graded exactly as the
 * relation says, against the baseline's value (上年实际值). An actual that states the change itself (`增长9%`,
 * `提高3.5个百分点`) is compared with the change demanded. With no baseline the indicator waits for a person,
 * with a finding that names the missing baseline.
 */
import {
  fallWords,
  type Measurement,
  parseActual,
  type ReferenceTarget,
  riseWords,
  scaleByMagnitude,
} from "@jixiao/core"
import { type Exact, exact, hundred, one, toDecimal } from "../numbers.ts"
import { asBound } from "./bound.ts"
import { needsReview, type Outcome } from "./outcome.ts"
import { gradeQuantity, type QuantityContext } from "./quantity.ts"

type Quantity = Extract<Measurement, { kind: "quantity" }>

const changeWords = new RegExp([...riseWords, ...fallWords].join("|"), "u")
const falling = new RegExp(fallWords.join("|"), "u")

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
  if (change === null || change.by === "amount" || change.by === "ratio" || !changeWords.test(actual.text))
    return undefined
  const unit = change.by === "percent" ? "%" : "百分点"
  if (actual.unit !== unit && !(unit === "百分点" && actual.unit === "%")) return undefined
  return falling.test(actual.text) ? exact(actual.value.neg()) : exact(actual.value)
}

/** Grades a previous-year reference against the baseline's value (or a stated change), exactly as it reads. */
export const gradeBaseline = (
  target: ReferenceTarget,
  actual: Quantity,
  weight: Exact,
  context: QuantityContext & { readonly year?: number | undefined },
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
  // `不低于2022年` in fiscal 2024 is not measured against 上年实际值 (2023's): a person must find 2022's value.
  if (
    target.baseline?.kind === "year" &&
    context.year !== undefined &&
    target.baseline.year !== context.year - 1
  ) {
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
  // A bare baseline (`100`) beside an actual in 万元 is read in the actual's magnitude and unit.
  const bare = read.unit === null && read.magnitude === null
  const magnitude = bare ? actual.magnitude : read.magnitude
  const b = exact(
    (bare && actual.magnitude !== null
      ? scaleByMagnitude(read.value, actual.magnitude)
      : read.value
    ).toFixed(),
  )
  const change = target.change
  if (change !== null && (change.by === "percent" || change.by === "ratio") && b.compare(0) <= 0) {
    // A growth of 8% on 0 or on a loss says nothing a formula could score.
    return needsReview(actual.text, {
      code: "baseline_not_positive",
      severity: "warning",
      data: { baseline: name, value: baseline.text },
    })
  }
  const threshold =
    change === null
      ? b
      : change.by === "percent"
        ? b.mul(one.add(exact(change.value.toFixed()).div(hundred)))
        : change.by === "ratio"
          ? b.mul(exact(change.value.toFixed()))
          : b.add(exact(change.value.toFixed()))
  const unit = read.unit ?? actual.unit
  const bound = asBound(target, target.op, toDecimal(threshold), unit, magnitude)
  const outcome = gradeQuantity(bound, actual, weight, context)
  const shown = unit === "%" ? `${threshold.toString()}%` : `${threshold.toString()}${unit ? ` ${unit}` : ""}`
  const finding = {
    code: "baseline_used",
    severity: "info",
    data: { baseline: name, value: baseline.text, source: baseline.source, threshold: shown },
  } as const
  return { ...outcome, findings: [...outcome.findings, finding] }
}
