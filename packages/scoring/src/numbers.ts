import { type Decimal, decimal, math } from "@jixiao/core"
import type { Fraction } from "mathjs"
import { plainDecimal } from "./policy/exact.ts"

/**
 * Scores are exact rationals (mathjs Fraction, bigint-backed): an evenly split 56.25 points over 7
 * indicators adds back to 56.25 exactly. The Fraction class is used directly in hot loops instead of
 * the typed-function API. Rounding happens only in `present`, as the policy says.
 */
export type Exact = Fraction

const FractionClass = (math as unknown as { Fraction: new (value: string | number | bigint) => Fraction })
  .Fraction

/** Parsed texts: grading parses the same weights, bands and amounts again and again (Fractions are immutable). */
const parsed = new Map<string, Exact>()

/** BigNumbers already turned into Fractions: a compiled target (and its value) is shared by every use of its text. */
const fromDecimal = new WeakMap<Decimal, Exact>()

/**
 * An exact rational from a decimal string, a number written in a policy, or a mathjs BigNumber. A number
 * is read as the decimal JavaScript writes for it, with the point moved out of exponent form (`1e21`,
 * `1e-7`), which Fraction.js refuses: a policy with `"overAchievement": 1e21` failed every assessment.
 */
export const exact = (value: string | number | Decimal): Exact => {
  if (typeof value === "object") {
    const known = fromDecimal.get(value)
    if (known !== undefined) return known
    const made = exactText(value.toFixed())
    fromDecimal.set(value, made)
    return made
  }
  return typeof value === "number" ? exactNumber(value) : exactText(value)
}

/**
 * Numbers already read: a policy's own numbers (`magnitudeSuspect`, `overAchievement`, its bands) are read
 * for every indicator, and writing each as a decimal first (`plainDecimal`) cost more than the lookup.
 */
const fromNumber = new Map<number, Exact>()

const exactNumber = (value: number): Exact => {
  const known = fromNumber.get(value)
  if (known !== undefined) return known
  const made = exactText(plainDecimal(value))
  if (fromNumber.size >= 1_000) fromNumber.clear()
  fromNumber.set(value, made)
  return made
}

const exactText = (text: string): Exact => {
  const known = parsed.get(text)
  if (known !== undefined) return known
  const made = new FractionClass(text)
  if (parsed.size >= 20_000) parsed.clear()
  parsed.set(text, made)
  return made
}

/** An exact rational as a decimal (64 significant digits; exact for every terminating decimal). */
export const toDecimal = (x: Exact): Decimal => {
  const { s, n, d } = x as unknown as Parts
  const value = decimal((s * n).toString())
  return d === 1n ? value : value.div(decimal(d.toString()))
}

export const zero: Exact = exact(0)
export const one: Exact = exact(1)
export const hundred: Exact = exact(100)

export const min = (a: Exact, b: Exact): Exact => (a.compare(b) <= 0 ? a : b)
export const max = (a: Exact, b: Exact): Exact => (a.compare(b) >= 0 ? a : b)
export const clamp = (x: Exact, low: Exact, high: Exact): Exact => min(max(x, low), high)
export const sum = (xs: ReadonlyArray<Exact>): Exact => xs.reduce((a, b) => a.add(b), zero)

/** How a score is shown: `decimals` places, rounded half up or truncated (both on non-negative values). */
export interface Rounding {
  readonly decimals: number
  readonly mode: "half_up" | "truncate"
}

type Parts = { readonly s: bigint; readonly n: bigint; readonly d: bigint }
const tens: bigint[] = [1n]
const ten = (k: number): bigint => {
  for (let i = tens.length; i <= k; i++) tens.push(tens[i - 1]! * 10n)
  return tens[k]!
}

/**
 * The rounded value as a fixed-point string (`86.50`), exact: no float touches it. Non-negative values
 * (every score) take integer arithmetic on numerator and denominator; others go through Fraction.
 */
export const presentText = (x: Exact, rounding: Rounding): string => {
  const { s, n, d } = x as unknown as Parts
  if (s >= 0n && rounding.decimals >= 0 && rounding.decimals <= 20) {
    const k = rounding.decimals
    const scaled = n * ten(k)
    const q = rounding.mode === "truncate" ? scaled / d : (2n * scaled + d) / (2n * d)
    if (k === 0) return q.toString()
    const digits = q.toString().padStart(k + 1, "0")
    return `${digits.slice(0, -k)}.${digits.slice(-k)}`
  }
  return presentTextSlow(x, rounding)
}

const presentTextSlow = (x: Exact, rounding: Rounding): string => {
  const [int = "0", frac = ""] = rounded(x, rounding).toString().split(".")
  return rounding.decimals === 0 ? int : `${int}.${frac.padEnd(rounding.decimals, "0")}`
}

/** The rounded value as a JSON number. */
export const present = (x: Exact, rounding: Rounding): number => Number(presentText(x, rounding))

/** The rounded value, still exact: grades are decided on this. */
export const rounded = (x: Exact, rounding: Rounding): Exact =>
  rounding.mode === "truncate" ? x.floor(rounding.decimals) : x.round(rounding.decimals)
