/**
 * Grading the target language of issue #12: each row would have graded against the meaning of its texts
 * before (a zero-accident target against `无` as 未达成, a range as two lower bounds, `提升不明显` as 达成 …).
 */
import { compileTarget, type Indicator } from "@jixiao/core"
import { describe, expect, it } from "vitest"
import { exact } from "../numbers.ts"
import type { Policy } from "../policy/policy.ts"
import { presets } from "../policy/presets.ts"
import { gradeIndicator } from "./indicator.ts"

const national = presets.national!
const level = (raw: string) => ({ raw, name: raw.replace(/^\d+-/, ""), code: null, points: null })

interface Case {
  readonly name?: string
  readonly level2?: string
  readonly baseline?: string
  readonly tier?: string
  readonly policy?: Policy
  readonly year?: number
}

const grade = (target: string, actual: string, c: Case = {}) => {
  const level2 = c.level2 ?? "11-数量指标"
  const indicator: Indicator = {
    no: 1,
    level1: level("1-产出指标"),
    level2: level(level2),
    name: c.name ?? "指标",
    period: null,
    annual: null,
    weight: null,
    actual: null,
    deviationReason: null,
    at: { file: "t", row: 1 },
  }
  const year = "year" in c ? c.year : 2024
  return gradeIndicator({
    indicator,
    group: "output",
    target: compileTarget(target, { level1: "1-产出指标", level2, name: indicator.name, year }),
    actual: {
      text: actual,
      tier: c.tier ?? null,
      deduction: null,
      deductionReason: null,
      deviationReason: "说明",
      baseline: c.baseline ?? null,
    },
    weight: exact(10),
    policy: c.policy ?? national,
    year,
  })
}

const outcome = (target: string, actual: string, c: Case = {}) => {
  const r = grade(target, actual, c)
  return { status: r.status, score: r.computed?.toString() ?? null, codes: r.findings.map((f) => f.code) }
}

describe("zero targets", () => {
  it.each(["0", "无", "未发生", "零", "0次", "未发生重大责任事故", "无安全事故"])(
    "零伤亡 / 0次 met by %s",
    (actual) => {
      expect(outcome("零伤亡", actual).status).toBe("met")
      expect(outcome("0次", actual, { name: "安全事故次数" }).status).toBe("met")
    },
  )

  it("2次 does not meet 0次", () => {
    expect(outcome("0次", "2次", { name: "安全事故次数" })).toMatchObject({ status: "not_met", score: "0" })
  })

  it("a denial is met by 否 and missed by 是", () => {
    expect(outcome("否", "否", { name: "是否存在质量问题" }).status).toBe("met")
    expect(outcome("否", "无", { name: "是否存在质量问题" }).status).toBe("met")
    expect(outcome("否", "是", { name: "是否存在质量问题" })).toMatchObject({ status: "not_met", score: "0" })
  })
})

describe("lower is better, from the name", () => {
  it("an adjustment of 0 meets a bare adjustment-rate target", () => {
    expect(outcome("5%", "0%", { name: "预算调整率" })).toMatchObject({ status: "met", score: "10" })
    expect(outcome("5%", "10%", { name: "预算调整率" })).toMatchObject({
      status: "partially_met",
      score: "5",
    })
  })
})

describe("ranges", () => {
  it.each([
    ["2-4次", "3次", "met", "10"],
    ["2-4次", "2次", "met", "10"],
    ["2-4次", "4次", "met", "10"],
    ["2-4次", "1次", "partially_met", "5"],
    ["2-4次", "5次", "partially_met", "8"],
    ["80%-90%", "85%", "met", "10"],
    ["80%-90%", "60%", "partially_met", "7.5"],
    ["误差±3%以内", "-2%", "met", "10"],
    ["误差±3%以内", "6%", "partially_met", "5"],
    [">90%、<110%", "100%", "met", "10"],
  ])("%s against %s: %s, %s", (target, actual, status, score) => {
    expect(outcome(target, actual)).toMatchObject({ status, score })
  })

  it("says which bound a missed range was graded on", () => {
    const below = grade("2-4次", "1次").findings.find((f) => f.code === "range_outside")
    expect(below?.data).toEqual({ side: "below", bound: "2 次" })
    const above = grade("2-4次", "5次").findings.find((f) => f.code === "range_outside")
    expect(above?.data).toEqual({ side: "above", bound: "4 次" })
  })

  it("the policy may count above the range as met, or send it to a person", () => {
    const met = { ...national, range: { below: "positive", above: "met" } } as const
    expect(outcome("2-4次", "5次", { policy: met })).toMatchObject({ status: "met", score: "10" })
    const review = { ...national, range: { below: "review", above: "review" } } as const
    expect(outcome("2-4次", "1次", { policy: review }).status).toBe("needs_review")
    expect(outcome("2-4次", "5次", { policy: review }).status).toBe("needs_review")
  })

  it("does not flag over-achievement inside a range", () => {
    expect(outcome("2-4次", "4次").codes).not.toContain("over_achievement")
  })
})

describe("previous-year references", () => {
  it.each([
    ["比上年增长8%", "108", "100", "met", "10"],
    ["比上年增长8%", "104", "100", "partially_met", "260/27"],
    ["不低于去年水平", "95", "95", "met", "10"],
    ["不低于去年水平", "90%", "95%", "partially_met", "180/19"],
    ["同比提高3个百分点", "93%", "90%", "met", "10"],
    ["较上年下降5%", "95", "100", "met", "10"],
    ["较上年下降5%", "99", "100", "partially_met", "950/99"],
  ])("%s: actual %s, baseline %s → %s %s", (target, actual, baseline, status, score) => {
    const r = outcome(target, actual, { baseline })
    expect(r.status).toBe(status)
    expect(exact(r.score!).equals(exact(score.includes("/") ? score : score))).toBe(true)
    expect(r.codes).toContain("baseline_used")
  })

  it("an actual that states its change is compared with the change", () => {
    expect(outcome("比上年增长8%", "增长9%")).toMatchObject({ status: "met" })
    expect(outcome("同比提高3个百分点", "提高2个百分点").status).toBe("partially_met")
  })

  it("with no baseline, waits for a person and names what is missing", () => {
    const r = grade("比上年增长8%", "108")
    expect(r.status).toBe("needs_review")
    expect(r.findings.find((f) => f.code === "baseline_missing")?.data).toEqual({ baseline: "上年" })
    expect(grade("不低于2023年", "50").findings[0]?.data).toEqual({ baseline: "2023年" })
  })

  it("an unreadable baseline is said, not guessed", () => {
    expect(outcome("比上年增长8%", "108", { baseline: "约一百" }).codes).toContain("baseline_unreadable")
  })
})

describe("qualitative actuals: negations and weak words", () => {
  it.each([
    ["提升不明显", "failed"],
    ["作用有限", "failed"],
    ["未见明显改善", "failed"],
    ["略有提升", "partial"],
    ["有所改善", "partial"],
    ["基本达到", "partial"],
    ["有效提升", "achieved"],
  ])("%s → %s", (actual, tier) => {
    expect(grade("进一步提高", actual).tier).toBe(tier)
  })
})

describe("magnitude plausibility", () => {
  it.each([
    ["≥50亿元", "85.3万元"],
    ["≥100人", "100000人"],
  ])("%s against %s waits for a person", (target, actual) => {
    const r = outcome(target, actual, { name: "完成投资" })
    expect(r).toMatchObject({ status: "needs_review", score: null })
    expect(r.codes).toContain("magnitude_suspect")
  })

  it("a plausible shortfall is scored", () => {
    expect(outcome("≥50亿元", "40亿元").status).toBe("partially_met")
  })
})

describe("equivalent units", () => {
  it.each([
    ["≥100人", "120名"],
    ["≥100人", "100位"],
    ["≤1000元/人", "900元/名"],
    ["每家20万元", "200000元/家"],
    ["≤3‰", "0.2%"],
  ])("%s is answered by %s", (target, actual) => {
    const level2 = target.startsWith("每") ? "14-成本指标" : "11-数量指标"
    expect(outcome(target, actual, { level2 }).status).toBe("met")
  })

  it("units that really differ still go to a person", () => {
    expect(outcome("≥10家", "10场").codes).toContain("unit_mismatch")
  })
})

describe("month-only deadlines", () => {
  it("10月前 against 8月 compares within one fiscal year, with no year known", () => {
    const r = outcome("10月前", "8月", { year: undefined })
    expect(r.status).toBe("met")
    expect(r.codes).toContain("deadline_same_year")
    expect(outcome("10月前", "11月", { year: undefined }).status).toBe("not_met")
  })
})

describe("what the review of the change found (each row graded against its meaning before the fix)", () => {
  it.each(["达成预期指标", "已完成", "实现零伤亡", "是"])("零伤亡 answered %s is met", (actual) => {
    expect(outcome("零伤亡", actual).status).toBe("met")
  })

  it.each([
    ["无重大舆情", "无"],
    ["无安全隐患", "无"],
    ["无挤占挪用", "无"],
    ["不发生重大质量问题", "未发生"],
    ["无重大安全事故", "全年未发生重大安全事故"],
  ])("%s is met by %s", (target, actual) => {
    expect(outcome(target, actual).status).toBe("met")
  })

  it("a count of another thing than the one forbidden goes to a person", () => {
    const r = outcome("无重大安全事故", "发生一般事故1起")
    expect(r).toMatchObject({ status: "needs_review", score: null })
    expect(r.codes).toContain("zero_target_other_thing")
  })

  it("an actual with a year against a deadline without one cannot be compared", () => {
    expect(outcome("10月前", "2025年3月", { year: undefined }).status).toBe("needs_review")
  })

  it.each(["延期完成", "逾期完成", "推迟完成"])("%s misses a deadline", (actual) => {
    const r = outcome("2024年6月底前", actual)
    expect(r).toMatchObject({ status: "not_met", score: "0" })
    expect(r.codes).toContain("deadline_missed")
  })

  it("a baseline of another year than the one before is not the 上年实际值", () => {
    const r = outcome("不低于2022年", "100", { baseline: "90" })
    expect(r.status).toBe("needs_review")
    expect(r.codes).toContain("baseline_missing")
  })

  it.each([
    ["0", "0"],
    ["-50万元", "-54万元"],
  ])("a growth on a baseline of %s is not scored", (baseline, actual) => {
    const r = outcome("比上年增长8%", actual, { baseline })
    expect(r.status).toBe("needs_review")
    expect(r.codes).toContain("baseline_not_positive")
  })

  it("a bare baseline is read in the actual's magnitude (比上年增加10万元: 100 → 100万元)", () => {
    // 105万 against 100万 + 10万 = 110万: 105/110 of the weight.
    const r = outcome("比上年增加10万元", "105万元", { baseline: "100" })
    expect(r.status).toBe("partially_met")
    expect(exact(r.score!).equals(exact(10).mul(exact(105)).div(exact(110)))).toBe(true)
  })

  it("a multiple of last year is graded against it (上年的95%)", () => {
    expect(outcome("不低于上年的95%", "96", { baseline: "100" }).status).toBe("met")
    expect(outcome("不低于上年的95%", "90", { baseline: "100" }).status).toBe("partially_met")
  })

  it("an actual in another magnitude and ten times off waits for a person (8530万元 against ≥50亿元)", () => {
    expect(outcome("≥50亿元", "8530万元", { name: "完成投资" }).codes).toContain("magnitude_suspect")
  })

  it("an actual inside a wide range is met, far as it is from the upper bound", () => {
    expect(outcome("1-2000人", "1人").status).toBe("met")
  })

  it("says when the name decided the bound", () => {
    expect(outcome("5%", "3%", { name: "预算调整率" }).codes).toContain("direction_from_name")
    expect(outcome("95%", "96%", { name: "满意度" }).codes).not.toContain("direction_from_name")
  })
})
