/**
 * Ranges inside parse-target: `2-4次`, `80%-90%`, `6～8家`, `20至30人`, `介于3与5之间`, `控制在1-2天`, and the
 * `±` form (`误差±3%以内`). A number, a dash and a number form a range: the second is never a negative part
 * of its own, and a bound written without a unit or magnitude takes the other's (`1-2万元` is 1万 to 2万).
 */
import type { Draft } from "../draft.ts"
import { emptyDraft } from "../draft.ts"
import { rateItems } from "../lexicon/units.ts"
import { cleanLabel } from "./clean-label.ts"
import type { QuantityToken, Token } from "./lex-target.ts"
import type { Segment } from "./parse-target.ts"

const dashes = new Set(["-", "--", "~", "~~", "至", "到", "-至", "~至"])
const joiners = new Set(["与", "和", "及"])
/** Words after the upper bound that belong to the range. */
const closing = /^(?:之间|以内|之内|范围内|区间内?|内)/u
/** Words before the lower bound that only introduce the range. */
const opening = /(?:介于|处于|在|为|保持在|控制在|范围)$/u

/** The token index of the upper bound when a range starts at `index`, else undefined. */
export const rangeEnd = (tokens: ReadonlyArray<Token>, index: number): number | undefined => {
  const low = tokens[index]
  const dash = tokens[index + 1]
  const high = tokens[index + 2]
  if (low?.t !== "quantity" || dash?.t !== "text" || high?.t !== "quantity") return undefined
  if (dash.start !== low.end || high.start !== dash.end || low.plusMinus || high.plusMinus) return undefined
  if (dashes.has(dash.text)) return index + 2
  // `介于3与5之间`: a joiner makes a range only with `之间` after it.
  const after = tokens[index + 3]
  if (
    joiners.has(dash.text) &&
    after?.t === "text" &&
    after.start === high.end &&
    after.text.startsWith("之间")
  )
    return index + 2
  return undefined
}

/**
 * The last `每` token before token `before` that starts at or after `from`. Tokens are in text order, so the search
 * stops at `from`: the parser moves `from` past each quantity it reads, and every token is looked at once
 * (a search of all earlier tokens for each quantity made `≥1%≥1%…` quadratic).
 */
export const eachBefore = (tokens: ReadonlyArray<Token>, before: number, from: number): Token | undefined => {
  for (let k = before - 1; k >= 0 && tokens[k]!.start >= from; k--)
    if (tokens[k]!.t === "each") return tokens[k]
  return undefined
}

/** The two bounds agree on what they measure: same unit, or one of them bare. */
const compatible = (low: QuantityToken, high: QuantityToken): boolean => {
  if (low.percent !== high.percent) return !(low.percent ? high.unit : low.unit)
  return low.unit === null || high.unit === null || low.unit === high.unit
}

/** A range draft for the quantities at `lowIndex` and `highIndex`, with the offset where it ends. */
export const rangeDraft = (
  segment: Segment,
  tokens: ReadonlyArray<Token>,
  lowIndex: number,
  highIndex: number,
  from: number,
): { readonly draft: Draft; readonly end: number } | undefined => {
  const low = tokens[lowIndex] as QuantityToken
  const high = tokens[highIndex] as QuantityToken
  if (!compatible(low, high)) return undefined
  let start = low.start
  const before = tokens[lowIndex - 1]
  // `控制在1-2天`, `保持在…`: the comparator word only introduces the range.
  if (before?.t === "op" && before.end === low.start && before.start >= from) start = before.start
  let end = high.end
  const after = tokens[highIndex + 1]
  if (after !== undefined && after.start === high.end) {
    const word =
      after.t === "text" ? closing.exec(after.text)?.[0] : after.t === "suffix" ? after.word : undefined
    if (word !== undefined && (after.t === "text" || /内|下/.test(word))) end = high.end + word.length
  }
  const draft = emptyDraft(segment.text.slice(from, end), segment.toOriginal(from, end))
  draft.kind = "range"
  draft.direction = "explicit"
  const bare = (q: QuantityToken) => q.unit === null && !q.percent && q.magnitude === null
  draft.literal = high.literal
  draft.magnitude = high.magnitude ?? (bare(high) ? low.magnitude : null)
  draft.lowLiteral = low.literal
  draft.lowMagnitude = low.magnitude ?? (bare(low) ? high.magnitude : null)
  draft.percent = low.percent || high.percent
  draft.unit = high.unit ?? low.unit
  draft.unitSource = draft.unit ? "written" : null
  draft.approximate = low.approximate || high.approximate
  // `每年2-4次`: a rate, as `每年2次` is.
  const each = eachBefore(tokens, lowIndex, from)
  let labelEnd = start
  if (each !== undefined) {
    const item = segment.text.slice(each.end, start)
    const rate = Object.hasOwn(rateItems, item) ? rateItems[item] : undefined
    if (rate !== undefined) {
      draft.unit = `${draft.unit ?? ""}/${rate}`
      labelEnd = each.start
    }
  }
  draft.label = cleanLabel(segment.text.slice(from, labelEnd).replace(opening, ""))
  return { draft, end }
}

/** `±3%` becomes the range −3% to 3% (`误差±3%以内`). */
export const spreadPlusMinus = (draft: Draft): void => {
  if (draft.literal === null || draft.literal.startsWith("-")) return
  draft.kind = "range"
  draft.direction = "explicit"
  draft.op = null
  draft.lowLiteral = `-${draft.literal}`
  draft.lowMagnitude = draft.magnitude
  if (draft.label !== null) draft.label = cleanLabel(draft.label.replace(/[±+]-?$/u, ""))
}
