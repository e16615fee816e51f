import { type Decimal, decimal } from "../../model/decimal.ts"

/** Magnitude characters and their powers of ten: `万` = 10⁴, `亿` = 10⁸. */
export const magnitudePower: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 }

/** Powers of ten by exponent, made once (a BigNumber `pow` was half the cost of scaling). */
const tenTo: Decimal[] = []

/**
 * A value times its written magnitude, exactly: `1.2` and `万亿` → 1.2 × 10¹². No magnitude: the value
 * itself, as written (a product would round a literal of more than 64 significant digits; none is real).
 */
export const scaleByMagnitude = (value: Decimal, magnitude: string): Decimal => {
  let exponent = 0
  for (const char of magnitude) exponent += magnitudePower[char] ?? 0
  if (exponent === 0) return value
  let power = tenTo[exponent]
  if (power === undefined) {
    power = decimal(10).pow(exponent)
    tenTo[exponent] = power
  }
  return value.times(power)
}

/** Units that begin with a magnitude character and must not be split (`千米` is a unit, not 千 × 米). */
export const unitsStartingWithMagnitude: ReadonlyArray<string> = [
  "千瓦时",
  "千瓦",
  "千克",
  "千米",
  "百分比",
  "百分点",
]
