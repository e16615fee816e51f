/**
 * Grading of actuals that were misread with no warning (issue #15, items 5–8 and 12): `.5人` was 5 (met, over
 * achieved), `#DIV/0!` was 0 (not met), `0024年11月` was 1924, `1人（未完成）` was met.
 */
import { type BudgetRow, compileTarget, type Indicator, MAX_CELL_LENGTH } from "@jixiao/core"
import { describe, expect, it } from "vitest"
import { formatRejection, formatScoreFinding } from "../messages.ts"
import { exact } from "../numbers.ts"
import { presets } from "../policy/presets.ts"
import { readAmount, unreadableCells } from "./budget.ts"
import { gradeIndicator } from "./indicator.ts"

const level = (raw: string) => ({ raw, name: raw.replace(/^\d+-/, ""), code: null, points: null })
const indicator: Indicator = {
  no: 1,
  level1: level("1-产出指标"),
  level2: level("11-数量指标"),
  name: "指标",
  period: null,
  annual: null,
  weight: null,
  actual: null,
  deviationReason: null,
  at: { file: "t", row: 1 },
}

const grade = (target: string, actual: string, tier: string | null = null) =>
  gradeIndicator({
    indicator,
    group: "output",
    target: compileTarget(target, { level2: "11-数量指标", year: 2024 }),
    actual: { text: actual, tier, deduction: null, deductionReason: null, deviationReason: "说明" },
    weight: exact("10"),
    policy: presets.national!,
    year: 2024,
  })

const unreadable = (result: ReturnType<typeof grade>) =>
  result.findings.find((f) => f.code === "actual_unreadable")

describe("misread actuals are graded as what they are", () => {
  it("`.5人` against ≥1人 is not met (0.5 people), not met-and-over-achieved", () => {
    const result = grade("≥1人", ".5人")
    expect(result.status).toBe("partially_met")
    expect(result.score.toString()).toBe("5")
    expect(result.findings.map((f) => f.code)).not.toContain("over_achievement")
  })

  it.each(["#DIV/0!", "#N/A", "#REF!", "#VALUE!"])(
    "%s needs a person, and says it is an Excel error",
    (value) => {
      const result = grade("≥1人", value)
      expect(result.status).toBe("needs_review")
      const finding = unreadable(result)!
      expect(finding.data).toMatchObject({ text: value, reason: "excel_error", value })
      expect(formatScoreFinding(finding.code, finding.data)).toBe(
        `无法识别实际完成值“${value}”：这是 Excel 错误值（公式出错），不是数值，需人工判断`,
      )
    },
  )

  it("`0024年11月30日` against a deadline needs a person", () => {
    const result = grade("2024年12月前", "0024年11月30日")
    expect(result.status).toBe("needs_review")
    expect(formatScoreFinding("actual_unreadable", unreadable(result)!.data)).toContain(
      "年份 24 不在 1990–2100 年之内",
    )
  })

  it("a cell over the limit needs a person, shown by its first characters", () => {
    const result = grade("进一步提高", `已完成${"。".repeat(MAX_CELL_LENGTH)}`)
    expect(result.status).toBe("needs_review")
    const finding = unreadable(result)!
    expect(finding.data).toMatchObject({ reason: "actual_too_long", length: MAX_CELL_LENGTH + 3 })
    expect(String(finding.data!.text).length).toBe(21)
    expect(formatScoreFinding(finding.code, finding.data)).toContain(
      "单元格有 2,003 个字符，超过 2,000 个字符的上限",
    )
    expect(formatRejection("actual_unreadable")).toContain("无法识别")
  })

  it("the evaluator's 评价等级 still decides a refused actual", () => {
    expect(grade("进一步提高", "#DIV/0!", "达成").status).toBe("met")
  })
})

describe("a remark that negates the value is heard (item 8)", () => {
  it("`1人（未完成）` against ≥1人 needs a person, with the number kept", () => {
    const result = grade("≥1人", "1人（未完成）")
    expect(result.status).toBe("needs_review")
    expect(result.received).toBe("1 人")
    const finding = result.findings.find((f) => f.code === "actual_negated")!
    expect(finding.data).toEqual({ remark: "（未完成）", word: "未完成" })
    expect(formatScoreFinding(finding.code, finding.data)).toContain("写明“未完成”")
  })

  it("a value that already falls short keeps its grade, with the remark noted", () => {
    const result = grade("≥10人", "5人（未完成）")
    expect(result.status).toBe("partially_met")
    expect(result.score.toString()).toBe("5")
    expect(result.findings.map((f) => f.code)).toContain("actual_negated")
  })

  it("a deadline met by its date but remarked 未完成 needs a person", () => {
    expect(grade("2024年12月前", "2024年11月（未完成）").status).toBe("needs_review")
  })

  it("`1人（已完成）` is met", () => {
    const result = grade("≥1人", "1人（已完成）")
    expect(result.status).toBe("met")
    expect(result.findings.map((f) => f.code)).not.toContain("actual_negated")
  })

  it("`3人（含追加2人）` is no negation", () => {
    expect(grade("≥1人", "3人（含追加2人）").findings.map((f) => f.code)).not.toContain("actual_negated")
  })
})

describe("Excel error values in budget amounts (item 6)", () => {
  it.each(["#DIV/0!", "#N/A", "#REF!", "#VALUE!"])(
    "%s is an unreadable amount, listed with its column",
    (value) => {
      expect(readAmount(value)).toBeUndefined()
      const at = { file: "预算.csv", row: 2, column: 4 }
      const row = {
        unit: "U",
        project: "P",
        initial: null,
        planned: { text: "100", at: { ...at, column: 3 } },
        executed: { text: value, at },
        weight: null,
        at: { file: "预算.csv", row: 2 },
      } as unknown as BudgetRow
      expect(unreadableCells(row)).toEqual([{ column: "全年执行数", text: value, at }])
    },
  )
})
