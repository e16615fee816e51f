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
  // Counts of people: 名 and 位 count what 人 counts.
  人: ["people", "1"],
  名: ["people", "1"],
  位: ["people", "1"],
  "%": ["ratio", "10"],
  "‰": ["ratio", "1"],
  厘米: ["length", "0.01"],
  毫米: ["length", "0.001"],
  毫克: ["mass", "0.001"],
  亩: ["area", "2000/3"],
  工作日: ["workday", "1"],
  个月: ["month", "1"],
  升: ["volume", "1"],
  毫升: ["volume", "0.001"],
  立方米: ["volume", "1000"],
  千瓦: ["power", "1"],
  兆瓦: ["power", "1000"],
  Kbps: ["bandwidth", "1"],
  Mbps: ["bandwidth", "1000"],
  Gbps: ["bandwidth", "1000000"],
  MB: ["data", "1"],
  GB: ["data", "1024"],
  TB: ["data", "1048576"],
}

const factor = (text: string): Decimal => {
  const [n, d] = text.split("/")
  return d === undefined ? decimal(n!) : decimal(n!).div(decimal(d))
}

/** The factor from `from` to `to` for one simple unit, or undefined. */
const simpleFactor = (from: string, to: string): Decimal | undefined => {
  if (from === to) return decimal(1)
  const a = toBase[from]
  const b = toBase[to]
  if (a === undefined || b === undefined || a[0] !== b[0]) return undefined
  return factor(a[1]).div(factor(b[1]))
}

/**
 * `value` in unit `from` expressed in unit `to`, exactly; undefined when the two cannot convert. Rates
 * convert part by part (`元/名` is `元/人`; `元/小时` to `元/天`), so equivalent units are equivalent.
 */
export const convertUnit = (value: Decimal, from: string, to: string): Decimal | undefined => {
  if (from === to) return value
  const a = from.split("/")
  const b = to.split("/")
  if (a.length !== b.length) return undefined
  let result = value
  for (let i = 0; i < a.length; i++) {
    const f = simpleFactor(a[i]!, b[i]!)
    if (f === undefined) return undefined
    result = i === 0 ? result.times(f) : result.div(f)
  }
  return result
}
