import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { decodeConfig, formatConfigError } from "./config.ts"

const issuesOf = (config: unknown) => {
  const decoded = decodeConfig(JSON.stringify(config), "a.json")
  if (Result.isSuccess(decoded)) throw new Error("expected the config to be refused")
  return decoded.failure.issues
}

describe("decodeConfig", () => {
  it("keeps the bad value of a choice, a range and a type, for the message to show", () => {
    const issues = issuesOf({ inputs: { targets: "t.txt" }, year: 3000, outputs: { formats: ["pdf"] } })
    expect(issues).toContainEqual({
      path: "outputs.formats[0]",
      code: "invalid_choice",
      data: { received: "string", actual: "pdf", choices: ["html", "xlsx", "md", "csv", "docx"] },
    })
    expect(issues).toContainEqual({
      path: "year",
      code: "out_of_range",
      data: { min: 1949, max: 2200, actual: 3000 },
    })
    expect(issuesOf({ inputs: { targets: "t.txt" }, outputs: { formats: "md" } })).toEqual([
      {
        path: "outputs.formats",
        code: "invalid_type",
        data: { expected: "array", received: "string", actual: "md" },
      },
    ])
  })

  it("names a missing key by its whole path", () => {
    expect(issuesOf({ inputs: {} })).toEqual([
      { path: "inputs.targets", code: "missing_key", data: { key: "inputs.targets" } },
    ])
    const decoded = decodeConfig("{}", "a.json")
    if (Result.isSuccess(decoded)) throw new Error("expected the config to be refused")
    expect(formatConfigError(decoded.failure).match(/"inputs"/g)).toHaveLength(1)
  })

  it("refuses an empty path as empty, not as a wrong type", () => {
    expect(issuesOf({ inputs: { targets: " " } })).toEqual([
      { path: "inputs.targets", code: "empty_value", data: { actual: " " } },
    ])
  })

  it("lets outputs name only the formats: the folder defaults to out, as the README says", () => {
    const decoded = decodeConfig(
      JSON.stringify({ inputs: { targets: "t.txt" }, outputs: { formats: ["md"] } }),
      "a.json",
    )
    expect(Result.isSuccess(decoded)).toBe(true)
  })
})

describe("config messages name the key, the type expected and the value found (issue #15, item 23)", () => {
  const base = { inputs: { targets: "t.txt" } }
  const lines = (config: unknown) => {
    const decoded = decodeConfig(JSON.stringify(config), "a.json")
    if (Result.isSuccess(decoded)) throw new Error("expected the config to be refused")
    return formatConfigError(decoded.failure).split("\n")
  }
  const cases: ReadonlyArray<readonly [string, unknown, string, string]> = [
    ["year", "abc", "整数", '字符串 "abc"'],
    ["year", null, "整数", "null"],
    ["year", {}, "整数", "对象 {}"],
    ["year", [2024], "整数", "数组 [2024]"],
    ["year", 2024.5, "整数", "数字 2024.5"],
    ["year", true, "整数", "布尔值 true"],
    ["department", { a: 1 }, "字符串", '对象 {"a":1}'],
    ["department", 7, "字符串", "数字 7"],
    ["ledger", false, "字符串", "布尔值 false"],
    ["policy", [], "字符串", "数组 []"],
    ["basis", "yearly", "annual、period 之一", '"yearly"'],
    ["basis", 1, "annual、period 之一", "数字 1"],
    ["failOn", null, "never、rejected、warning、error 之一", "null"],
    ["outputs", "out", "对象", '字符串 "out"'],
    ["inputs", [], "对象", "数组 []"],
  ]
  it.each(cases)("%s = %j", (key, value, expected, shown) => {
    const [line = ""] = lines({ ...base, [key]: value })
    expect(line).toContain(`"${key}"`)
    expect(line).toContain(`应为${expected.endsWith("之一") ? " " : ""}${expected}`)
    expect(line).toMatch(new RegExp(`实际为 ${shown.replace(/[[\]{}().*+?^$|\\]/g, "\\$&")}$`))
  })

  it("names nested keys with their value", () => {
    const [line = ""] = lines({ inputs: { targets: 5 } })
    expect(line).toBe('配置文件 a.json 中的 "inputs.targets" 类型应为字符串，实际为 数字 5')
    const [format = ""] = lines({ ...base, outputs: { formats: ["md", 3] } })
    expect(format).toBe(
      '配置文件 a.json 中的 "outputs.formats[1]" 应为 html、xlsx、md、csv、docx 之一，实际为 数字 3',
    )
  })

  it("cuts a long value and says its length", () => {
    const [line = ""] = lines({ ...base, department: ["很".repeat(500)] })
    expect(line).toContain('"department" 类型应为字符串，实际为 数组 ["很')
    expect(line).toMatch(/…（共 504 个字符）$/)
    expect(line.length).toBeLessThan(150)
  })
})

describe('the mode keys: "mode": "monitor" and "asOf" (issue #17)', () => {
  const monitor = { inputs: { targets: "t.txt", actuals: "监控表.xlsx" } }
  const lines = (config: unknown) => {
    const decoded = decodeConfig(JSON.stringify(config), "monitor.config.json")
    if (Result.isSuccess(decoded)) throw new Error("expected the config to be refused")
    return formatConfigError(decoded.failure).split("\n")
  }
  const accepts = (config: unknown) => Result.isSuccess(decodeConfig(JSON.stringify(config), "a.json"))

  it("accepts a monitoring run as of a date, or today; a year-end run with neither key", () => {
    expect(accepts({ ...monitor, mode: "monitor", asOf: "2024-07-31" })).toBe(true)
    expect(accepts({ ...monitor, mode: "monitor", asOf: "today", year: 2025 })).toBe(true)
    expect(
      accepts({ ...monitor, mode: "monitor", asOf: "2024-02-29", outputs: { formats: ["md", "csv"] } }),
    ).toBe(true)
    expect(accepts({ inputs: { targets: "t.txt" }, mode: "year_end" })).toBe(true)
  })

  it("refuses asOf without mode monitor, naming the file and the key", () => {
    for (const config of [
      { ...monitor, asOf: "2024-07-31" },
      { ...monitor, mode: "year_end", asOf: "today" },
    ]) {
      const [line = ""] = lines(config)
      expect(line).toContain("配置文件 monitor.config.json")
      expect(line).toContain('"asOf"')
      expect(line).toContain('"mode": "monitor"')
    }
    expect(issuesOf({ ...monitor, asOf: "2024-07-31" })).toEqual([
      { path: "asOf", code: "as_of_without_monitor", data: { actual: "2024-07-31" } },
    ])
  })

  it("refuses mode monitor without asOf, and without a monitoring sheet", () => {
    expect(lines({ ...monitor, mode: "monitor" })).toEqual([
      '配置文件 monitor.config.json 中的 "mode" 为 "monitor"，但缺少 "asOf"：请写明监控截止日期，如 "asOf": "2024-07-31"，或 "asOf": "today"（运行当天，按北京时间）',
    ])
    expect(issuesOf({ inputs: { targets: "t.txt" }, mode: "monitor", asOf: "today" })).toEqual([
      { path: "inputs.actuals", code: "monitor_without_sheet", data: {} },
    ])
    expect(lines({ inputs: { targets: "t.txt" }, mode: "monitor", asOf: "today" })[0]).toContain(
      '"inputs.actuals" 缺少',
    )
  })

  it("refuses a date that does not exist, one outside the fiscal year, and the Word report", () => {
    expect(issuesOf({ ...monitor, mode: "monitor", asOf: "2023-02-29" })).toEqual([
      { path: "asOf", code: "as_of_invalid", data: { actual: "2023-02-29" } },
    ])
    expect(lines({ ...monitor, mode: "monitor", asOf: "2024/07/31" })[0]).toContain(
      '应为 YYYY-MM-DD 格式的日期（如 "2024-07-31"）或 "today"',
    )
    expect(issuesOf({ ...monitor, mode: "monitor", asOf: "2025-01-01", year: 2024 })).toEqual([
      { path: "asOf", code: "as_of_outside_year", data: { actual: "2025-01-01", year: 2024 } },
    ])
    expect(
      lines({ ...monitor, mode: "monitor", asOf: "2024-07-31", outputs: { formats: ["html", "docx"] } }),
    ).toEqual([
      '配置文件 monitor.config.json 中的 "outputs.formats[1]" 为 "docx"，运行监控只写 html、xlsx、md、csv 报告',
    ])
  })

  it("refuses a mode that is neither, as a choice", () => {
    expect(issuesOf({ ...monitor, mode: "monthly" })).toEqual([
      {
        path: "mode",
        code: "invalid_choice",
        data: { received: "string", actual: "monthly", choices: ["year_end", "monitor"] },
      },
    ])
  })
})
