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
  // Latin units (after NFKC: `㎡` is already 平方米, `℃` is `°C`, `m³` is `m3`)
  m: "米",
  cm: "厘米",
  mm: "毫米",
  t: "吨",
  g: "克",
  mg: "毫克",
  h: "小时",
  min: "分钟",
  ha: "公顷",
  L: "升",
  kW: "千瓦",
  KW: "千瓦",
  kw: "千瓦",
  kWh: "千瓦时",
  KWh: "千瓦时",
  kwh: "千瓦时",
  MW: "兆瓦",
  "°C": "℃",
  摄氏度: "℃",
  千瓦小时: "千瓦时",
  人日: "人天",
  个工作小时: "小时",
  公里数: "公里",
}

/** What may follow `每` to make a rate rather than a per-item bound (`每年2次` is 2 次/年), as written in the unit. */
export const rateItems: Readonly<Record<string, string>> = {
  日: "日",
  天: "日",
  月: "月",
  年: "年",
  周: "周",
  小时: "小时",
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
  "个次",
  "村",
  "批",
  "架",
  "艘次",
  "份次",
  "幅",
  "栋",
  "幢",
  "层",
  "根",
  "块",
  "面",
  "枚",
  "盏",
  "颗",
  "艘",
  "列",
  "节",
  "首",
  "集",
  "例",
  "把",
  "双",
  "对",
  "床",
  "届",
  "口",
  "眼",
  "段",
  "趟",
  "班",
  "站",
  "桩",
  "人天",
  "工日",
  "标准箱",
  "吨公里",
  "人月",
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
  "毫克",
  "厘米",
  "毫米",
  "升",
  "毫升",
  "℃",
  "‰",
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
  "PB",
  "Mbps",
  "Gbps",
  "Kbps",
  "dB",
  "分贝",
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

/** Words that may stand after `/` besides units: `次/日`, `元/人*月`, `元/生/年`, `mg/L`. */
const denominatorWords = [
  "日",
  "月",
  "年",
  "季",
  "季度",
  "周",
  "时",
  "分",
  "秒",
  "人",
  "生",
  "户",
  "家",
  "村",
  "校",
  "床",
  "车",
  "亩",
  "学期",
  "班",
]
const denominators: ReadonlyArray<string> = [...new Set([...unitForms, ...denominatorWords])].sort(
  (a, b) => b.length - a.length,
)

/**
 * The rate denominators after a unit, as many as are written (`/人/月`, `/人*月`, `/人·月`), each a unit or
 * a time word, so that `元/人以上` keeps `以上` for the lexer. Returns the text read, or "".
 */
export const readRateDenominator = (text: string, at: number): string => {
  let i = at
  while (text[i] === "/") {
    let j = i + 1
    let read = false
    for (;;) {
      const word = denominators.find((d) => text.startsWith(d, j))
      if (word === undefined) break
      j += word.length
      read = true
      if (text[j] !== "*" && text[j] !== "·") break
      j++
    }
    if (!read) break
    if (text[j - 1] === "*" || text[j - 1] === "·") j--
    i = j
  }
  return text.slice(at, i)
}
