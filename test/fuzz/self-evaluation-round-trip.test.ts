/**
 * Round trip (issue #13, item 6): jixiao's own 自评表.xlsx, read back as `--targets` (and as `--budget` when
 * the first run had a budget sheet), gives the same results: department, units, projects, every indicator's
 * status, score, findings and explanation, and the budget rows' accounting. Only the places (`at`: which
 * file, row and cell) and the accounting of the actual rows differ, since the actuals are now the table's
 * own cells.
 *
 * The generated tables cover what departments publish and units report: several units (a project name
 * repeated across units), projects without indicators, every group, written 分值 or none per project,
 * actual values, 评价等级, reviewers' deductions, 偏差原因 without an actual, the goal's 实际完成情况,
 * budgets given, missing for some projects, or not given at all, and every preset policy.
 * Outside this domain, by design: a project where only some indicators have a written 分值 (the derived
 * ones are printed rounded and read back as written), and unreadable deductions or budget amounts (the
 * results keep the fact, not the text that could not be read).
 */
import {
  type ActualsTable,
  type BudgetTable,
  parseActualsTable,
  parseBudgetTable,
  parseTable,
  parseXlsxTable,
  type TargetTable,
} from "@jixiao/core"
import { renderers } from "@jixiao/report"
import { assess, assessmentToJson, presets } from "@jixiao/scoring"
import { Effect } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { sampleActualTexts, seedTargets, toCsv } from "./arbitraries.ts"
import { runs, timeout } from "./support.ts"

const LEVELS = [
  ["1-产出指标", "11-数量指标"],
  ["1-产出指标", "12-质量指标"],
  ["1-产出指标", "13-时效指标"],
  ["1-产出指标", "14-成本指标"],
  ["2-效益指标", "22-社会效益指标"],
  ["2-效益指标", "21-经济效益指标"],
  ["3-满意度指标", "31-服务对象满意度指标"],
] as const
const UNITS = ["广州市工业和信息化局", "广州市无线电监测站", "某某市财政局（本级）"]
const PROJECTS = ["购置经费", "信息化运维项目", "专项工作培训费", "中小企业发展专题"]
const NAMES = ["服务企业数量", "培训人次", "验收合格率", "完成时间", "项目成本", "带动就业", "服务对象满意度"]
const QUALITATIVE = [
  "有效提升",
  "达成预期指标",
  "基本达成",
  "未完成",
  "部分参展企业取得意向订单",
  "详见附件说明",
]

const indicator = fc.record({
  level: fc.nat(LEVELS.length - 1),
  name: fc.nat(NAMES.length - 1),
  target: fc.constantFrom(...seedTargets),
  period: fc.option(fc.constantFrom(...seedTargets), { nil: null }),
  weight: fc.integer({ min: 1, max: 30 }),
  actual: fc.oneof(fc.constantFrom(...sampleActualTexts), fc.constantFrom(...QUALITATIVE, "", "")),
  tier: fc.constantFrom("", "", "", "达成", "部分达成 75%", "未达成", "基本达成"),
  deduction: fc.constantFrom("", "", "", "1", "0.5"),
  deductionReason: fc.constantFrom("", "资料不全"),
  deviationReason: fc.constantFrom("", "", "数据尚未汇总", "受市场影响，将加强跟踪"),
  reported: fc.boolean(),
})

const project = fc.record({
  name: fc.nat(PROJECTS.length - 1),
  goal: fc.constantFrom("", "通过开展该项目，提升服务能力。", "完成年度工作任务"),
  goalActual: fc.constantFrom("", "", "已完成年度目标"),
  weighted: fc.boolean(),
  indicators: fc.array(indicator, { maxLength: 5 }),
  budget: fc.option(
    fc.record({
      initial: fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: null }),
      planned: fc.integer({ min: 1, max: 99_999 }),
      executedShare: fc.integer({ min: 0, max: 1_000 }),
    }),
    { nil: null },
  ),
})

const tables = fc.record({
  department: fc.constantFrom("", "广州市工业和信息化局"),
  units: fc.uniqueArray(
    fc.record({
      name: fc.nat(UNITS.length - 1),
      projects: fc.uniqueArray(project, { minLength: 1, maxLength: 3, selector: (p) => p.name }),
    }),
    { minLength: 1, maxLength: 3, selector: (u) => u.name },
  ),
  withBudget: fc.boolean(),
  policy: fc.constantFrom(...Object.keys(presets)),
  basis: fc.constantFrom("annual" as const, "period" as const),
})

type Tables = typeof tables extends fc.Arbitrary<infer T> ? T : never

const bytes = (text: string) => new TextEncoder().encode(text)

/** The three CSV files of a generated case. */
const csvFiles = (t: Tables) => {
  const targets: string[][] = [
    [
      "单位",
      "项目",
      "绩效目标",
      "序号",
      "一级指标",
      "二级指标",
      "三级指标",
      "实施周期指标值",
      "年度指标值",
      "分值",
    ],
  ]
  const actuals: string[][] = [
    [
      "单位",
      "项目",
      "序号",
      "实际完成值",
      "评价等级",
      "扣分",
      "扣分原因",
      "偏差原因",
      "年度总体目标实际完成情况",
    ],
  ]
  const budget: string[][] = [
    ["单位", "项目", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）"],
  ]
  for (const u of t.units) {
    const unit = UNITS[u.name]!
    for (const p of u.projects) {
      const name = PROJECTS[p.name]!
      if (p.indicators.length === 0) targets.push([unit, name, p.goal, "", "", "", "", "", "", ""])
      p.indicators.forEach((i, n) => {
        const [level1, level2] = LEVELS[i.level]!
        const weight = p.weighted ? String(i.weight) : ""
        const period = i.period ?? i.target
        targets.push([
          unit,
          name,
          p.goal,
          String(n + 1),
          level1,
          level2,
          NAMES[i.name]!,
          period,
          i.target,
          weight,
        ])
        if (i.reported)
          actuals.push([
            unit,
            name,
            String(n + 1),
            i.actual,
            i.tier,
            i.deduction,
            i.deduction === "" ? "" : i.deductionReason,
            i.deviationReason,
            n === 0 ? p.goalActual : "",
          ])
      })
      if (p.budget !== null) {
        const { initial, planned, executedShare } = p.budget
        const executed = ((planned * executedShare) / 1000).toFixed(2)
        budget.push([unit, name, initial === null ? "" : String(initial), String(planned), executed])
      }
    }
  }
  return {
    targets: `部门名称：${t.department}\n${toCsv(targets, "\n")}`,
    actuals: toCsv(actuals, "\n"),
    budget: toCsv(budget, "\n"),
  }
}

const read = <A, E>(effect: Effect.Effect<A, E>): Promise<A> => Effect.runPromise(effect)

/** results.json of one assessment, as `jixiao assess` builds it. */
const resultsOf = async (
  table: TargetTable,
  actuals: ActualsTable | undefined,
  budget: BudgetTable | undefined,
  t: Tables,
) =>
  assessmentToJson(
    await assess({ table, actuals, budget, policy: presets[t.policy]!, year: 2024, basis: t.basis }),
    {
      engineVersion: "test",
      inputs: { targets: "t", actuals: null, budget: null },
    },
  )

/** What must not change: everything but the places and the accounting of input rows. */
const comparable = (results: Awaited<ReturnType<typeof resultsOf>>) => {
  const { department, units, projects, notMet, needsReview, budgetMissing, budgetRows } = results
  return JSON.parse(
    JSON.stringify(
      { department, units, projects, notMet, needsReview, budgetMissing, budgetRows },
      (key, value) => (key === "at" ? undefined : value),
    ),
  )
}

describe("jixiao's own 自评表.xlsx read back", () => {
  it(
    "gives the same results as the tables it was made from",
    async () => {
      const renderXlsx = await renderers.xlsx()
      await fc.assert(
        fc.asyncProperty(tables, async (t) => {
          const files = csvFiles(t)
          const table = await read(parseTable({ file: "targets.csv", bytes: bytes(files.targets) }))
          const actuals = await read(parseActualsTable({ file: "actuals.csv", bytes: bytes(files.actuals) }))
          const budget = t.withBudget
            ? await read(parseBudgetTable({ file: "budget.csv", bytes: bytes(files.budget) }))
            : undefined
          const first = await resultsOf(table, actuals, budget, t)
          const [xlsx] = await renderXlsx(first)
          const contents = xlsx!.contents as Uint8Array
          const again = await read(parseXlsxTable(contents, "自评表.xlsx"))
          const budgetAgain = t.withBudget
            ? await read(parseBudgetTable({ file: "自评表.xlsx", bytes: contents }))
            : undefined
          const second = await resultsOf(again, undefined, budgetAgain, t)
          expect(comparable(second)).toEqual(comparable(first))
        }),
        runs(25),
      )
    },
    timeout(120_000),
  )
})
