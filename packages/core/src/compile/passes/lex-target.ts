/**
 * Pass 3 — lex-target: a normalised segment into tokens. A number swallows what belongs to it
 * (magnitude, `余`, percent, unit, rate), so the parser sees quantities whole. Prefix comparator
 * words count only right before a number (`达到90%`), so that `达到满足…` stays text.
 */

import { decimal } from "../../model/decimal.ts"
import type { Comparator } from "../../model/target.ts"
import type { WrittenDate } from "../draft.ts"
import { dateBoundWords, prefixWords, suffixWords, symbols } from "../lexicon/comparators.ts"
import { unitsStartingWithMagnitude } from "../lexicon/magnitudes.ts"
import { numeralRun, readChineseNumeral } from "../lexicon/numerals.ts"
import { standardCode } from "../lexicon/qualitative.ts"
import { canonicalUnit, readRateDenominator, unitForms } from "../lexicon/units.ts"
import { lexDate } from "./lex-date.ts"

/** A quantity as written: number, magnitude, percent or unit. */
export interface QuantityToken {
  readonly t: "quantity"
  readonly literal: string
  readonly magnitude: string | null
  readonly percent: boolean
  readonly unit: string | null
  readonly approximate: boolean
  readonly start: number
  readonly end: number
  /** `±` written before the number (`误差±3%以内`): a span from −value to value. */
  readonly plusMinus?: boolean
}

/** Every token kind; `start`/`end` index the normalised segment. */
export type Token =
  | QuantityToken
  | {
      readonly t: "op"
      readonly op: Comparator | null
      readonly word: string
      readonly start: number
      readonly end: number
    }
  | {
      readonly t: "suffix"
      readonly op: Comparator
      readonly word: string
      readonly start: number
      readonly end: number
    }
  | { readonly t: "date"; readonly date: WrittenDate; readonly start: number; readonly end: number }
  | { readonly t: "date_bound"; readonly start: number; readonly end: number }
  | { readonly t: "standard"; readonly code: string; readonly start: number; readonly end: number }
  | { readonly t: "skip"; readonly start: number; readonly end: number }
  | { readonly t: "each"; readonly start: number; readonly end: number }
  | { readonly t: "approx"; readonly start: number; readonly end: number }
  | { readonly t: "text"; readonly text: string; readonly start: number; readonly end: number }

/** A number in digits, with thousands separators, a fraction, or only a fraction (`.5` is 0.5). */
const digitNumber = /^(?:(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+)/
/** Numbers joined by points (`1.5.2`, a version or a slip): no number at all, so read as text whole. */
const dottedRun = /^\.?\d+(?:\.\d+){2,}/
/** `成` after a small number is tenths (`七成`), unless it starts a word (`一成不变` is rare; `建成` has no number). */
const tenths = /^成(?![本果效立为功绩员熟就交品型套长都人])/u
const numberStart = /^(?:-?\.?\d|[一二两三四五六七八九十]|百分之)/
/** A minus sign right before digits or a leading point (U+2212 is already `-`: normalize-text). */
const minusSign = /^-(?=\.?\d)/
/** Service windows (`7*24小时`) and ranks (`前10位`) hold numbers that are not targets. */
const skipped =
  /^(?:\d+\*\d+(?:小时|h)?|前\d+(?:位|名)|第\d+(?:位|名|批|期|季度)?|第[一二三四五六七八九十]+(?:年|位|名|批|期|次|阶段|轮)|\d[GD](?![Bb]))/

/** A text token that is a dash between two numbers by itself (`-`, `~`, `至`, `到`; `--` grows from `-`). */
const dashes = /^(?:-|~|至|到)$/u

const startsWithAny = <A extends readonly [string, unknown]>(text: string, table: ReadonlyArray<A>) =>
  table.find(([word]) => text.startsWith(word))

/** Reads what follows a number: magnitude, approximate word, percent, unit, rate, `左右`. */
const lexQuantityTail = (
  text: string,
  at: number,
  literal: string,
  start: number,
  chinese: boolean,
): QuantityToken => {
  let i = at
  let magnitude = ""
  let approximate = false
  if (!chinese) {
    while (i < text.length && "百千万亿".includes(text[i]!)) {
      if (unitsStartingWithMagnitude.some((u) => text.startsWith(u, i))) break
      magnitude += text[i]
      i++
    }
  }
  if (text.startsWith("余", i) || text.startsWith("多", i)) {
    approximate = true
    i++
  }
  let percent = false
  let unit: string | null = null
  if (text.startsWith("%", i) || text.startsWith("百分比", i)) {
    percent = true
    i += text.startsWith("%", i) ? 1 : 3
  } else if (tenths.test(text.slice(i, i + 2)) && Number(literal) <= 10) {
    // `七成以上`: tenths are a percent (七成 = 70%).
    return {
      ...lexQuantityTail(text, i + 1, decimal(literal).times(10).toFixed(), start, true),
      percent: true,
    }
  } else {
    const written = unitForms.find((form) => text.startsWith(form, i))
    if (written !== undefined) {
      unit = canonicalUnit(written) ?? written
      i += written.length
    }
    // `次/日`, `元/人/月`; after a magnitude alone (`5万/月`) the unit is left for resolve-magnitude.
    const rate = !chinese || unit !== null ? readRateDenominator(text, i) : ""
    if (rate !== "") {
      unit = `${unit ?? ""}${rate}`
      i += rate.length
    }
  }
  if (text.startsWith("左右", i)) {
    approximate = true
    i += 2
  }
  return { t: "quantity", literal, magnitude: magnitude || null, percent, unit, approximate, start, end: i }
}

/** The digits of a number as a plain decimal string: separators dropped, a leading point given its 0. */
const digitLiteral = (digits: string): string => {
  const plain = digits.replaceAll(",", "")
  return plain.startsWith(".") ? `0${plain}` : plain
}

/** Tries to read a number (digits or a Chinese numeral followed by a unit) at `at`. */
const lexQuantity = (text: string, at: number): QuantityToken | undefined => {
  const rest = text.slice(at)
  if (dottedRun.test(rest)) return undefined
  // A point right after a number or another point (`1..5`) starts no fraction of its own.
  if (rest.startsWith(".") && /[\d.]/u.test(text[at - 1] ?? "")) return undefined
  if (rest.startsWith("百分之")) {
    // `百分之八十`, `百分之95`: the number right after is the percent.
    const digits = digitNumber.exec(rest.slice(3))
    const run = digits ? undefined : numeralRun(rest.slice(3))
    const literal = digits ? digitLiteral(digits[0]) : run && readChineseNumeral(run)
    if (literal === undefined) return undefined
    const length = digits ? digits[0].length : run!.length
    const tail = lexQuantityTail(text, at + 3 + length, literal, at, true)
    if (tail.unit !== null || tail.percent) return undefined
    return { ...tail, percent: true }
  }
  const digits = digitNumber.exec(rest)
  if (digits) return lexQuantityTail(text, at + digits[0].length, digitLiteral(digits[0]), at, false)
  const run = numeralRun(rest)
  if (run === undefined || !/^[一二两三四五六七八九十]/.test(run)) return undefined
  const literal = readChineseNumeral(run)
  if (literal === undefined) return undefined
  const token = lexQuantityTail(text, at + run.length, literal, at, true)
  // A Chinese numeral is a quantity only with a unit or percent (`三场`); `二级`, `一企一策` stay text. The low
  // bound of a range (`三至五次`) takes the unit of the high one.
  if (token.unit || token.percent) return token
  const dash = /^(?:至|到|-|~)/u.exec(text.slice(token.end))?.[0]
  const high = dash === undefined ? undefined : lexQuantity(text, token.end + dash.length)
  return high !== undefined && (high.unit || high.percent) ? token : undefined
}

/** Splits a normalised segment into tokens; never throws. */
export const lexTarget = (text: string): Token[] => {
  const tokens: Token[] = []
  let i = 0
  // Whether the last text token is only a dash (`-`, `--`, `~`, `至`), kept as it grows: testing the growing
  // text with a regex at every character made a long text quadratic (issue #15, item 12).
  let dashOnly = false
  const push = (token: Token) => {
    const last = tokens[tokens.length - 1]
    if (token.t === "text" && last?.t === "text") {
      dashOnly = dashOnly && (token.text === "-" || token.text === "~") && last.text.startsWith(token.text)
      // A text token is the source between its ends (its characters are pushed one by one, side by side).
      tokens[tokens.length - 1] = {
        t: "text",
        text: text.slice(last.start, token.end),
        start: last.start,
        end: token.end,
      }
    } else {
      if (token.t === "text") dashOnly = dashes.test(token.text)
      tokens.push(token)
    }
  }
  while (i < text.length) {
    const rest = text.slice(i)
    const skip = skipped.exec(rest)
    if (skip) {
      push({ t: "skip", start: i, end: i + skip[0].length })
      i += skip[0].length
      continue
    }
    const standard = standardCode.exec(rest)
    if (standard) {
      push({ t: "standard", code: standard[0], start: i, end: i + standard[0].length })
      i += standard[0].length
      continue
    }
    // After `88.65-`, `2089.10` is the other end of a range of numbers, not a date.
    const previous = tokens[tokens.length - 1]
    const rangeDash = previous?.t === "text" && dashOnly && tokens[tokens.length - 2]?.t === "quantity"
    const date = rangeDash ? undefined : lexDate(rest)
    if (date) {
      push({ t: "date", date: date.date, start: i, end: i + date.length })
      i += date.length
      continue
    }
    const bound = dateBoundWords.find((w) => rest.startsWith(w))
    if (bound) {
      push({ t: "date_bound", start: i, end: i + bound.length })
      i += bound.length
      continue
    }
    const symbol = startsWithAny(rest, symbols)
    if (symbol) {
      push({ t: "op", op: symbol[1], word: symbol[0], start: i, end: i + symbol[0].length })
      i += symbol[0].length
      continue
    }
    const prefix = startsWithAny(rest, prefixWords)
    if (prefix && numberStart.test(rest.slice(prefix[0].length).replace(/^(?:约|大约|近)/, ""))) {
      push({ t: "op", op: prefix[1], word: prefix[0], start: i, end: i + prefix[0].length })
      i += prefix[0].length
      continue
    }
    const approx = /^(?:大约|约|近)/.exec(rest)
    if (approx && numberStart.test(rest.slice(approx[0].length))) {
      push({ t: "approx", start: i, end: i + approx[0].length })
      i += approx[0].length
      continue
    }
    // A minus sign is a sign wherever a number may start (`≥-5%`, `不低于-3%`, `增长率-2%~5%`); after a
    // number or a date it is a dash (`80%-90%`, `2023-2025年`).
    const last = tokens[tokens.length - 1]
    const afterNumber =
      last !== undefined &&
      (last.t === "quantity" ||
        last.t === "date" ||
        last.t === "skip" ||
        (last.t === "text" && "-~至到".includes(last.text.at(-1)!)))
    const sign = !afterNumber && minusSign.exec(rest)
    if (sign) {
      const negative = lexQuantity(text, i + sign[0].length)
      if (negative) {
        push({ ...negative, literal: `-${negative.literal}`, start: i })
        i = negative.end
        continue
      }
    }
    if (rest.startsWith("±") || rest.startsWith("+-")) {
      const width = rest.startsWith("±") ? 1 : 2
      const spread = lexQuantity(text, i + width)
      if (spread) {
        push({ ...spread, start: i, plusMinus: true })
        i = spread.end
        continue
      }
    }
    const dotted = dottedRun.exec(rest)?.[0]
    if (dotted !== undefined) {
      push({ t: "text", text: dotted, start: i, end: i + dotted.length })
      i += dotted.length
      continue
    }
    const quantity = lexQuantity(text, i)
    if (quantity) {
      push(quantity)
      i = quantity.end
      continue
    }
    const suffix = startsWithAny(rest, suffixWords)
    if (suffix) {
      push({ t: "suffix", op: suffix[1], word: suffix[0], start: i, end: i + suffix[0].length })
      i += suffix[0].length
      continue
    }
    if (rest.startsWith("每")) {
      push({ t: "each", start: i, end: i + 1 })
      i += 1
      continue
    }
    const char = String.fromCodePoint(rest.codePointAt(0)!)
    push({ t: "text", text: char, start: i, end: i + char.length })
    i += char.length
  }
  return tokens
}
