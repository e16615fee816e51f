import { describe, expect, it } from "vitest"
import { PolicyError, type PolicyIssueCode } from "./errors.ts"
import { suggestKey } from "./issues.ts"
import { formatPolicyError, formatPolicyIssue } from "./messages.ts"

const codes: ReadonlyArray<PolicyIssueCode> = [
  "invalid_json",
  "invalid_type",
  "invalid_number",
  "invalid_choice",
  "unknown_preset",
  "unknown_key",
  "missing_key",
  "out_of_range",
  "band_reversed",
  "bands_overlap",
  "share_outside_band",
  "grades_unordered",
  "grade_duplicate",
  "grades_no_zero",
  "weights_total",
  "invalid_merge",
  "empty_formula",
  "formula_syntax",
  "formula_symbol",
  "formula_function",
  "formula_unsupported",
]

describe("policy messages", () => {
  it.each(codes)("%s has a zh-CN and an en wording naming the file and the key", (code) => {
    const issue = {
      path: code === "unknown_key" ? "" : "a.b[0]",
      code,
      data: { key: "a.b[0]", choices: ["x"] },
    }
    for (const locale of ["zh-CN", "en"] as const) {
      const line = formatPolicyIssue(issue, "my.json", locale)
      expect(line).toContain("my.json")
      expect(line).toContain("a.b[0]")
      expect(line).not.toMatch(/undefined|\[object/)
    }
  })

  it("words a range with its bounds and the value found, and an unknown key with its suggestion", () => {
    const data = { min: 0, max: 6, kind: "integer", actual: 7 }
    const [zh] = formatPolicyError(
      new PolicyError({
        source: "my.json",
        issues: [{ path: "rounding.decimals", code: "out_of_range", data }],
      }),
    )
    expect(zh).toContain('"rounding.decimals"')
    expect(zh).toMatch(/0.*6.*7/)
    const unknown = {
      path: "roundng",
      code: "unknown_key",
      data: { key: "roundng", suggestion: "rounding" },
    } as const
    expect(formatPolicyIssue(unknown, "my.json", "en")).toMatch(/"roundng".*"rounding"/)
  })
})

describe("suggestKey", () => {
  it.each([
    ["roundng", "rounding"],
    ["Rounding", "rounding"],
    ["overachievement", "overAchievement"],
    ["lateshares", "lateShare"],
    ["budgte", "budget"],
    ["zzz", undefined],
    ["mode", "mode"],
  ])("%s → %s", (key, expected) => {
    const known = ["rounding", "overAchievement", "lateShare", "budget", "mode", "grades"]
    expect(suggestKey(key, known)).toBe(expected)
  })
})
