import { compileTarget, type Indicator } from "@jixiao/core"
import { describe, expect, it } from "vitest"
import { type Exact, exact } from "../numbers.ts"
import { presets } from "../policy/presets.ts"
import { gradeIndicator } from "./indicator.ts"

const policy = presets.national!
const level = (raw: string) => ({
  raw,
  name: raw.replace(/^\d+-/, ""),
  code: raw.match(/^(\d+)-/)?.[1] ?? null,
  points: null,
})
const indicator = (level2 = "11-数量指标", level1 = "1-产出指标"): Indicator => ({
  no: 1,
  level1: level(level1),
  level2: level(level2),
  name: "指标",
  period: null,
  annual: null,
  weight: null,
  actual: null,
  deviationReason: null,
  at: { file: "t", row: 1 },
})

const grade = (
  target: string,
  actual: string | null,
  options: {
    weight?: string
    level2?: string
    tier?: string
    deduction?: string
    reason?: string
    deviation?: string
  } = {},
) =>
  gradeIndicator({
    indicator: indicator(options.level2),
    group: "output",
    target: compileTarget(target, { level2: options.level2 ?? "11-数量指标", year: 2024 }),
    actual:
      actual === null && options.tier === undefined
        ? null
        : {
            text: actual,
            tier: options.tier ?? null,
            deduction: options.deduction ?? null,
            deductionReason: options.reason ?? null,
            deviationReason: options.deviation ?? "说明",
          },
    weight: exact(options.weight ?? "10"),
    policy,
    year: 2024,
  })

const s = (x: Exact | null) => (x === null ? null : x.toString())

describe("gradeIndicator: each kind of target against each kind of actual", () => {
  it.each([
    // quantity, positive
    ["不少于150家", "150家", "met", "10"],
    ["不少于150家", "180家", "met", "10"],
    ["不少于150家", "120家", "partially_met", "8"],
    ["不少于150家", "0家", "not_met", "0"],
    // a strict bound reached only with equality is not met, and the formula's full marks go to a person
    ["超10个", "10个", "needs_review", "0"],
    ["超10个", "11个", "met", "10"],
    ["≥95%", "96.3%", "met", "10"],
    ["≥95%", "93.1%", "partially_met", "9.8"],
    ["≥95%", "93.1", "partially_met", "9.8"],
    ["≥12万", "12.5万", "met", "10"],
    ["不少于1,300亿元", "1,200亿元", "partially_met", "9.(230769)"],
    ["不少于1,300亿元", "0.12万亿元", "partially_met", "9.(230769)"],
    ["不少于1,300亿元", "1.2万亿元", "met", "10"],
    ["≥20000平米", "2.1万平方米", "met", "10"],
    ["≥5公里", "4500米", "partially_met", "9"],
    ["≥266米", "≥266米", "met", "10"],
    ["200人", "200余人", "met", "10"],
    // reverse and zero targets
    ["少于3次", "无", "met", "10"],
    ["少于3次", "3次", "needs_review", "0"],
    ["≥95%", "<95%", "needs_review", "0"],
    ["≥95%", "未达到95%", "needs_review", "0"],
    ["≥95%", "0.96", "met", "10"],
    ["≤100万元", "125万元", "partially_met", "8"],
    ["0次", "0次", "met", "10"],
    ["0次", "1次", "not_met", "0"],
    // deadlines
    ["2024年12月前", "2024年11月20日", "met", "10"],
    ["2024年12月前", "2024年12月20日", "not_met", "0"],
    ["2024年底", "2025年1月15日", "not_met", "0"],
    ["2024年底", "按时完成", "met", "10"],
    // qualitative
    ["进一步提高", "有效提升", "met", "10"],
    ["进一步提高", "基本达到", "partially_met", "7"],
    ["进一步提高", "未达到预期", "not_met", "0"],
    ["完善", "已完成", "met", "10"],
    // compound
    ["合格率100%，优秀率达90%", "合格率100%，优秀率92%", "met", "10"],
    ["合格率100%，优秀率达90%", "合格率100%，优秀率81%", "partially_met", "9.5"],
    // a word cannot stand for the figures a quantitative part asks for
    ["合格率100%，优秀率达90%", "已完成", "needs_review", "0"],
    ["全局干部培训全覆盖，普法宣传取得良好效果", "已完成", "met", "10"],
    // per item and reference
    ["每个站点≥3台桩", "每个站点3台", "met", "10"],
    ["年度计划数", "完成年度计划", "met", "10"],
    // "or equal" words, and signed numbers
    ["大于等于95%", "95%", "met", "10"],
    ["大于或等于95%", "90.25%", "partially_met", "9.5"],
    ["≥5%", "-3%", "not_met", "0"],
    ["≥-5%", "-3%", "met", "10"],
    ["增长率不低于-5%", "-8%", "needs_review", "0"],
    ["≤-3%", "-4%", "met", "10"],
  ] as const)("%s vs %s → %s, %s points", (target, actual, status, score) => {
    const result = grade(target, actual)
    expect(result.status).toBe(status)
    expect(s(result.score)).toBe(score)
  })

  it("uses the 成本 indicator's upper bound: 每家20万元 paid at 22万元 loses points", () => {
    const result = grade("每家20万元", "每家22万元", { level2: "14-成本指标" })
    expect(result.status).toBe("partially_met")
    expect(s(result.score)).toBe("9.(09)")
  })

  it("refuses to compare different units", () => {
    const result = grade("≥10场", "12家")
    expect(result.status).toBe("needs_review")
    expect(s(result.computed)).toBeNull()
    expect(result.score.toString()).toBe("0")
    expect(result.findings.map((f) => f.code)).toContain("unit_mismatch")
  })

  it("leaves words that map to no tier to a person", () => {
    const result = grade("进一步提高", "详见附件说明")
    expect(result.status).toBe("needs_review")
    expect(result.findings.map((f) => f.code)).toContain("actual_unreadable")
  })

  it("takes an explicit tier and share inside the band, and refuses one outside", () => {
    expect(s(grade("提升", "", { tier: "部分达成 75%" }).score)).toBe("7.5")
    expect(grade("提升", "", { tier: "部分达成 85%" }).status).toBe("needs_review")
    expect(s(grade("提升", "有效提升", { tier: "达成" }).score)).toBe("10")
  })

  it("marks a missing actual as not evaluated", () => {
    const result = grade("≥12份", null)
    expect(result.status).toBe("not_evaluated")
    expect(result.findings.map((f) => f.code)).toContain("actual_missing")
  })

  it("applies a reviewer's deduction and asks for its reason", () => {
    const result = grade("≥12份", "12份", { deduction: "1" })
    expect(s(result.computed)).toBe("10")
    expect(s(result.score)).toBe("9")
    expect(result.findings.map((f) => f.code)).toContain("deduction_without_reason")
  })

  it("flags over-achievement at the policy's threshold and a missing deviation reason", () => {
    expect(grade("≥10份", "13份").findings.map((f) => f.code)).toContain("over_achievement")
    expect(grade("≥10份", "12.9份").findings.map((f) => f.code)).not.toContain("over_achievement")
    expect(grade("≥10份", "8份", { deviation: "" }).findings.map((f) => f.code)).toContain(
      "deviation_reason_missing",
    )
  })
})

describe("bare actuals against targets written with a magnitude", () => {
  it("reads 90 against ≤90万元 as 90万元, and 850000 as 850000 元", () => {
    const a = grade("≤90万元", "90", { level2: "14-成本指标" })
    expect(a.status).toBe("met")
    expect(a.findings.find((f) => f.code === "unit_assumed")?.data).toEqual({ unit: "万元" })
    expect(grade("≥100万元", "85").status).toBe("partially_met")
    expect(s(grade("≥100万元", "85").score)).toBe("8.5")
    expect(s(grade("≥100万元", "850000").score)).toBe("8.5")
  })
})

describe("review fixes: evaluator tiers and compound matching", () => {
  it("reads a lone 评价等级 as a tier with a share, never as a number", () => {
    const result = grade("≥95%", "", { tier: "达成 80" })
    expect(result.status).toBe("met")
    expect(s(result.score)).toBe("8")
  })

  it("lets an evaluator's 评价等级 decide a deadline target", () => {
    expect(grade("2024年底", "按期完成", { tier: "未达成" }).status).toBe("not_met")
  })

  it("keeps label matches and gives the rest of the parts the unlabelled values in order", () => {
    const result = grade("合格率100%，优秀率达90%", "优秀率92%，100%")
    expect(result.status).toBe("met")
    expect(result.parts?.map((p) => p.received)).toEqual(["100%", "92%"])
  })

  it("says why a negative actual scores 0, and leaves a missed negative target to a person", () => {
    expect(grade("≥5%", "-3%").findings.map((f) => f.code)).toContain("negative_actual")
    const missed = grade("≥-5%", "-8%")
    expect(missed.findings.map((f) => [f.code, f.data])).toContainEqual([
      "negative_target",
      { op: ">=", target: "-5", actual: "-8" },
    ])
  })

  it("reads - and — as nothing reported", () => {
    expect(grade("≥12份", "—").status).toBe("not_evaluated")
  })
})
