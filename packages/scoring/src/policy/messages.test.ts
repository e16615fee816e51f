import { describe, expect, it } from "vitest"
import { PolicyError, type PolicyIssue, type PolicyIssueCode } from "./errors.ts"
import { suggestKey } from "./issues.ts"
import { unknownPolicy } from "./load.ts"
import { formatPolicyError, formatPolicyIssue } from "./messages.ts"

const codes: ReadonlyArray<PolicyIssueCode> = [
  "invalid_json",
  "invalid_type",
  "invalid_number",
  "invalid_choice",
  "unknown_preset",
  "unknown_key",
  "missing_key",
  "empty_value",
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
  "formula_number_form",
  "formula_too_long",
  "formula_arity",
  "formula_boolean",
  "formula_condition",
  "formula_division_by_zero",
  "formula_exponent_too_large",
  "formula_constant_fails",
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

describe("policy messages: the value found and the key, each said once", () => {
  const line = (issue: PolicyIssue, locale: "zh-CN" | "en" = "zh-CN") =>
    formatPolicyIssue(issue, "my.json", locale)

  it('shows the bad value of a choice, a number and a range, an empty one as ""', () => {
    const choice = {
      path: "outputs.formats[0]",
      code: "invalid_choice",
      data: { actual: "pdf", choices: ["html", "md"] },
    } as const
    expect(line(choice)).toMatch(/html、md.*pdf$/)
    expect(line({ ...choice, data: { ...choice.data, actual: "" } })).toMatch(/""$/)
    expect(
      line({ path: "year", code: "out_of_range", data: { min: 1949, max: 2200, actual: 3000 } }),
    ).toMatch(/3000$/)
  })

  it("shows the value of the wrong type after its kind, an object and null too", () => {
    const wrong = (received: string, actual: string | number) =>
      line({ path: "outputs.formats", code: "invalid_type", data: { expected: "array", received, actual } })
    expect(wrong("string", "md")).toMatch(/字符串 "md"$/)
    expect(wrong("number", 3)).toMatch(/数字 3$/)
    expect(wrong("object", '{"a":1}')).toMatch(/实际为 对象 \{"a":1\}$/)
    expect(wrong("null", "null")).toMatch(/实际为 null$/)
    expect(wrong("string", "长".repeat(100))).toMatch(/"长{59}…（共 102 个字符）$/)
  })

  it("names a missing key by its whole path, once", () => {
    const missing = { path: "inputs.targets", code: "missing_key", data: { key: "inputs.targets" } } as const
    for (const locale of ["zh-CN", "en"] as const) {
      expect(line(missing, locale).match(/inputs\.targets/g)).toHaveLength(1)
    }
  })

  it("lists the presets for a policy that is neither a preset nor a file", () => {
    const of = (actual: string, file = actual) => formatPolicyError(unknownPolicy(actual, file)).join("\n")
    for (const text of [of("beijing"), of("rules/my.json"), of("beijing", "seeds/beijing")]) {
      expect(text).toContain("national、sichuan、profile-20-40-40、langfang-whole-points")
      expect(text).not.toContain("undefined")
    }
    expect(of("beijing", "seeds/beijing")).toContain("seeds/beijing")
    expect(formatPolicyError(unknownPolicy("beijing"), "en").join("")).toContain("sichuan")
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
