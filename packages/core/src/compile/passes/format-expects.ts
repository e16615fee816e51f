/**
 * Pass 10 — format-expects: the normalised human expectation, computed once at compile time.
 *
 * Forms (documented in README): `产线建成月产能 ≥ 120,000`, `≥ 95%`, `每站点 ≥ 3 台`, `不晚于 2024-11-30`,
 * `≥ 年度计划数`; a qualitative or unparsed text as written (spaces removed); compound parts joined by
 * `；`. Values are exact with thousands grouped. Compiling `expects` again gives the same target.
 */
import { grouped } from "../../model/decimal.ts"
import type { Comparator } from "../../model/target.ts"
import type { Draft } from "../draft.ts"
import { comparatorSymbol, flip } from "../lexicon/comparators.ts"

/** `≥ 上年水平`, `比上年增长 ≥ 8%`, `比2023年下降 ≥ 5%`, `比上年提高 ≥ 3 百分点`. */
const baselineExpects = (draft: Draft, op: Comparator): string => {
  const base = draft.reference ?? "上年"
  const change = draft.change
  if (change === null) return `${comparatorSymbol[op]} ${base}水平`
  if (change.by === "ratio") return `${comparatorSymbol[op]} ${base}的 ${grouped(change.value)} 倍`
  const falling = change.value.isNegative()
  const size = grouped(falling ? change.value.neg() : change.value)
  const unit =
    change.by === "percent" ? "%" : change.by === "points" ? " 百分点" : change.unit ? ` ${change.unit}` : ""
  const word = change.by === "points" ? (falling ? "降低" : "提高") : falling ? "下降" : "增长"
  return `比${base}${word} ${comparatorSymbol[falling ? flip[op] : op]} ${size}${unit}`
}

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
    case "range": {
      if (draft.value === null || draft.low === null) return draft.text
      const unit = draft.unit === null ? "" : draft.unit === "%" ? "%" : ` ${draft.unit}`
      const inclusive = draft.minOp === ">=" && draft.maxOp === "<="
      const body =
        inclusive && draft.low.neg().equals(draft.value) && !draft.value.isZero()
          ? `±${grouped(draft.value)}${unit}`
          : inclusive
            ? `${grouped(draft.low)}${draft.unit === "%" ? "%" : ""} ~ ${grouped(draft.value)}${unit}`
            : `${comparatorSymbol[draft.minOp]} ${grouped(draft.low)}${unit}、${comparatorSymbol[draft.maxOp]} ${grouped(draft.value)}${unit}`
      return withLabel(draft.label, body)
    }
    case "deadline":
      return draft.deadline === null ? draft.text : withLabel(draft.label, `不晚于 ${draft.deadline}`)
    case "reference":
      if (draft.op === null) return draft.text
      if (draft.baseline !== null) return withLabel(draft.label, baselineExpects(draft, draft.op))
      return withLabel(draft.label, `${comparatorSymbol[draft.op]} ${draft.reference}`)
    default:
      return draft.text
  }
}
