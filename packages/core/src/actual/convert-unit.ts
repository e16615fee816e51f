import { type Decimal, decimal } from "../model/decimal.ts"

/**
 * Exact conversions between units of one dimension, as factors to a base unit. Magnitudes (万, 亿) are
 * already applied by the compiler, so `1.2亿元` and `12000万元` are both 元; this table covers the rest.
 */
const toBase: Readonly<Record<string, readonly [dimension: string, factor: string]>> = {
  米: ["length", "1"],
  公里: ["length", "1000"],
  克: ["mass", "1"],
  千克: ["mass", "1000"],
  吨: ["mass", "1000000"],
  平方米: ["area", "1"],
  公顷: ["area", "10000"],
  平方公里: ["area", "1000000"],
  秒: ["time", "1"],
  分钟: ["time", "60"],
  小时: ["time", "3600"],
  天: ["time", "86400"],
  周: ["time", "604800"],
  千瓦时: ["energy", "1"],
  度: ["energy", "1"],
  MB: ["data", "1"],
  GB: ["data", "1024"],
  TB: ["data", "1048576"],
}

/** `value` in unit `from` expressed in unit `to`, exactly; undefined when the two cannot convert. */
export const convertUnit = (value: Decimal, from: string, to: string): Decimal | undefined => {
  if (from === to) return value
  const a = toBase[from]
  const b = toBase[to]
  if (a === undefined || b === undefined || a[0] !== b[0]) return undefined
  return value.times(decimal(a[1])).div(decimal(b[1]))
}
