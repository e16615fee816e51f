import { compileTarget, type Indicator } from "@jixiao/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { scoreBudget } from "../../grade/budget.ts"
import { gradeIndicator } from "../../grade/indicator.ts"
import { formatScoreFinding } from "../../messages.ts"
import { exact } from "../../numbers.ts"
import { decodePolicy } from "../load.ts"
import { formatPolicyError } from "../messages.ts"
import type { Policy } from "../policy.ts"
import { presets } from "../presets.ts"
import { compileFormulas, type FormulaResult } from "./formulas.ts"

const at = { file: "t", row: 1 }
const indicator: Indicator = {
  no: 1,
  level1: { raw: "产出指标", name: "产出指标", code: null, points: null },
  level2: { raw: "数量指标", name: "数量指标", code: null, points: null },
  name: "指标",
  period: null,
  annual: null,
  weight: null,
  actual: null,
  deviationReason: null,
  at,
}
const budgetRow = (planned: string, executed: string) => ({
  unit: "",
  project: "",
  initial: null,
  planned: { text: planned, at },
  executed: { text: executed, at },
  weight: null,
  at,
})

const withFormulas = (formulas: Policy["formulas"]): Policy => ({ ...presets.national!, formulas })
const grader = async (policy: Policy) => {
  const formulas = await compileFormulas(policy)
  return (target: string, actual: string) =>
    gradeIndicator({
      indicator,
      group: "output",
      target: compileTarget(target),
      actual: { text: actual, tier: null, deduction: null, deductionReason: null, deviationReason: "—" },
      weight: exact(10),
      policy,
      formulas,
    })
}
const failure = (result: FormulaResult | undefined) =>
  result?.ok === false ? result.finding.data : undefined

describe("custom formulas from a policy", () => {
  const policy = withFormulas({
    positive: "weight * (actual / target) ^ 2",
    reverse: "weight / 2",
    budget: "weight * rate * rate",
  })

  it("are compiled once and evaluated exactly per indicator", async () => {
    const grade = await grader(policy)
    expect(grade("≥150家", "120家").score.toString()).toBe("6.4")
    expect(grade("≥150家", "150家").score.toString()).toBe("10")
    expect(grade("≤100万元", "125万元").score.toString()).toBe("5")
    const formulas = await compileFormulas(policy)
    expect(scoreBudget(budgetRow("100", "90"), "万元", policy, formulas).budget!.score.toString()).toBe("8.1")
  })

  it("are absent unless the policy names them", async () => {
    expect(await compileFormulas(presets.national!)).toEqual({})
  })
})

describe("a custom formula that gives no number (issue #15 item 9)", () => {
  it("is a finding naming the formula and its values, and the built-in formula scores", async () => {
    const grade = await grader(withFormulas({ positive: "weight / (actual - 120)" }))
    const result = grade("≥150家", "120家")
    expect(result.score.toString()).toBe("8")
    const finding = result.findings.find((f) => f.code === "formula_failed")
    expect(finding?.data).toEqual({
      formula: "positive",
      text: "weight / (actual - 120)",
      values: "actual = 120，target = 150，weight = 10",
      reason: "division_by_zero",
    })
    expect(formatScoreFinding("formula_failed", finding?.data)).toBe(
      "评分规则的自定义公式 formulas.positive「weight / (actual - 120)」在 actual = 120，target = 150，weight = 10 时除以零，该指标改按内置公式计分",
    )
    // Another indicator, where the formula works, gets no finding.
    expect(grade("≥150家", "130家").findings.map((f) => f.code)).not.toContain("formula_failed")
  })

  it("says so for a result that is not a number", async () => {
    const formulas = await compileFormulas(withFormulas({ reverse: "min(weight, actual > target)" }))
    const data = failure(formulas.reverse!({ actual: exact(125), target: exact(100), weight: exact(10) }))
    expect(data).toMatchObject({ formula: "reverse", reason: "not_a_number", got: "true" })
    expect(formatScoreFinding("formula_failed", data)).toContain("结果不是数值（布尔值 true）")
  })

  it("says so on the budget block, at its row", async () => {
    const policy = withFormulas({ budget: "weight / (rate - 1)" })
    const formulas = await compileFormulas(policy)
    const { budget, findings } = scoreBudget(budgetRow("100", "100"), "万元", policy, formulas)
    expect(budget!.score.toString()).toBe("10")
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: "formula_failed",
        at,
        data: expect.objectContaining({ reason: "division_by_zero" }),
      }),
    )
    expect(formatScoreFinding("formula_failed", findings[0]!.data)).toContain("预算执行率改按内置公式计分")
  })
})

describe("the cost of a formula (issue #15 item 14)", () => {
  const scope = { actual: exact(120), target: exact(150), weight: exact(10) }

  it("stops a power whose result would pass the digit budget before taking it, naming it", async () => {
    // 40^1000 has 1603 digits; (actual/3)^100000 ran for more than a minute.
    const formulas = await compileFormulas(withFormulas({ positive: "(actual / 3) ^ 1000 * weight" }))
    const data = failure(formulas.positive!(scope))
    expect(data).toMatchObject({ reason: "digit_budget", node: "(actual / 3) ^ 1000" })
    expect(formatScoreFinding("formula_failed", data)).toContain(
      "weight = 10 时，计算 (actual / 3) ^ 1000 得数超过 1000 位（分子或分母）的上限，已停止计算，该指标改按内置公式计分",
    )
  })

  it("stops numbers that grow step by step", async () => {
    const product = Array.from({ length: 120 }, () => "actual").join(" * ")
    const formulas = await compileFormulas(withFormulas({ positive: `${product} * 0 + weight` }))
    const big = { ...scope, actual: exact("12345678901.5") }
    expect(failure(formulas.positive!(big))).toMatchObject({ reason: "digit_budget" })
    expect(formulas.positive!(scope)).toMatchObject({ ok: true })
  })

  it("takes a root of a large number in floating point, not by factoring it", async () => {
    // 150 × 1000000000000000003 (a prime): Fraction.js would try divisors up to 1.2e10.
    const formulas = await compileFormulas(
      withFormulas({ positive: "min((actual * 1000000000000000003) ^ 0.5, weight)" }),
    )
    expect(formulas.positive!({ ...scope, actual: exact(150) })).toEqual({ ok: true, value: exact(10) })
    const small = await compileFormulas(withFormulas({ positive: "min(actual ^ 0.5, weight)" }))
    expect(small.positive!({ ...scope, actual: exact(2) })).toEqual({ ok: true, value: exact(2 ** 0.5) })
  })

  it("keeps exact powers of 0, 1 and -1 however large the exponent", async () => {
    const formulas = await compileFormulas(withFormulas({ positive: "(actual - 119) ^ 999 * weight" }))
    expect(formulas.positive!(scope)).toEqual({ ok: true, value: exact(10) })
  })
})

describe("a formula whose fault shows in the formula itself is refused when the policy loads", () => {
  const issues = async (positive: string) => {
    const exit = await Effect.runPromise(Effect.flip(decodePolicy({ formulas: { positive } }, "p.json")))
    return exit.issues.map(({ code, data }) => ({ code, ...data }))
  }

  it.each([
    ["weight / 0", "formula_division_by_zero", { node: "weight / 0" }],
    ["weight / (1 - 1)", "formula_division_by_zero", { node: "weight / (1 - 1)" }],
    ["actual >= target", "formula_boolean", { node: "actual >= target" }],
    ["actual > target ? weight : actual > 0", "formula_boolean", { node: "actual > 0" }],
    ["actual ? weight : 0", "formula_condition", { node: "actual" }],
    ["(actual > 0 and weight) * weight", "formula_condition", { node: "weight" }],
    ["(actual / 3) ^ 100000 * weight", "formula_exponent_too_large", { exponent: "100000", max: 1000 }],
    ["2 ^ 100000 * weight", "formula_constant_fails", { node: "2 ^ 100000", reason: "digit_budget" }],
    ["0 ^ -1 * weight", "formula_constant_fails", { node: "0 ^ (-1)", reason: "division_by_zero" }],
    ["weight * 1e308", "formula_number_form", { number: "1e308" }],
    ["round(actual / target, 2) * weight", "formula_arity", { name: "round", expected: 1, actual: 2 }],
    ["actual! * weight", "formula_unsupported", { node: "actual!" }],
    ["(actual & 1) * weight", "formula_unsupported", {}],
    [Array.from({ length: 101 }, () => "weight").join(" + "), "formula_too_long", { max: 200 }],
  ] as const)("%s: %s", async (formula, code, data) => {
    const found = await issues(formula)
    expect(found).toEqual([expect.objectContaining({ code, formula: "positive", ...data })])
  })

  it("names the file, the formula and the part in Chinese", async () => {
    const lines = async (positive: string) =>
      formatPolicyError(
        await Effect.runPromise(Effect.flip(decodePolicy({ formulas: { positive } }, "p.json"))),
      )
    expect(await lines("(actual/3)^100000*weight")).toEqual([
      '策略文件 p.json 中的 "formulas.positive" 公式中的「(actual / 3) ^ 100000」指数为 100000，超过上限 1000（结果会超过 1000 位）',
    ])
    expect(await lines("2 ^ 100000 * weight")).toEqual([
      '策略文件 p.json 中的 "formulas.positive" 公式中的「2 ^ 100000」得数超过 1000 位（分子或分母）的上限，已停止计算',
    ])
    expect(await lines("weight / 0")).toEqual([
      '策略文件 p.json 中的 "formulas.positive" 公式中的「weight / 0」除以零',
    ])
  })

  it("accepts constant parts that work, and conditions that compare", async () => {
    const policy = await Effect.runPromise(
      decodePolicy(
        {
          formulas: {
            positive:
              "actual >= target and weight > 0 ? weight : min(actual / target, 1) * weight * (2 ^ 3 / 8)",
            reverse: "(1 > 0) * weight / (1 + 1)",
          },
        },
        "p.json",
      ),
    )
    expect(policy.formulas.reverse).toBe("(1 > 0) * weight / (1 + 1)")
  })
})
