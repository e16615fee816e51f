/**
 * Pass 4 — parse-target: the tokens of one segment into drafts. A segment with one quantity gives one
 * draft; with several, one draft each (the words before each become its label); a date written as a
 * bound (`前`, `不晚于`) gives a deadline; no number gives a reference, a qualitative target, or
 * `unparsed` when nothing can be read.
 */
import type { Comparator } from "../../model/target.ts"
import { type Draft, emptyDraft } from "../draft.ts"
import { prefixWords } from "../lexicon/comparators.ts"
import { zeroTargetThing } from "../lexicon/lower-is-better.ts"
import { referenceWords } from "../lexicon/qualitative.ts"
import { rateItems } from "../lexicon/units.ts"
import { cleanLabel } from "./clean-label.ts"
import type { QuantityToken, Token } from "./lex-target.ts"
import { baselineDraft } from "./parse-baseline.ts"
import { eachBefore, rangeDraft, rangeEnd, spreadPlusMinus } from "./parse-range.ts"

/** A segment of a target text: normalised text, and a way to map its spans to the original. */
export interface Segment {
  readonly text: string
  readonly toOriginal: (start: number, end: number) => readonly [number, number]
}

const readable = /[\p{L}\p{N}]/u
const measureWords = /^(?:个|家|位|名|项|所|户|台|辆|场|次|条|件)(?=.)/u

export { cleanLabel } from "./clean-label.ts"

const quantityDraft = (
  segment: Segment,
  tokens: ReadonlyArray<Token>,
  index: number,
  from: number,
): Draft => {
  const q = tokens[index] as QuantityToken
  let opStart = q.start
  let op: Comparator | null = null
  let explicit = false
  let approximate = q.approximate
  let k = index - 1
  if (tokens[k]?.t === "approx" && tokens[k]!.end === opStart) {
    approximate = true
    opStart = tokens[k]!.start
    k--
  }
  const before = tokens[k]
  if (before?.t === "op" && before.end === opStart && before.start >= from) {
    op = before.op
    explicit = before.op !== null
    opStart = before.start
  }
  let end = q.end
  const after = tokens[index + 1]
  if (after?.t === "suffix" && after.start === q.end) {
    if (op === null) op = after.op
    explicit = true
    end = after.end
  }
  const draft = emptyDraft(segment.text.slice(from, end), segment.toOriginal(from, end))
  draft.kind = "quantity"
  draft.op = op
  draft.direction = explicit ? "explicit" : "default"
  draft.literal = q.literal
  draft.magnitude = q.magnitude
  draft.percent = q.percent
  draft.unit = q.unit
  draft.unitSource = q.unit ? "written" : null
  draft.approximate = approximate
  let labelEnd = opStart
  const each = eachBefore(tokens, k + 1, from)
  if (each) {
    const item = segment.text.slice(each.end, opStart).replace(measureWords, "")
    const rate = Object.hasOwn(rateItems, item) ? rateItems[item] : undefined
    if (rate !== undefined) draft.unit = `${draft.unit ?? ""}/${rate}`
    else if (item !== "") {
      draft.kind = "per_item"
      draft.item = item
    }
    labelEnd = each.start
  }
  draft.label = cleanLabel(segment.text.slice(from, labelEnd))
  return draft
}

/** The words after the last quantity name what was counted (`9个业务系统` → `业务系统`). */
const attachNoun = (draft: Draft, segment: Segment, from: number): void => {
  const noun = cleanLabel(segment.text.slice(from))
  if (noun === null) return
  draft.noun = noun
  if (draft.label === null && draft.kind === "quantity") draft.label = noun
}

/** `零伤亡`, `未发生重大责任事故`: a count of the thing named that must be 0. */
const zeroDraft = (segment: Segment): Draft | undefined => {
  const thing = zeroTargetThing(segment.text)
  if (thing === undefined) return undefined
  const draft = emptyDraft(segment.text, segment.toOriginal(0, segment.text.length))
  draft.kind = "quantity"
  draft.op = "="
  // Written in words, so not inferred; and an actual `未发生…` carries no comparator of its own.
  draft.direction = "default"
  draft.literal = "0"
  draft.label = cleanLabel(thing)
  draft.noun = draft.label
  return draft
}

const spanDash = /^(?:-+|~+|至|到|—+)$/u

const deadlineDraft = (segment: Segment, tokens: ReadonlyArray<Token>): Draft | undefined => {
  const dates = tokens.filter((t) => t.t === "date")
  const bound = tokens.some((t) => t.t === "date_bound")
  const date = dates.findLast((t) => t.date.before) ?? (bound || dates.length > 0 ? dates.at(-1) : undefined)
  if (date?.t !== "date") return undefined
  const draft = emptyDraft(segment.text, segment.toOriginal(0, segment.text.length))
  draft.kind = "deadline"
  draft.op = "<="
  // `2022年3月-11月`: the end of a span takes the year its start writes.
  const start = dates.findLast((t) => t.start < date.start)
  const year = date.date.year ?? (start?.t === "date" ? start.date.year : null)
  draft.date = { ...date.date, year }
  const span =
    start?.t === "date" && spanDash.test(segment.text.slice(start.end, date.start)) ? start : undefined
  const labelEnd = (span ?? date).start
  draft.label =
    cleanLabel(segment.text.slice(0, labelEnd).replace(/(?:不晚于|不迟于|截至|截止到|截止)$/, "")) ??
    cleanLabel(segment.text.slice(date.end))
  return draft
}

const referenceDraft = (segment: Segment, tokens: ReadonlyArray<Token>): Draft | undefined => {
  const standard = tokens.find((t) => t.t === "standard")
  const word = referenceWords.find((w) => segment.text.includes(w))
  if (!standard && word === undefined) return undefined
  const draft = emptyDraft(segment.text, segment.toOriginal(0, segment.text.length))
  draft.kind = "reference"
  draft.standard = standard?.t === "standard" ? standard.code : null
  const symbol = tokens.find((t) => t.t === "op")
  let opEnd = 0
  if (symbol?.t === "op" && symbol.op !== null) {
    draft.op = symbol.op
    opEnd = symbol.end
  } else {
    const found = prefixWords
      .map(([w, op]) => ({ at: segment.text.indexOf(w), w, op }))
      .filter((f) => f.at !== -1 && f.op !== null)
      .sort((a, b) => a.at - b.at || b.w.length - a.w.length)[0]
    if (found) {
      draft.op = found.op
      draft.label = cleanLabel(segment.text.slice(0, found.at))
      opEnd = found.at + found.w.length
    }
  }
  draft.direction = draft.op === null ? "reference" : "explicit"
  draft.reference = cleanLabel(segment.text.slice(opEnd)) ?? segment.text
  return draft
}

/** Parses one segment's tokens into one or more drafts. */
export const parseTarget = (segment: Segment, tokens: ReadonlyArray<Token>): Draft[] => {
  const baseline = baselineDraft(segment, tokens)
  if (baseline) return [baseline]
  const quantities = tokens.flatMap((t, i) => (t.t === "quantity" ? [i] : []))
  if (quantities.length === 0) {
    const found = zeroDraft(segment) ?? deadlineDraft(segment, tokens) ?? referenceDraft(segment, tokens)
    if (found) return [found]
    const draft = emptyDraft(segment.text, segment.toOriginal(0, segment.text.length))
    const hasSymbol = tokens.some((t) => t.t === "op")
    const dangling = prefixWords.some(
      ([word, op]) => op !== null && word.length > 1 && segment.text.endsWith(word),
    )
    draft.kind = readable.test(segment.text) && !hasSymbol && !dangling ? "qualitative" : "unparsed"
    if (draft.kind === "unparsed")
      draft.issues.push({ code: segment.text === "" ? "empty_target" : "unparsed_target", severity: "error" })
    return [draft]
  }
  const drafts: Draft[] = []
  let from = 0
  for (let q = 0; q < quantities.length; q++) {
    const index = quantities[q]!
    const high = rangeEnd(tokens, index)
    if (high !== undefined) {
      const range = rangeDraft(segment, tokens, index, high, from)
      if (range) {
        drafts.push(range.draft)
        from = range.end
        while (quantities[q + 1] !== undefined && quantities[q + 1]! <= high) q++
        continue
      }
    }
    const draft = quantityDraft(segment, tokens, index, from)
    if ((tokens[index] as QuantityToken).plusMinus) spreadPlusMinus(draft)
    drafts.push(draft)
    const consumed = tokens[index + 1]?.t === "suffix" && tokens[index + 1]!.start === tokens[index]!.end
    from = consumed ? tokens[index + 1]!.end : tokens[index]!.end
  }
  attachNoun(drafts.at(-1)!, segment, from)
  const bound = tokens.some((t) => (t.t === "date" && t.date.before) || t.t === "date_bound")
  const deadline = bound ? deadlineDraft(segment, tokens) : undefined
  if (deadline) drafts.unshift(deadline)
  if (drafts.length > 1 && !deadline) {
    for (const d of drafts)
      d.issues.push({ code: "multiple_values", severity: "info", data: { count: drafts.length } })
  }
  return drafts
}
