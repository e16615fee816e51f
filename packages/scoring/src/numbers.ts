import { type Decimal, math } from "@jixiao/core"
import type { Fraction } from "mathjs"

/**
 * Scores are exact rationals (mathjs Fraction, bigint-backed): an evenly split 56.25 points over 7
 * indicators adds back to 56.25 exactly. The Fraction class is used directly in hot loops instead of
 * the typed-function API. Rounding happens only in `present`, as the policy says.
 */
export type Exact = Fraction

const FractionClass = (math as unknown as { Fraction: new (value: string | number | bigint) => Fraction })
  .Fraction

/** An exact rational from a decimal string, a number written in a policy, or a mathjs BigNumber. */
export const exact = (value: string | number | Decimal): Exact =>
  new FractionClass(
    typeof value === "object" ? value.toFixed() : typeof value === "number" ? String(value) : value,
  )

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

/** The rounded value as a fixed-point string (`86.50`), exact: no float touches it. */
export const presentText = (x: Exact, rounding: Rounding): string => {
  const [int = "0", frac = ""] = rounded(x, rounding).toString().split(".")
  return rounding.decimals === 0 ? int : `${int}.${frac.padEnd(rounding.decimals, "0")}`
}

/** The rounded value as a JSON number. */
export const present = (x: Exact, rounding: Rounding): number => Number(presentText(x, rounding))

/** The rounded value, still exact: grades are decided on this. */
export const rounded = (x: Exact, rounding: Rounding): Exact =>
  rounding.mode === "truncate" ? x.floor(rounding.decimals) : x.round(rounding.decimals)
