/**
 * Draws the rows of a generated run: units of many projects, projects of 3–12 indicators drawn from the
 * seed's mix (and now and then a domain §2 notation), each with an actual and a budget line. Deterministic:
 * everything comes from one PRNG seeded by `--seed`.
 */
import { between, pick, prng } from "./prng.ts"
import type { Template } from "./templates.ts"
import { isDate, isPercent, scaleNumbers, variesWithCount } from "./vary.ts"

const CITIES = [
  "广州",
  "深圳",
  "珠海",
  "汕头",
  "佛山",
  "韶关",
  "湛江",
  "肇庆",
  "江门",
  "茂名",
  "惠州",
  "梅州",
]
const DISTRICTS = [
  "",
  "越秀区",
  "海珠区",
  "天河区",
  "白云区",
  "黄埔区",
  "番禺区",
  "花都区",
  "南沙区",
  "从化区",
]
const BUREAUS = [
  "工业和信息化局",
  "发展和改革委员会",
  "教育局",
  "科学技术局",
  "民政局",
  "财政局",
  "人力资源和社会保障局",
  "自然资源局",
  "生态环境局",
  "住房和城乡建设局",
  "交通运输局",
  "水务局",
  "农业农村局",
  "商务局",
  "文化广电旅游局",
  "卫生健康委员会",
  "应急管理局",
  "市场监督管理局",
]

/** A unit's name: city, district and bureau, numbered only once the combinations run out. */
const unitName = (index: number): string => {
  const combos = CITIES.length * DISTRICTS.length * BUREAUS.length
  const i = index % combos
  const city = CITIES[i % CITIES.length]!
  const district = DISTRICTS[Math.floor(i / CITIES.length) % DISTRICTS.length]!
  const bureau = BUREAUS[Math.floor(i / (CITIES.length * DISTRICTS.length))]!
  const round = Math.floor(index / combos)
  return `${city}市${district}${bureau}${round === 0 ? "" : `（${round + 1}）`}`
}

/** One generated indicator: the template's texts with this project's numbers. */
export interface DrawnIndicator {
  readonly template: Template
  readonly period: string
  readonly annual: string
  readonly actual: string
  readonly deviationReason: string
}

/** One generated project with its budget line (amounts in 元). */
export interface DrawnProject {
  readonly unit: string
  readonly name: string
  readonly goal: string
  readonly indicators: ReadonlyArray<DrawnIndicator>
  readonly budget: { readonly initial: string; readonly planned: string; readonly executed: string }
}

const SHORT = "受项目进度影响未完全达到目标；将加强调度，下年度补足"

const drawIndicator = (random: () => number, template: Template): DrawnIndicator => {
  if (!variesWithCount(template.annual)) {
    return { template, period: template.period, annual: template.annual, ...actualOf(template, 1, random) }
  }
  const factor = [0.5, 1, 1, 2, 3, 5, 10][between(random, 0, 6)]! * (0.5 + random())
  return {
    template,
    period: variesWithCount(template.period) ? scaleNumbers(template.period, factor) : template.period,
    annual: scaleNumbers(template.annual, factor),
    ...actualOf(template, factor, random),
  }
}

/** The template's actual scaled like its target; one in six falls short, one in ten overshoots. */
const actualOf = (template: Template, factor: number, random: () => number) => {
  if (random() < 0.01) return { actual: "", deviationReason: "数据尚未汇总" }
  const roll = random()
  const over = !isPercent(template.actual)
  const drift = roll < 1 / 6 ? 0.6 + random() * 0.35 : roll < 1 / 6 + 0.1 && over ? 1.05 + random() * 0.5 : 1
  const numeric = variesWithCount(template.annual) || drift !== 1
  const scales = numeric && /\d/.test(template.actual) && !isDate(template.actual)
  const actual = scales ? scaleNumbers(template.actual, factor * drift) : template.actual
  return { actual, deviationReason: drift < 1 && scales ? SHORT : template.deviationReason }
}

const amount = (random: () => number) => between(random, 5, 5000) * 10_000

/** Projects until `total` indicators are drawn: units of 20–300 projects, projects of 3–12 indicators. */
export function* drawProjects(
  total: number,
  seed: number,
  templates: { readonly seed: ReadonlyArray<Template>; readonly extras: ReadonlyArray<Template> },
  goals: ReadonlyArray<string>,
  baseNames: ReadonlyArray<string>,
): Generator<DrawnProject> {
  const random = prng(seed)
  let drawn = 0
  let serial = 0
  for (let unitIndex = 0; drawn < total; unitIndex++) {
    const unit = unitName(unitIndex)
    const projects = between(random, 20, 300)
    for (let p = 0; p < projects && drawn < total; p++) {
      const size = Math.min(between(random, 3, 12), total - drawn)
      const indicators = Array.from({ length: size }, () =>
        drawIndicator(random, random() < 0.1 ? pick(random, templates.extras) : pick(random, templates.seed)),
      )
      const planned = amount(random)
      const executed = Math.round(planned * (0.75 + random() * 0.25))
      serial++
      yield {
        unit,
        name: `${pick(random, baseNames)}-${serial}`,
        goal: pick(random, goals),
        indicators,
        budget: { initial: planned.toFixed(2), planned: planned.toFixed(2), executed: executed.toFixed(2) },
      }
      drawn += size
    }
  }
}
