/**
 * Pass 9 — check-target: issues a reviewer would raise about one compiled part: a value without a unit, a
 * cost without a currency, a rate above 100 % or measured in days, an approximate value, a vague
 * qualitative text.
 */
import { moneyName, rateName } from "../context/features.ts"
import { type Draft, pass } from "../draft.ts"
import { durationUnits } from "../lexicon/units.ts"

const moneyUnit = /^(?:元|美元)/u

const measured = (draft: Draft) =>
  draft.kind === "quantity" || draft.kind === "per_item" || draft.kind === "range"

export const checkTarget = pass(["cost", "money", "rate"], (draft, features) => {
  if (measured(draft)) {
    const isZero = draft.value?.isZero() === true && draft.kind !== "range"
    if (
      features.cost &&
      !isZero &&
      draft.unit !== "%" &&
      !(draft.unit !== null && moneyUnit.test(draft.unit))
    ) {
      draft.issues.push({
        code: "cost_currency_missing",
        severity: "warning",
        data: { unit: draft.unit ?? "" },
      })
    } else if (draft.unit === null && !isZero) {
      const money = features.money || moneyName.test(draft.label ?? "")
      const severity = draft.magnitude !== null || money ? "warning" : "info"
      draft.issues.push({ code: "unit_missing", severity, data: { value: draft.value?.toFixed() ?? "" } })
    } else if (draft.unitSource === "name") {
      draft.issues.push({ code: "unit_from_name", severity: "info", data: { unit: draft.unit ?? "" } })
    }
    const rate = features.rate || rateName.test(draft.label ?? "")
    if (draft.unit === "%" && draft.value?.gt(100) && rate) {
      draft.issues.push({
        code: "percent_over_100",
        severity: "warning",
        data: { value: draft.value.toFixed() },
      })
    }
    if (rate && draft.unit !== null && durationUnits.has(draft.unit)) {
      draft.issues.push({ code: "rate_target_duration", severity: "warning", data: { unit: draft.unit } })
    }
    if (draft.kind === "range" && draft.low !== null && draft.value !== null && draft.low.gt(draft.value)) {
      draft.issues.push({
        code: "range_reversed",
        severity: "error",
        data: { min: draft.low.toFixed(), max: draft.value.toFixed() },
      })
    }
    if (draft.approximate) draft.issues.push({ code: "approximate_value", severity: "info" })
  }
  if (draft.kind === "qualitative" && draft.sense === "describe") {
    draft.issues.push({ code: "vague_target", severity: "warning" })
  }
})
