/**
 * What the generator draws from: every indicator of the seed table with its illustrative actual (the seed's
 * own mix of kinds: quantities, percentages, deadlines, qualitative, compound, per-item, references), and
 * the real-world notations of docs/domain.md §2 that the seed lacks (Chinese and full-width numerals,
 * 不满/超过/以内, 百分比, deadlines by quarter or half-year), each with a plausible actual.
 */
import { readFileSync } from "node:fs"
import { parseActualsTable, parseTextTable } from "@jixiao/core"
import { Effect } from "effect"

/** One indicator as the generator writes it: its levels, name, targets and the actual an auditor reports. */
export interface Template {
  readonly level1: string
  readonly level2: string
  readonly name: string
  readonly period: string
  readonly annual: string
  readonly actual: string
  readonly tier: string
  readonly deviationReason: string
}

const output = (l2: string) => ["1-产出指标", l2] as const
const benefit = (l2: string) => ["2-效益指标", l2] as const
const satisfaction = ["3-满意度指标", "31-服务对象满意度"] as const

/** domain.md §2 notations absent from the seed: [levels, name, target, actual]. */
const DOMAIN_EXTRAS: ReadonlyArray<readonly [readonly [string, string], string, string, string]> = [
  [output("11-数量指标"), "举办专题培训场次", "三场", "3场"],
  [output("11-数量指标"), "培训基层干部人数", "一千二百人", "1,250人"],
  [output("11-数量指标"), "新增服务网点", "超过10个", "12个"],
  [output("11-数量指标"), "改造老旧管网长度", "≥15公里", "15.6公里"],
  [output("11-数量指标"), "建成标准化厂房面积", "≥20000平方米", "21,300㎡"],
  [output("11-数量指标"), "公益广告播放", "≥20次/日", "22次/日"],
  [output("12-质量指标"), "项目验收合格率", "≥100百分比", "100%"],
  [output("12-质量指标"), "工程质量", "合格率100%，优秀率达90%", "合格率100%，优秀率92%"],
  [output("12-质量指标"), "安全生产事故次数", "不满3次", "0次"],
  [output("12-质量指标"), "设施建设标准", "全部符合", "全部符合"],
  [output("13-时效指标"), "项目完工时间", "2024年底", "2024年12月20日"],
  [output("13-时效指标"), "资金拨付时间", "11月底前", "2024年11月18日"],
  [output("13-时效指标"), "方案编制完成时间", "上半年", "2024年6月28日"],
  [output("13-时效指标"), "设备安装完成时间", "第三季度", "2024年10月12日"],
  [output("13-时效指标"), "审批办结时限", "不超过30天", "26天"],
  [output("14-成本指标"), "单位面积改造成本", "控制在800元/平方米以内", "760元/平方米"],
  [output("14-成本指标"), "项目总成本", "≤120万元", "118.4万元"],
  [benefit("22-社会效益"), "群众办事便利度", "效果明显", "达成"],
  [benefit("23-生态效益"), "污水处理率", "≥ 95 %", "96.2%"],
  [benefit("24-可持续影响"), "长效管护机制", "建立健全", "已完成"],
  [satisfaction, "群众满意度", "９５％", "93.5%"],
]

const seedFile = "seeds/000_6fa372ea3c00e953.txt"
const actualsFile = "seeds/sample-actuals-2024.csv"

/** The seed's indicators with their sample actuals (keyed by unit, project and 序号), the domain extras, goals and project names. */
export const loadTemplates = (): {
  readonly seed: Template[]
  readonly extras: Template[]
  readonly goals: string[]
  readonly projectNames: string[]
} => {
  const table = parseTextTable(readFileSync(seedFile, "utf8"), seedFile)
  const sample = Effect.runSync(parseActualsTable({ file: actualsFile, bytes: readFileSync(actualsFile) }))
  const actualOf = new Map(sample.rows.map((r) => [`${r.unit}\u0000${r.project}\u0000${r.no}`, r]))
  const projects = table.units.flatMap((u) => u.projects)
  const seed = projects.flatMap((p) =>
    p.indicators.map((i): Template => {
      const row = actualOf.get(`${p.unit}\u0000${p.name}\u0000${i.no}`)
      return {
        level1: i.level1.raw,
        level2: i.level2.raw,
        name: i.name,
        period: i.period?.text ?? "",
        annual: i.annual?.text ?? "",
        actual: row?.actual?.text ?? "",
        tier: row?.tier?.text ?? "",
        deviationReason: row?.deviationReason?.text ?? "",
      }
    }),
  )
  const extras = DOMAIN_EXTRAS.map(
    ([[level1, level2], name, target, actual]): Template => ({
      level1,
      level2,
      name,
      period: target,
      annual: target,
      actual,
      tier: "",
      deviationReason: "",
    }),
  )
  return {
    seed,
    extras,
    goals: projects.map((p) => p.goal).filter((g) => g !== ""),
    projectNames: projects.map((p) => p.name),
  }
}
