/**
 * Previous-year references inside parse-target: `不低于去年水平`, `高于上年`, `比上年增长8%`, `同比提高3个百分点`,
 * `较上年下降5%`, `与上年持平`, `不低于2023年`. The target becomes a reference to a baseline (上年, or the year
 * written) with the relation the text states; scoring needs the baseline's value to grade it.
 */
import { type Decimal, decimal } from "../../model/decimal.ts"
import type { Baseline, Comparator } from "../../model/target.ts"
import { type Draft, emptyDraft } from "../draft.ts"
import { fallWords, riseWords } from "../lexicon/change-words.ts"
import { flip, prefixWords, symbols } from "../lexicon/comparators.ts"
import { scaleByMagnitude } from "../lexicon/magnitudes.ts"
import { cleanLabel } from "./clean-label.ts"
import type { QuantityToken, Token } from "./lex-target.ts"
import type { Segment } from "./parse-target.ts"

/** `上年`, `去年`, `上一年度`, `同比`, or a year that a comparison word or `水平` marks as a baseline. */
const baselinePhrase =
  /(比|较|与|同|在|相比|对比)?(同比|上一?年度?|去年度?|前一年|(\d{4})年度?)(同期)?(相比|比)?(水平|数值|数|值|实际值|完成值|完成数)?/u

const rise = new RegExp(`^(?:${riseWords.join("|")})`, "u")
const fall = new RegExp(`^(?:${fallWords.join("|")})`, "u")
const level = /^(?:持平|相当|一致)/u
const somewhat = /^(?:有所|明显|稳步|进一步|略有)?(?:增长|提高|提升|增加|上升)/u

const opBefore = (text: string): { op: Comparator; at: number } | undefined => {
  let best: { op: Comparator; at: number } | undefined
  for (const [word, op] of [...prefixWords, ...symbols]) {
    if (op === null || !text.endsWith(word)) continue
    const at = text.length - word.length
    if (best === undefined || at < best.at) best = { op, at }
  }
  return best
}

/**
 * A multiple of the baseline: `上年的95%` (0.95), `上年的1.2倍`, `翻一番` (2), `翻两番` (4); undefined when the
 * text after the baseline is none of these.
 */
const ratioOf = (
  rest: string,
  quantities: ReadonlyArray<QuantityToken>,
  restAt: number,
): Decimal | undefined => {
  if (/^(?:的)?翻一番/u.test(rest)) return decimal(2)
  if (/^(?:的)?翻两番/u.test(rest)) return decimal(4)
  if (!rest.startsWith("的")) return undefined
  const q = quantities.find((t) => t.start === restAt + 1)
  if (q === undefined || q.end !== restAt + rest.length - (rest.endsWith("以上") ? 2 : 0)) return undefined
  const value = decimal(q.literal)
  if (q.percent) return value.div(100)
  return q.unit === "倍" ? value : undefined
}

/** A reference draft when the segment measures against a previous year, else undefined. */
export const baselineDraft = (segment: Segment, tokens: ReadonlyArray<Token>): Draft | undefined => {
  const text = segment.text
  const found = baselinePhrase.exec(text)
  if (!found) return undefined
  const [phrase, joiner, word, year, sameTime, , levelWord] = found
  const head = text.slice(0, found.index)
  const comparator = opBefore(head)
  const isYear = year !== undefined
  // A year is a baseline only when a comparison says so (`不低于2023年`, `比2023年`, `2023年水平`).
  if (
    isYear &&
    joiner === undefined &&
    comparator === undefined &&
    levelWord === undefined &&
    sameTime === undefined
  )
    return undefined
  if (isYear && /^(?:前|底|末|内|\d|月|上半年|下半年)/u.test(text.slice(found.index + phrase!.length)))
    return undefined
  const baseline: Baseline =
    year !== undefined ? { kind: "year", year: Number(year) } : { kind: "previous_year" }
  // `在上年基础上提高5%`, `上年的95%`.
  const opening = /^(?:的)?基础上/u.exec(text.slice(found.index + phrase!.length))?.[0] ?? ""
  const restAt = found.index + phrase!.length + opening.length
  const rest = text.slice(restAt)
  const changeWord = rise.exec(rest) ?? fall.exec(rest)
  const quantities = tokens.filter((t): t is QuantityToken => t.t === "quantity")
  const ratio = ratioOf(rest, quantities, restAt)
  const compared =
    joiner !== undefined ||
    comparator !== undefined ||
    levelWord !== undefined ||
    sameTime !== undefined ||
    word === "同比" ||
    changeWord !== null ||
    level.test(rest) ||
    somewhat.test(rest)
  // `完成上年度结转任务` names last year without comparing with it.
  if (!compared && ratio === undefined) return undefined
  // A number of its own (`2024年度完成数≥100个`) is the target: the year only names the period.
  if (changeWord === null && ratio === undefined && quantities.length > 0) return undefined
  const draft = emptyDraft(text, segment.toOriginal(0, text.length))
  draft.kind = "reference"
  draft.direction = "explicit"
  draft.baseline = baseline
  draft.reference = year !== undefined ? `${year}年` : "上年"
  const labelEnd = comparator?.at ?? found.index
  draft.label = cleanLabel(head.slice(0, labelEnd).replace(/(?:比|较|与|相比)$/u, ""))
  if (ratio !== undefined) {
    draft.change = { by: "ratio", value: ratio, unit: null }
    draft.op = comparator?.op ?? ">="
    return draft
  }
  if (changeWord) {
    const falling = fall.test(rest)
    const restStart = restAt + changeWord[0].length
    const q = tokens.find((t): t is QuantityToken => t.t === "quantity" && t.start >= restStart)
    if (q === undefined) return undefined
    const between = text.slice(restStart, q.start)
    const written = opBefore(between)
    const suffix = tokens.find((t) => t.t === "suffix" && t.start === q.end)
    let op: Comparator = written?.op ?? (suffix?.t === "suffix" ? suffix.op : ">=")
    if (falling) op = flip[op]
    const magnitude = scaleByMagnitude(decimal(q.literal), q.magnitude ?? "")
    const value = falling ? magnitude.neg() : magnitude
    const by = q.percent ? "percent" : q.unit === "百分点" ? "points" : "amount"
    draft.change = { by, value, unit: by === "amount" ? q.unit : null }
    draft.op = op
    return draft
  }
  if (level.test(rest)) draft.op = ">="
  else if (somewhat.test(rest)) draft.op = ">"
  else draft.op = comparator?.op ?? (word === "同比" ? null : ">=")
  if (draft.op === null) return undefined
  return draft
}
