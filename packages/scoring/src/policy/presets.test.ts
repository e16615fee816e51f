import { Effect, Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { sum } from "./exact.ts"
import { decodePolicy, resolvePolicy } from "./load.ts"
import { presetNames, presets } from "./presets.ts"
import { PolicySchema, policyParseOptions } from "./schema.ts"

describe("presets", () => {
  it.each(presetNames)("%s is valid by the schema and decodes to itself", (name) => {
    const decoded = Schema.decodeUnknownResult(PolicySchema)(presets[name], policyParseOptions)
    expect(Result.isSuccess(decoded)).toBe(true)
    expect(Result.getOrThrow(decoded)).toEqual(presets[name])
  })

  it.each(presetNames)("%s is what a file extending it gives, named after the file", async (name) => {
    const policy = await Effect.runPromise(decodePolicy({ extends: name }, "my.json"))
    expect(policy).toEqual({ ...presets[name], name: "my.json" })
    expect(await Effect.runPromise(resolvePolicy(name))).toBe(presets[name])
  })

  it("weights add up to 100 points in each preset", () => {
    const total = (name: string) => {
      const { weights } = presets[name]!
      const parts = weights.mode === "free" ? [weights.indicators] : Object.values(weights.groups)
      return sum([weights.budget, ...parts.filter((p) => p !== undefined)])
    }
    expect(presetNames.map(total)).toEqual(["100", "100", "100", "100"])
  })

  it("keeps the published differences between presets", () => {
    expect(presets.national?.weights.groups).toEqual({ output: 50, benefit: 30, satisfaction: 10 })
    expect(presets.national?.weights.mergeInto).toEqual({ cost: "output" })
    expect(presets.sichuan?.weights).toMatchObject({ mode: "free", budget: 10, indicators: 90 })
    expect(presets["profile-20-40-40"]?.weights).toMatchObject({
      budget: 20,
      groups: { output: 40, benefit: 40 },
      mergeInto: { satisfaction: "benefit" },
    })
    expect(presets["langfang-whole-points"]?.rounding).toEqual({ decimals: 0, mode: "half_up" })
    expect(presets["langfang-whole-points"]?.weights).toEqual(presets.national?.weights)
  })
})
