/**
 * Exact comparison and sums of policy numbers (JSON numbers or decimal strings), on scaled BigInts.
 * Validation only: it keeps mathjs out of policy loading, and `"100.0000000000000000001"` is still above 100.
 */

/** A policy number as it may appear in a file. */
export type PolicyNumber = number | string

/**
 * Plain decimal digits: `1e-7` → `0.0000001`, `1e+21` → `1000000000000000000000` (JSON numbers are
 * already floats; strings stay as written). The point is moved in the text, not by `toFixed`, which
 * answers in exponent form again from 1e21 on (and BigInt then threw on a policy with `1e308`). Every
 * policy number reaches BigInt or a Fraction through this (Fraction.js, too, refuses exponent form).
 */
export const plainDecimal = (value: PolicyNumber): string => {
  const text = String(value)
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]?\d+)$/i.exec(text)
  if (!match) return text
  const [, sign, int = "", frac = "", exponent = "0"] = match
  const digits = `${int}${frac}`
  const point = int.length + Number(exponent)
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

/** All values as integers at one common scale (the longest fraction among them). */
const scaled = (
  values: ReadonlyArray<PolicyNumber>,
): { readonly ints: ReadonlyArray<bigint>; readonly scale: number } => {
  const parts = values.map((value) => plainDecimal(value).split("."))
  const scale = Math.max(0, ...parts.map(([, frac = ""]) => frac.length))
  const ints = parts.map(([int = "0", frac = ""]) => BigInt(`${int}${frac.padEnd(scale, "0")}`))
  return { ints, scale }
}

/** −1, 0 or 1 as `a` is below, equal to or above `b`, exactly. */
export const compare = (a: PolicyNumber, b: PolicyNumber): -1 | 0 | 1 => {
  const {
    ints: [x = 0n, y = 0n],
  } = scaled([a, b])
  return x < y ? -1 : x > y ? 1 : 0
}

/** The exact sum as a decimal string: `["10", 50, "30.5"]` → `"90.5"`. */
export const sum = (values: ReadonlyArray<PolicyNumber>): string => {
  const { ints, scale } = scaled(values)
  const total = ints.reduce((a, b) => a + b, 0n)
  const digits = (total < 0n ? -total : total).toString().padStart(scale + 1, "0")
  const int = digits.slice(0, digits.length - scale)
  const frac = digits.slice(digits.length - scale).replace(/0+$/, "")
  return `${total < 0n ? "-" : ""}${int}${frac ? `.${frac}` : ""}`
}
