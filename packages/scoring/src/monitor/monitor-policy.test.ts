import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { decodePolicy } from "../policy/load.ts"
import { presets } from "../policy/presets.ts"

const load = (json: unknown) => Effect.runPromise(decodePolicy(json, "my.json"))
const issues = async (json: unknown) =>
  (await Effect.runPromise(Effect.flip(decodePolicy(json, "my.json")))).issues.map(({ path, code }) => ({
    path,
    code,
  }))

describe("the policy's monitor block", () => {
  it("every preset has one: 15 % deviation to yellow by default", () => {
    for (const preset of Object.values(presets))
      expect(preset.monitor).toMatchObject({ indicators: { yellowFrom: 15 }, budget: { yellowFrom: 15 } })
  })

  it("a policy file sets either threshold, one key at a time, the rest kept", async () => {
    const policy = await load({ monitor: { indicators: { redFrom: 25 }, reasonFor: "red" } })
    expect(policy.monitor).toEqual({
      ...presets.national!.monitor,
      indicators: { yellowFrom: 15, redFrom: 25 },
      reasonFor: "red",
    })
    const budget = await load({
      monitor: { budget: { yellowFrom: "10", redFrom: "20" }, deadlineWarnDays: 14 },
    })
    expect(budget.monitor.budget).toEqual({ yellowFrom: "10", redFrom: "20" })
    expect(budget.monitor.deadlineWarnDays).toBe(14)
  })

  it("refuses yellow above red, a share outside 0–100, an unknown key and an unknown choice", async () => {
    expect(await issues({ monitor: { indicators: { yellowFrom: 40 } } })).toEqual([
      { path: "monitor.indicators.yellowFrom", code: "band_reversed" },
    ])
    expect(await issues({ monitor: { budget: { redFrom: 120 } } })).toMatchObject([{ code: "out_of_range" }])
    expect(await issues({ monitor: { lights: 1 } })).toMatchObject([{ code: "unknown_key" }])
    expect(await issues({ monitor: { reasonFor: "yellow" } })).toMatchObject([{ code: "invalid_choice" }])
  })
})
