/**
 * Pass 9 — check-target: issues a reviewer would raise about one compiled part: a value without a
 * unit, a rate above 100 %, an approximate value, a vague qualitative text.
 */
import type { Pass } from "../draft.ts"

const moneyNames = /投资|产值|金额|资金|经费|收入|利润|营收|税|销售额|补贴|奖补|融资/u

export const checkTarget: Pass = (draft, context) => {
  if (draft.kind === "quantity" || draft.kind === "per_item") {
    if (draft.unit === null) {
      const money = moneyNames.test(`${context.name ?? ""}${draft.label ?? ""}`)
      const severity = draft.magnitude !== null || money ? "warning" : "info"
      draft.issues.push({ code: "unit_missing", severity, data: { value: draft.value?.toFixed() ?? "" } })
    } else if (draft.unitSource === "name") {
      draft.issues.push({ code: "unit_from_name", severity: "info", data: { unit: draft.unit } })
    }
    if (
      draft.unit === "%" &&
      draft.value?.gt(100) &&
      /率|比重|占比/.test(`${context.name ?? ""}${draft.label ?? ""}`)
    ) {
      draft.issues.push({
        code: "percent_over_100",
        severity: "warning",
        data: { value: draft.value.toFixed() },
      })
    }
    if (draft.approximate) draft.issues.push({ code: "approximate_value", severity: "info" })
  }
  if (draft.kind === "qualitative" && draft.sense === "describe") {
    draft.issues.push({ code: "vague_target", severity: "warning" })
  }
}
