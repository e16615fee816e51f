import { describe, expect, it } from "vitest"
import { compileTarget } from "../compile-target.ts"
import { targetToJson } from "../to-json.ts"

const deadline = (text: string, year?: number) => targetToJson(compileTarget(text, { year }))

describe("deadlines (Asia/Shanghai calendar days)", () => {
  it.each([
    ["2024年12月前", undefined, "2024-11-30"],
    ["2024年12月", undefined, "2024-12-31"],
    ["2024年12月底前", undefined, "2024-12-31"],
    ["2024年底", undefined, "2024-12-31"],
    ["2024年", undefined, "2024-12-31"],
    ["2025年前", undefined, "2024-12-31"],
    ["11月底前", 2024, "2024-11-30"],
    ["9月前", 2024, "2024-08-31"],
    ["1月前", 2024, "2023-12-31"],
    ["2024年3月前", undefined, "2024-02-29"],
    ["2023年3月前", undefined, "2023-02-28"],
    ["上半年", 2024, "2024-06-30"],
    ["下半年", 2024, "2024-12-31"],
    ["2024年第三季度", undefined, "2024-09-30"],
    ["第一季度末", 2025, "2025-03-31"],
    ["2021年12月31日", undefined, "2021-12-31"],
    ["2024.10.31前", undefined, "2024-10-31"],
    ["2024-2-29", undefined, "2024-02-29"],
    ["不晚于 2024-11-30", undefined, "2024-11-30"],
    ["10月15日前", 2024, "2024-10-15"],
  ])("%s (year %s) → %s", (text, year, expected) => {
    const json = deadline(text, year)
    expect(json.kind).toBe("deadline")
    expect(json.op).toBe("<=")
    expect(json.deadline).toBe(expected)
  })

  it("prefers the year written over the fiscal year", () => {
    expect(deadline("2023年底", 2024).deadline).toBe("2023-12-31")
  })

  it("reports a missing year instead of guessing one", () => {
    const json = deadline("9月前")
    expect(json.deadline).toBeNull()
    expect(json.issues.map((i) => i.code)).toContain("deadline_year_missing")
  })

  it("reports a day that does not exist", () => {
    const json = deadline("2023年2月30日")
    expect(json.deadline).toBeNull()
    expect(json.issues.map((i) => i.code)).toContain("deadline_invalid")
  })
})
