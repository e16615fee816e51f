import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { decodePolicy, decodePolicyText } from "./load.ts"
import { national, sichuan } from "./presets.ts"

const load = (json: unknown) => Effect.runPromise(decodePolicy(json, "my.json"))
const failure = (json: unknown) => Effect.runPromise(Effect.flip(decodePolicy(json, "my.json")))
const issues = async (json: unknown) => (await failure(json)).issues.map(({ path, code }) => ({ path, code }))
const dataOf = async (json: unknown) => (await failure(json)).issues
describe("decodePolicy: merging onto a preset", () => {
  it("an override of one key keeps the rest of its base", async () => {
    const policy = await load({ extends: "sichuan", rounding: { decimals: 1 } })
    expect(policy.rounding).toEqual({ decimals: 1, mode: "half_up" })
    expect(policy.weights).toEqual(sichuan.weights)
    expect(policy.grades).toEqual(sichuan.grades)
  })

  it("extends national by default; objects merge, arrays replace", async () => {
    const policy = await load({
      qualitative: { bands: { partial: [50, 80], failed: [0, 50] } },
      grades: [
        { grade: "优", min: 85 },
        { grade: "差", min: 0 },
      ],
    })
    expect(policy.qualitative.bands).toEqual({ achieved: [80, 100], partial: [50, 80], failed: [0, 50] })
    expect(policy.qualitative.defaultShare).toEqual(national.qualitative.defaultShare)
    expect(policy.grades).toHaveLength(2)
    expect(policy.weights).toEqual(national.weights)
  })

  it("accepts numbers written as decimal strings, keeping them as written", async () => {
    const policy = await load({ overAchievement: "1.2", lateShare: "50", rounding: { decimals: "1" } })
    expect(policy.overAchievement).toBe("1.2")
    expect(policy.lateShare).toBe("50")
    expect(policy.rounding.decimals).toBe(1)
  })

  it("accepts a 20/40/40 split written out in full", async () => {
    const weights = { budget: 20, groups: { output: 40, benefit: 40, satisfaction: 0, cost: 0 } }
    expect((await load({ weights })).weights.budget).toBe(20)
  })

  it("reads text, and reports a JSON syntax error", async () => {
    expect((await Effect.runPromise(decodePolicyText('{"lateShare": 10}', "a.json"))).lateShare).toBe(10)
    const error = await Effect.runPromise(Effect.flip(decodePolicyText("{lateShare: 10", "a.json")))
    expect(error.issues.map((i) => i.code)).toEqual(["invalid_json"])
  })
})

describe("decodePolicy: custom formulas", () => {
  it("accepts formulas over the allowed variables", async () => {
    const formulas = {
      reverse: "actual >= 2 * target ? 0 : weight * (1 - (actual - target) / target)",
      budget: "min(rate, 1) * weight",
    }
    expect((await load({ formulas })).formulas).toEqual(formulas)
  })

  it("names the key of a formula with an unknown symbol, function or syntax error", async () => {
    const found = await dataOf({
      formulas: {
        positive: "actual / target * weight * bonus",
        budget: "rate * weight * actual",
        reverse: "sin(x)",
      },
    })
    expect(found.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: "formulas.positive", code: "formula_symbol" },
      { path: "formulas.reverse", code: "formula_function" },
      { path: "formulas.reverse", code: "formula_symbol" },
      { path: "formulas.budget", code: "formula_symbol" },
    ])
    expect(found[0]?.data).toMatchObject({ formula: "positive", symbol: "bonus" })
    expect(found[3]?.data).toMatchObject({ formula: "budget", symbol: "actual", allowed: ["rate", "weight"] })
    expect(await issues({ formulas: { positive: "actual / (target" } })).toEqual([
      { path: "formulas.positive", code: "formula_syntax" },
    ])
    expect(await issues({ formulas: { budget: "weight = 1" } })).toEqual([
      { path: "formulas.budget", code: "formula_unsupported" },
    ])
    // Constants with no exact value.
    expect(await issues({ formulas: { budget: "min(rate, Infinity) * weight + NaN" } })).toEqual([
      { path: "formulas.budget", code: "formula_unsupported" },
      { path: "formulas.budget", code: "formula_unsupported" },
    ])
    expect(await issues({ formulas: { budget: " " } })).toEqual([
      { path: "formulas.budget", code: "empty_formula" },
    ])
  })
})
