import { describe, expect, it } from "vitest"
import type { CompiledTarget } from "../model/target.ts"
import { cached, clearTargetCache } from "./target-cache.ts"

/** A compile that counts its calls and makes a distinct object per call. */
const counting = () => {
  let calls = 0
  const compile = (text: string): CompiledTarget => {
    calls++
    return Object.freeze({
      kind: "unparsed",
      text,
      span: [0, text.length] as const,
      label: null,
      expects: text,
      issues: [],
    })
  }
  return { compile, calls: () => calls }
}

describe("the compile cache", () => {
  it("keeps a text in use through many other texts, and lets a text not seen for long go", () => {
    clearTargetCache()
    const { compile, calls } = counting()
    const hot = cached("≥95%", {}, compile)
    const cold = cached("≥90%", {}, compile)
    // 100,000 other texts: ten young generations' worth; the hot one is asked for now and then.
    for (let i = 0; i < 100_000; i++) {
      cached(`${i}家`, {}, compile)
      if (i % 5_000 === 0) expect(cached("≥95%", {}, compile)).toBe(hot)
    }
    expect(calls()).toBe(2 + 100_000)
    expect(cached("≥95%", {}, compile)).toBe(hot)
    expect(cached("≥90%", {}, compile)).not.toBe(cold)
    expect(calls()).toBe(2 + 100_000 + 1)
  })

  it("tells contexts apart only by what can change the target", () => {
    clearTargetCache()
    const { compile, calls } = counting()
    cached("100", { level2: "11-数量指标", name: "甲" }, compile)
    cached("100", { level2: "11-数量指标", name: "乙" }, compile)
    expect(calls()).toBe(1)
    cached("100", { level2: "14-成本指标", name: "甲" }, compile)
    cached("100", { level2: "11-数量指标", name: "投诉次数" }, compile)
    cached("100", { level2: "11-数量指标", name: "甲", year: 2025 }, compile)
    expect(calls()).toBe(4)
  })

  it("keeps telling contexts apart when one name comes under more level combinations than it keeps", () => {
    clearTargetCache()
    const { compile, calls } = counting()
    // 100 second levels that change nothing, then a cost one: the name's list starts again at 64.
    for (let i = 0; i < 100; i++) cached("100", { level2: `11-数量指标（${i}）`, name: "甲" }, compile)
    expect(calls()).toBe(1)
    cached("100", { level2: "14-成本指标", name: "甲" }, compile)
    expect(calls()).toBe(2)
    for (let i = 0; i < 100; i++) cached("100", { level2: `11-数量指标（${i}）`, name: "甲" }, compile)
    expect(calls()).toBe(2)
  })

  it("never runs a context's parts together, past the combinations compared one by one either", () => {
    clearTargetCache()
    const { compile } = counting()
    const filler = cached("100", { level2: "11-数量指标", name: "乙" }, compile)
    for (let i = 0; i < 64; i++) cached("100", { level2: `11-数量指标（${i}）`, name: "乙" }, compile)
    // Run together, both are 13-时效指标; apart, only the first is a 时效 indicator.
    const timely = cached("100", { level2: "13-时效指标", level1: "", name: "乙" }, compile)
    const apart = cached("100", { level2: "13-时", level1: "效指标", name: "乙" }, compile)
    expect(timely).not.toBe(filler)
    expect(apart).toBe(filler)
  })

  it("keys a context by each of its parts, never by their texts run together", () => {
    clearTargetCache()
    const { compile, calls } = counting()
    // Run together, both read 成本 (a cost indicator, an upper bound); apart, only the first does.
    cached("100", { level1: "成", level2: "本" }, compile)
    cached("100", { level1: "", level2: "成\u0001本" }, compile)
    expect(calls()).toBe(2)
  })
})
