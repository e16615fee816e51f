import { describe, expect, it } from "vitest"
import type { MonitorFindingCode } from "./findings.ts"
import { formatMonitorFinding, formatTimeProgressError } from "./messages.ts"

const codes: ReadonlyArray<MonitorFindingCode> = [
  "reason_missing",
  "likelihood_without_reason",
  "certain_under_red",
  "ahead_of_target",
  "cap_exceeded",
  "deadline_passed",
  "deadline_near",
  "deadline_unknown",
  "target_missing",
  "target_unsupported",
  "zero_target",
  "actual_missing",
  "actual_unreadable",
  "unit_mismatch",
  "budget_missing",
  "budget_unreadable",
]

describe("the monitoring catalogue", () => {
  it("words every finding in zh-CN and English, never falling back to the code", () => {
    for (const code of codes) {
      expect(formatMonitorFinding(code, { light: "red" })).toMatch(/[\u4e00-\u9fff]/)
      expect(formatMonitorFinding(code, {}, "en")).not.toBe(code)
    }
  })

  it("names what the data says", () => {
    expect(formatMonitorFinding("reason_missing", { light: "yellow" })).toContain("黄灯")
    expect(formatMonitorFinding("deadline_near", { deadline: "2024-11-30", days: 12 })).toContain("12 天")
    expect(
      formatTimeProgressError({ code: "as_of_outside_year", data: { asOf: "2025-01-01", year: 2024 } }),
    ).toContain("2024-01-01 到 2024-12-31")
  })
})
