import { compileTarget, type Indicator } from "@jixiao/core"
import { describe, expect, it } from "vitest"
import { scoreBudget } from "./budget.ts"
import { compileFormulas } from "./formulas.ts"
import { gradeIndicator } from "./grade/indicator.ts"
import { exact } from "./numbers.ts"
import { presets } from "./policy/presets.ts"

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

describe("custom formulas from a policy", () => {
  const policy = {
    ...presets.national!,
    formulas: {
      positive: "weight * (actual / target) ^ 2",
      reverse: "weight / 2",
      budget: "weight * rate * rate",
    },
  }

  it("are compiled once and evaluated exactly per indicator", async () => {
    const formulas = await compileFormulas(policy)
    const grade = (target: string, actual: string) =>
      gradeIndicator({
        indicator,
        group: "output",
        target: compileTarget(target),
        actual: { text: actual, tier: null, deduction: null, deductionReason: null, deviationReason: "—" },
        weight: exact(10),
        policy,
        formulas,
      })
    expect(grade("≥150家", "120家").score.toString()).toBe("6.4")
    expect(grade("≥150家", "150家").score.toString()).toBe("10")
    expect(grade("≤100万元", "125万元").score.toString()).toBe("5")
    const row = {
      unit: "",
      project: "",
      initial: null,
      planned: { text: "100", at },
      executed: { text: "90", at },
      weight: null,
      at,
    }
    expect(scoreBudget(row, "万元", policy, formulas).budget!.score.toString()).toBe("8.1")
  })

  it("leave an indicator to the built-in formula when they cannot be evaluated (found by fuzzing)", async () => {
    const formulas = await compileFormulas({
      ...presets.national!,
      formulas: { positive: "weight / (actual - target)", budget: "weight / (rate - 1)" },
    })
    const scope = { actual: exact(150), target: exact(150), weight: exact(10) }
    expect(formulas.positive!(scope)).toBeUndefined()
    expect(formulas.positive!({ ...scope, actual: exact(160) })!.toString()).toBe("1")
    expect(formulas.budget!({ rate: exact(1), weight: exact(10) })).toBeUndefined()
  })

  it("are absent unless the policy names them", async () => {
    expect(await compileFormulas(presets.national!)).toEqual({})
  })
})
