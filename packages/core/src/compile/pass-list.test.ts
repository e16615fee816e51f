import { describe, expect, it } from "vitest"
import { type ContextFeatures, featureKey, featuresOf } from "./context/features.ts"
import { KEY_FEATURES, passes } from "./pass-list.ts"

describe("the compile cache's key", () => {
  it("is made of the features the passes declare that they read, each once", () => {
    const declared = new Set(passes.flatMap(([, p]) => p.reads))
    expect(new Set(KEY_FEATURES)).toEqual(declared)
    expect(KEY_FEATURES).toEqual([...declared].sort())
    expect(KEY_FEATURES).toContain("year")
    expect(KEY_FEATURES).toContain("cost")
  })

  it("changes with every feature in it, and with nothing else", () => {
    const base = featuresOf({ name: "服务企业数量", level1: "1-产出指标", level2: "11-数量指标", year: 2024 })
    const changed: Record<keyof ContextFeatures, ContextFeatures> = {
      cost: { ...base, cost: true },
      timely: { ...base, timely: true },
      lowerIsBetter: { ...base, lowerIsBetter: "调整率" },
      nameUnit: {
        ...base,
        nameUnit: { unit: "万元", magnitude: null, op: null } as ContextFeatures["nameUnit"],
      },
      rate: { ...base, rate: true },
      money: { ...base, money: true },
      compliance: { ...base, compliance: true },
      lasting: { ...base, lasting: true },
      year: { ...base, year: 2025 },
    }
    for (const [feature, features] of Object.entries(changed) as [keyof ContextFeatures, ContextFeatures][]) {
      const differs = featureKey(features, KEY_FEATURES) !== featureKey(base, KEY_FEATURES)
      expect(differs, feature).toBe(KEY_FEATURES.includes(feature))
    }
  })
})
