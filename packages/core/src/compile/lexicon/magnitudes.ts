import { type Decimal, decimal } from "../../model/decimal.ts"

/** Magnitude characters and their powers of ten: `万` = 10⁴, `亿` = 10⁸. */
export const magnitudePower: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 }

/** A value times its written magnitude, exactly: `1.2` and `万亿` → 1.2 × 10¹². */
export const scaleByMagnitude = (value: Decimal, magnitude: string): Decimal => {
  let exponent = 0
  for (const char of magnitude) exponent += magnitudePower[char] ?? 0
  return value.times(decimal(10).pow(exponent))
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
