/**
 * Units of measure as they appear in targets, each mapped to one canonical spelling (平米 = 平方米 = ㎡).
 * Magnitudes (万, 亿, …) are not part of a unit: `万元` is the magnitude 万 and the unit 元.
 */
const aliases: Readonly<Record<string, string>> = {
  平米: "平方米",
  平方: "平方米",
  m2: "平方米",
  "m²": "平方米",
  m3: "立方米",
  方: "立方米",
  公斤: "千克",
  kg: "千克",
  千米: "公里",
  km: "公里",
  日: "天",
  个工作日: "工作日",
  个小时: "小时",
  个月: "个月",
  个百分点: "百分点",
}

/** Units of time, canonical spellings. */
const timeUnits = ["天", "工作日", "周", "个月", "年", "小时", "分钟", "秒"] as const

const canonical: ReadonlyArray<string> = [
  // counts
  "个",
  "家",
  "场",
  "份",
  "人",
  "人次",
  "家次",
  "批次",
  "班次",
  "期",
  "款",
  "辆",
  "台",
  "次",
  "项",
  "件",
  "篇",
  "本",
  "套",
  "所",
  "座",
  "户",
  "户次",
  "名",
  "位",
  "条",
  "部",
  "张",
  "册",
  "门",
  "间",
  "处",
  "支",
  "片",
  "大片",
  "棵",
  "株",
  "只",
  "头",
  "车次",
  "架次",
  "课时",
  "学时",
  "期次",
  "卷",
  "宗",
  "起",
  "组",
  "队",
  "类",
  "轮",
  "季",
  "单",
  "笔",
  "网点",
  "个点",
  "所次",
  // money, area, volume, length, weight
  "元",
  "美元",
  "平方米",
  "平方公里",
  "亩",
  "公顷",
  "立方米",
  "公里",
  "米",
  "吨",
  "千克",
  "克",
  // time
  ...timeUnits,
  // energy and data
  "千瓦时",
  "千瓦",
  "兆瓦",
  "度",
  "GB",
  "TB",
  "MB",
  // multiples and points
  "倍",
  "百分点",
]

const table: ReadonlyMap<string, string> = new Map([
  ...canonical.map((u) => [u, u] as const),
  ...Object.entries(aliases),
])

/** Every written form, longest first, for longest-match lexing. */
export const unitForms: ReadonlyArray<string> = [...table.keys()].sort((a, b) => b.length - a.length)

/** The canonical spelling of a written unit, or undefined when it is not a unit. */
export const canonicalUnit = (written: string): string | undefined => table.get(written)

/** Units that measure a span of time: a 时效 target in these is an upper bound (`办结时间5个工作日`). */
export const durationUnits: ReadonlySet<string> = new Set(timeUnits)

/** Denominators allowed after `/` in a rate (`次/日`, `元/人*月`). */
export const rateDenominator = /^\/[\p{Script=Han}A-Za-z]+(?:[*·][\p{Script=Han}A-Za-z]+)*/u
