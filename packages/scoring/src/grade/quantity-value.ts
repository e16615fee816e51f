/**
 * The actual's value in the target's unit: units converted where they can be, a bare number read in the
 * target's written magnitude (`90` against `≤90万元`) or as a fraction of a percent target (`0.96` against
 * `≥95%`) when that reading is nearer the target, and an actual written with a comparator that cannot
 * say whether the target was reached (`<95%` against `≥95%`) left to a person.
 */
import {
  convertUnit,
  type Decimal,
  type Measurement,
  type PerItemTarget,
  type QuantityTarget,
  scaleByMagnitude,
} from "@jixiao/core"
import type { ScoreFinding } from "../model.ts"

type Quantity = Extract<Measurement, { kind: "quantity" }>

/** Whether `a` is nearer `target` than `b` is, by ratio (log distance). */
const nearer = (a: Decimal, b: Decimal, target: Decimal): boolean => {
  if (target.isZero() || a.isZero() || b.isZero()) return false
  const distance = (x: Decimal) => Math.abs(Math.log10(Number(x.div(target).abs().toPrecision(12))))
  return distance(a) < distance(b)
}

/** Words before an actual's number that say it fell short (`未达到95%`, `不足95%`). */
const shortfall = /(?:未达到|未达|不足|低于|不到|少于|不满)\s*[\d０-９]/u

export type ValueReading =
  | { readonly ok: true; readonly value: Decimal; readonly findings: ReadonlyArray<ScoreFinding> }
  | { readonly ok: false; readonly finding: ScoreFinding }

export const readValue = (target: QuantityTarget | PerItemTarget, actual: Quantity): ValueReading => {
  const findings: ScoreFinding[] = []
  let value = actual.value
  // `20万元/家` answers `每家20万元`: the rate's denominator is the target's item.
  const actualUnit =
    target.kind === "per_item" && actual.unit?.endsWith(`/${target.item}`)
      ? actual.unit.slice(0, -target.item.length - 1)
      : actual.unit
  if (target.unit !== null && actualUnit !== null && target.unit !== actualUnit) {
    const converted = convertUnit(actual.value, actualUnit, target.unit)
    if (converted === undefined) {
      return {
        ok: false,
        finding: {
          code: "unit_mismatch",
          severity: "warning",
          data: { expected: target.unit, received: actualUnit },
        },
      }
    }
    value = converted
  } else if (actual.unit === null && actual.magnitude === null && target.magnitude !== null) {
    const scaled = scaleByMagnitude(actual.value, target.magnitude)
    const inMagnitude = nearer(scaled, actual.value, target.value)
    if (inMagnitude) value = scaled
    const unit = `${inMagnitude ? target.magnitude : ""}${target.unit ?? ""}`
    findings.push({ code: "unit_assumed", severity: "info", data: { unit } })
  } else if (target.unit === "%" && actual.unit === null) {
    const percent = actual.value.times(100)
    if (actual.value.lte(1) && nearer(percent, actual.value, target.value)) {
      value = percent
      findings.push({ code: "unit_assumed", severity: "info", data: { unit: "%（按小数理解）" } })
    }
  } else if (target.unit !== null && actual.unit === null) {
    findings.push({ code: "unit_assumed", severity: "info", data: { unit: target.unit } })
  }
  if (actual.approximate) findings.push({ code: "approximate_actual", severity: "info" })
  const upward = target.op === ">=" || target.op === ">"
  const downward = target.op === "<=" || target.op === "<"
  const capped = actual.comparator === "<" || actual.comparator === "<=" || shortfall.test(actual.text)
  const floored = actual.comparator === ">" || actual.comparator === ">="
  if ((upward && capped) || (downward && floored)) {
    // `<95%` against `≥95%` says only that the actual is at most 95%: a person must find the figure.
    return {
      ok: false,
      finding: {
        code: "actual_with_comparator",
        severity: "warning",
        data: { op: actual.comparator ?? "<" },
      },
    }
  }
  if (actual.comparator !== null)
    findings.push({ code: "actual_with_comparator", severity: "info", data: { op: actual.comparator } })
  return { ok: true, value, findings }
}
