/** Magnitude characters and their powers of ten: `万` = 10⁴, `亿` = 10⁸. */
export const magnitudePower: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 }

/** Units that begin with a magnitude character and must not be split (`千米` is a unit, not 千 × 米). */
export const unitsStartingWithMagnitude: ReadonlyArray<string> = [
  "千瓦时",
  "千瓦",
  "千克",
  "千米",
  "百分比",
  "百分点",
]
