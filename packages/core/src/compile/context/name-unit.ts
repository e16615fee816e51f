/**
 * The unit an indicator's name gives in parentheses at its end: `项目投资额（万元）`, `培训人次（人次）`,
 * `资金到位率（%）`, and template placeholders left in names (`资金拨付率(≥**%)`), which give the
 * direction too. A bare target value then takes that unit and magnitude (`500` → 5,000,000 元).
 */
import type { Comparator } from "../../model/target.ts"
import { symbols } from "../lexicon/comparators.ts"
import { magnitudePower, unitsStartingWithMagnitude } from "../lexicon/magnitudes.ts"
import { canonicalUnit, readRateDenominator } from "../lexicon/units.ts"
import { normalizeText } from "../passes/normalize-text.ts"

export interface NameUnit {
  readonly unit: string
  /** `万` in `（万元）`, applied to a bare value. */
  readonly magnitude: string | null
  /** The comparator of a placeholder (`≥` in `(≥**%)`), else null. */
  readonly op: Comparator | null
  /** The name holds a template placeholder (`**`, `XX`) never filled in. */
  readonly placeholder: boolean
}

const trailing = /\(([^()]{1,12})\)$/u
const placeholderRun = /^(?:[*xX]+|某)/u

/** Reads the unit in a trailing `(…)` of a name; undefined when there is none or it is no unit. */
export const readNameUnit = (name: string): NameUnit | undefined => {
  if (name === "") return undefined
  const inner = trailing.exec(normalizeText(name).text)?.[1]
  if (inner === undefined) return undefined
  let rest = inner.replace(/^单位[:：]?/u, "")
  let op: Comparator | null = null
  const symbol = symbols.find(([s]) => rest.startsWith(s))
  if (symbol) {
    op = symbol[1]
    rest = rest.slice(symbol[0].length)
  }
  const placeholder = placeholderRun.exec(rest)
  if (placeholder) rest = rest.slice(placeholder[0].length)
  if (rest === "%" || rest === "百分比") return { unit: "%", magnitude: null, op, placeholder: !!placeholder }
  let magnitude = ""
  while (
    rest.length > 1 &&
    rest[0]! in magnitudePower &&
    !unitsStartingWithMagnitude.some((u) => rest.startsWith(u))
  ) {
    magnitude += rest[0]
    rest = rest.slice(1)
  }
  const slash = rest.indexOf("/")
  const head = slash === -1 ? rest : rest.slice(0, slash)
  const rate = slash === -1 ? "" : readRateDenominator(rest, slash)
  const base = canonicalUnit(head)
  // `元/株`, `元/人/月`: a unit with its rate, read to the end or not at all.
  if (base === undefined || slash + rate.length !== (slash === -1 ? -1 : rest.length)) return undefined
  const unit = `${base}${rate}`
  return { unit, magnitude: magnitude || null, op, placeholder: !!placeholder }
}

/** Whether a name still holds a template placeholder anywhere (`(≥**%)`, `XX个`). */
export const hasPlaceholder = (name: string): boolean =>
  /[*＊]+|(?<![A-Za-z])[xX]{2,}(?![A-Za-z])/u.test(name)
