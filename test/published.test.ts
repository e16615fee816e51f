/**
 * Re-scores real published 项目支出绩效自评表 (copied as printed, with their sources, in
 * test/fixtures/published/) and compares with the issuers' own scores. Where an issuer followed the
 * formula, jixiao must agree; where it did not, the test says so and pins what jixiao does instead.
 */
import { readFileSync } from "node:fs"
import { compileTarget, type Indicator, parseLevel } from "@jixiao/core"
import { exact, gradeIndicator, type Policy, present, presets, scoreBudget } from "@jixiao/scoring"
import { describe, expect, it } from "vitest"

interface Fixture {
  source: { url: string; issuer: string }
  budget: {
    initial: string | null
    planned: string | null
    executed: string | null
    weight: number | null
    score_published: string | null
  }
  indicators: Array<{
    level1: string
    level2: string | null
    name: string | null
    target: string | null
    actual: string | null
    weight: string | null
    score_published: string | null
  }>
}

const load = (name: string): Fixture =>
  JSON.parse(readFileSync(new URL(`fixtures/published/${name}.json`, import.meta.url), "utf8"))
const at = { file: "published", row: 1 }

const rescore = (fixture: Fixture, policy: Policy) =>
  fixture.indicators
    .filter((i) => i.target !== null && i.weight !== null)
    .map((i) => {
      const indicator: Indicator = {
        no: 1,
        level1: parseLevel(i.level1),
        level2: parseLevel(i.level2 ?? ""),
        name: i.name ?? "",
        period: null,
        annual: { text: i.target!, at },
        weight: { text: i.weight!, at },
        actual: i.actual === null ? null : { text: i.actual, at },
        deviationReason: null,
        at,
      }
      const result = gradeIndicator({
        indicator,
        group: "output",
        target: compileTarget(i.target!, {
          level1: indicator.level1.raw,
          level2: indicator.level2.raw,
          name: indicator.name,
        }),
        actual:
          i.actual === null
            ? null
            : { text: i.actual, tier: null, deduction: null, deductionReason: null, deviationReason: "—" },
        weight: exact(i.weight!),
        policy,
      })
      return {
        name: i.name,
        published: i.score_published,
        ours: present(result.score, policy.rounding),
        status: result.status,
      }
    })

const budgetOf = (fixture: Fixture, policy: Policy) => {
  const cell = (text: string | null) => (text === null ? null : { text, at })
  return scoreBudget(
    {
      unit: "",
      project: "",
      initial: cell(fixture.budget.initial),
      planned: cell(fixture.budget.planned),
      executed: cell(fixture.budget.executed),
      weight: cell(String(fixture.budget.weight ?? 10)),
      at,
    },
    "万元",
    policy,
  )
}

describe("廊坊市食品工程学校 2019 (Hebei): whole-point rounding", () => {
  const fixture = load("langfang-shipin-gongcheng-xuexiao-2019")

  it("matches every published indicator score under the whole-point preset", () => {
    const rows = rescore(fixture, presets["langfang-whole-points"]!)
    expect(rows).toHaveLength(9)
    for (const row of rows)
      expect({ name: row.name, score: row.ours }).toEqual({ name: row.name, score: Number(row.published) })
  })

  it("matches the published budget score: 37.24 ÷ 43.2 × 10 = 8.62, printed 9", () => {
    const { budget } = budgetOf(fixture, presets["langfang-whole-points"]!)
    expect(present(budget!.score, presets["langfang-whole-points"]!.rounding)).toBe(
      Number(fixture.budget.score_published),
    )
    expect(budget!.score.round(4).toString()).toBe("8.6204")
  })

  it("differs under the national 2-decimal rounding, and the test says where: 工程资金金额 8.62 against the printed 9", () => {
    const rows = rescore(fixture, presets.national!)
    const differing = rows.filter((r) => r.ours !== Number(r.published))
    expect(differing.map((r) => [r.name, r.ours, r.published])).toEqual([["指标1工程资金金额", 8.62, "9"]])
  })
})

describe("贵池区棠溪镇 2022 (Anhui): national 10/50/30/10", () => {
  const fixture = load("chizhou-guichi-tangxi-2022")

  it("matches every visible indicator score, qualitative ones included", () => {
    const rows = rescore(fixture, presets.national!)
    expect(rows).toHaveLength(9)
    for (const row of rows)
      expect({ name: row.name, score: row.ours }).toEqual({ name: row.name, score: Number(row.published) })
  })

  it("the issuer did not follow the budget formula: its totals row prints 0 / 0 / 0 and scores 0", () => {
    // Taken as printed the rate cannot be computed (全年预算数 0): jixiao scores 0 too, as the issuer did, but
    // from the 本年财政拨款 sub-row (90 / 89.974 / 89.974) the formula would give 10 points.
    const printed = budgetOf(fixture, presets.national!)
    expect(printed.budget!.rate).toBeNull()
    expect(present(printed.budget!.score, presets.national!.rounding)).toBe(
      Number(fixture.budget.score_published),
    )
    const subRow = budgetOf(
      { ...fixture, budget: { ...fixture.budget, initial: "90", planned: "89.974", executed: "89.974" } },
      presets.national!,
    )
    expect(present(subRow.budget!.score, presets.national!.rounding)).toBe(10)
  })
})

describe("大英县司法局 2023 (Sichuan): budget block on the adjusted budget", () => {
  it("rates execution on 全年预算数 (3.36), not the opening 0.00: 100 %, 10 points as published", () => {
    const fixture = load("daying-sifaju-2023")
    const { budget } = budgetOf(fixture, presets.sichuan!)
    expect(budget!.rate!.toString()).toBe("1")
    expect(present(budget!.score, presets.sichuan!.rounding)).toBe(Number(fixture.budget.score_published))
  })
})

describe("青神县发改局 2023 (Sichuan): published without actuals", () => {
  it("leaves indicators without actuals not evaluated instead of guessing", () => {
    const rows = rescore(load("qingshen-fagaiju-2023"), presets.sichuan!)
    expect(rows.map((r) => r.status)).toEqual(["not_evaluated", "not_evaluated"])
  })
})
