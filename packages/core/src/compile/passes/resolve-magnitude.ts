/**
 * Pass 5 — resolve-magnitude: the exact value of a quantity. `1,300亿` is 1300 × 10⁸ computed on
 * decimals (no float ever touches it); percents are kept in points with unit `%`; a bare number takes
 * the unit its indicator's name ends with (`…（个）`, `…（%）`).
 */
import { decimal } from "../../model/decimal.ts"
import type { Pass } from "../draft.ts"
import { scaleByMagnitude } from "../lexicon/magnitudes.ts"
import { canonicalUnit } from "../lexicon/units.ts"

const unitInName = /[(（]\s*([^()（）]{1,4})\s*[)）]\s*$/u

/** The unit written in parentheses at the end of an indicator name, if it is one. */
export const unitFromName = (name: string | undefined): string | undefined => {
  const written = name === undefined ? undefined : unitInName.exec(name)?.[1]
  if (written === undefined) return undefined
  if (written === "%" || written === "％" || written === "百分比") return "%"
  return canonicalUnit(written)
}

export const resolveMagnitude: Pass = (draft, context) => {
  if (draft.literal === null) return
  draft.value = scaleByMagnitude(decimal(draft.literal), draft.magnitude ?? "")
  if (draft.percent) draft.unit = "%"
  if (draft.unit === null) {
    const fromName = unitFromName(context.name)
    if (fromName !== undefined) {
      draft.unit = fromName
      draft.unitSource = "name"
    }
  }
}
