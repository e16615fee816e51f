/**
 * Pass 5 — resolve-magnitude: the exact value of a quantity or range. `1,300亿` is 1300 × 10⁸ computed on
 * decimals (no float ever touches it); percents are kept in points with unit `%`; a bare number takes
 * the unit and magnitude its indicator's name gives (`…（万元）` → 500 is 5,000,000 元, `…（%）`); an amount
 * written without its currency in a cost indicator (`5万/月`, `≤20万`) is read in 元, with an issue.
 */
import { decimal } from "../../model/decimal.ts"
import { pass } from "../draft.ts"
import { scaleByMagnitude } from "../lexicon/magnitudes.ts"

export const resolveMagnitude = pass(["cost", "nameUnit"], (draft, features) => {
  if (draft.literal === null) return
  const nameUnit = features.nameUnit
  const bare = draft.unit === null && !draft.percent && draft.magnitude === null
  if (bare && nameUnit !== null && draft.kind !== "reference") {
    draft.unit = nameUnit.unit
    draft.magnitude = nameUnit.magnitude
    if (draft.kind === "range" && draft.lowMagnitude === null) draft.lowMagnitude = nameUnit.magnitude
    draft.unitSource = "name"
  }
  draft.value = scaleByMagnitude(decimal(draft.literal), draft.magnitude ?? "")
  if (draft.lowLiteral !== null)
    draft.low = scaleByMagnitude(decimal(draft.lowLiteral), draft.lowMagnitude ?? "")
  if (draft.percent) draft.unit = "%"
  const moneyless = draft.unit === null ? draft.magnitude !== null : draft.unit.startsWith("/")
  if (moneyless && features.cost) {
    // `≤5万/月` in a cost indicator is 5万元 a month: the currency is the only unit a cost can have.
    draft.unit = `元${draft.unit ?? ""}`
    draft.unitSource = "written"
    draft.issues.push({ code: "currency_assumed", severity: "info", data: { unit: draft.unit } })
  }
})
