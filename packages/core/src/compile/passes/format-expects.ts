/**
 * Pass 10 — format-expects: the normalised human expectation, computed once at compile time.
 *
 * Forms (documented in README): `产线建成月产能 ≥ 120,000`, `≥ 95%`, `每站点 ≥ 3 台`, `不晚于 2024-11-30`,
 * `≥ 年度计划数`; a qualitative or unparsed text as written (spaces removed); compound parts joined by
 * `；`. Values are exact with thousands grouped. Compiling `expects` again gives the same target.
 */
import { grouped } from "../../model/decimal.ts"
import type { Draft } from "../draft.ts"
import { comparatorSymbol } from "../lexicon/comparators.ts"

const withLabel = (label: string | null, rest: string) => (label ? `${label} ${rest}` : rest)

/** The `expects` of one part. */
export const formatExpects = (draft: Draft): string => {
  switch (draft.kind) {
    case "quantity":
    case "per_item": {
      if (draft.op === null || draft.value === null) return draft.text
      const unit = draft.unit === null ? "" : draft.unit === "%" ? "%" : ` ${draft.unit}`
      const perItem = draft.kind === "per_item"
      const each = perItem ? `每${draft.item} ` : ""
      const noun = perItem && draft.noun !== null ? draft.noun : ""
      const approx = draft.approximate ? "约" : ""
      return withLabel(
        draft.label,
        `${each}${comparatorSymbol[draft.op]} ${approx}${grouped(draft.value)}${unit}${noun}`,
      )
    }
    case "deadline":
      return draft.deadline === null ? draft.text : withLabel(draft.label, `不晚于 ${draft.deadline}`)
    case "reference":
      return draft.op === null
        ? draft.text
        : withLabel(draft.label, `${comparatorSymbol[draft.op]} ${draft.reference}`)
    default:
      return draft.text
  }
}
