import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { decodePolicy, resolvePolicy } from "./load.ts"

const failure = (json: unknown) => Effect.runPromise(Effect.flip(decodePolicy(json, "my.json")))
const issues = async (json: unknown) => (await failure(json)).issues.map(({ path, code }) => ({ path, code }))
const dataOf = async (json: unknown) => (await failure(json)).issues

describe("decodePolicy: errors name the key", () => {
  it("shows a value nested too deep to write out as its kind, instead of exhausting the call stack", async () => {
    let deep: unknown = []
    for (let i = 0; i < 200_000; i++) deep = [deep]
    expect(await dataOf({ name: deep })).toEqual([
      {
        path: "name",
        code: "invalid_type",
        data: expect.objectContaining({ received: "array", actual: "[…]" }),
      },
    ])
  })

  it("reports unknown keys with a suggestion, at any depth", async () => {
    const found = await dataOf({ roundng: { decimals: 1 }, weights: { budgte: 10 }, zzz: 1 })
    expect([...found].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: "roundng", code: "unknown_key", data: { key: "roundng", suggestion: "rounding" } },
      {
        path: "weights.budgte",
        code: "unknown_key",
        data: { key: "weights.budgte", suggestion: "weights.budget" },
      },
      { path: "zzz", code: "unknown_key", data: { key: "zzz" } },
    ])
  })

  it("reports values out of range", async () => {
    expect(
      await issues({
        rounding: { decimals: 7 },
        lateShare: 120,
        overAchievement: "0.99",
        budgetExplainBelow: 1.5,
        qualitative: { defaultShare: { partial: -1 } },
      }),
    ).toEqual([
      { path: "qualitative.defaultShare.partial", code: "out_of_range" },
      { path: "lateShare", code: "out_of_range" },
      { path: "overAchievement", code: "out_of_range" },
      { path: "budgetExplainBelow", code: "out_of_range" },
      { path: "rounding.decimals", code: "out_of_range" },
    ])
    const [decimals] = await dataOf({ rounding: { decimals: 2.5 } })
    expect(decimals?.data).toEqual({ min: 0, max: 6, kind: "integer", actual: 2.5 })
  })

  it("reads ranges exactly, not through floats", async () => {
    expect(await issues({ lateShare: "100.0000000000000000001" })).toEqual([
      { path: "lateShare", code: "out_of_range" },
    ])
  })

  it("reports a weight below 0 and weights that do not add up to 100", async () => {
    expect(await issues({ weights: { budget: -1 } })).toEqual([
      { path: "weights.budget", code: "out_of_range" },
    ])
    const [total] = await dataOf({ weights: { budget: 20 } })
    expect(total).toEqual({
      path: "weights.groups",
      code: "weights_total",
      data: { total: "110", mode: "groups" },
    })
    expect(await issues({ extends: "sichuan", weights: { indicators: "85.5" } })).toEqual([
      { path: "weights.indicators", code: "weights_total" },
    ])
  })

  it("reports grades out of order, repeated, or without a lowest grade at 0", async () => {
    const grades = [
      { grade: "优", min: 90 },
      { grade: "良", min: 95 },
      { grade: "良", min: 60 },
      { grade: "差", min: 10 },
    ]
    expect(await issues({ grades })).toEqual([
      { path: "grades[1].min", code: "grades_unordered" },
      { path: "grades[2].grade", code: "grade_duplicate" },
      { path: "grades", code: "grades_no_zero" },
    ])
    expect(await issues({ grades: [{ grade: "甲", min: 0 }] })).toEqual([
      { path: "grades[0].grade", code: "invalid_choice" },
    ])
  })

  it("reports bands reversed, overlapping once merged, and default shares outside their band", async () => {
    expect(await issues({ qualitative: { bands: { partial: [80, 60] } } })).toEqual([
      { path: "qualitative.bands.partial", code: "band_reversed" },
    ])
    expect(await issues({ qualitative: { bands: { partial: [60, 85] } } })).toEqual([
      { path: "qualitative.bands.achieved[0]", code: "bands_overlap" },
    ])
    expect(await issues({ qualitative: { bands: { partial: [60, 70] } } })).toEqual([
      { path: "qualitative.defaultShare.partial", code: "share_outside_band" },
    ])
    expect(await issues({ qualitative: { bands: { failed: [0, 60, 70] } } })).toEqual([
      { path: "qualitative.bands.failed[2]", code: "unknown_key" },
    ])
  })

  it("reports wrong types, choices and missing tuple items", async () => {
    expect(await issues([])).toEqual([{ path: "", code: "invalid_type" }])
    expect(await issues({ rounding: 2, reverseFormula: "ratios", lateShare: "abc" })).toEqual([
      { path: "reverseFormula", code: "invalid_choice" },
      { path: "lateShare", code: "invalid_number" },
      { path: "rounding", code: "invalid_type" },
    ])
    expect(await dataOf({ qualitative: { bands: { failed: [0] } } })).toEqual([
      {
        path: "qualitative.bands.failed[1]",
        code: "missing_key",
        data: { key: "qualitative.bands.failed[1]" },
      },
    ])
    expect(await issues({ weights: { mergeInto: { satisfaction: "satisfaction" } } })).toEqual([
      { path: "weights.mergeInto.satisfaction", code: "invalid_merge" },
    ])
  })

  it("reports an unknown preset, in a file or by name", async () => {
    const [fromFile] = await dataOf({ extends: "hebei" })
    expect(fromFile).toMatchObject({ path: "extends", code: "unknown_preset", data: { actual: "hebei" } })
    expect(fromFile?.data.choices).toContain("sichuan")
    const byName = await Effect.runPromise(Effect.flip(resolvePolicy("hubei")))
    expect(byName.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: "", code: "unknown_preset" },
    ])
  })
})
