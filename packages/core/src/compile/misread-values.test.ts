/**
 * Values that were misread with no warning (issue #15, items 5, 6, 7, 12): a leading decimal point, Excel
 * error values, years outside the window, and cells over the length limit, in targets.
 */
import { describe, expect, it } from "vitest"
import { formatTargetIssue } from "../messages/target-issues.ts"
import { MAX_CELL_LENGTH } from "./cell-limit.ts"
import { compileTarget } from "./compile-target.ts"
import { excelErrorValues } from "./lexicon/excel-errors.ts"
import { YEAR_WINDOW } from "./lexicon/year-window.ts"
import { targetToJson } from "./to-json.ts"

const read = (text: string) => {
  const json = targetToJson(compileTarget(text, { year: 2024 }))
  return { kind: json.kind, op: json.op, exact: json.exact, unit: json.unit, deadline: json.deadline }
}
const codes = (text: string) => compileTarget(text, { year: 2024 }).issues.map((i) => i.code)

describe("a leading decimal point is a fraction (item 5)", () => {
  it.each([
    [".5人", { kind: "quantity", op: ">=", exact: "0.5", unit: "人", deadline: null }],
    ["≥.5万元", { kind: "quantity", op: ">=", exact: "5000", unit: "元", deadline: null }],
    ["-.5%", { kind: "quantity", op: ">=", exact: "-0.5", unit: "%", deadline: null }],
    ["≥-.5%", { kind: "quantity", op: ">=", exact: "-0.5", unit: "%", deadline: null }],
    ["约.5", { kind: "quantity", op: ">=", exact: "0.5", unit: null, deadline: null }],
    ["0.5", { kind: "quantity", op: ">=", exact: "0.5", unit: null, deadline: null }],
    ["不少于.75万人次", { kind: "quantity", op: ">=", exact: "7500", unit: "人次", deadline: null }],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it.each(["1.5.2", "1.5.2人", "版本1.5.2", "≥1.5.2%"])("%s is no number: not read as 1.5 and 2", (text) => {
    const target = compileTarget(text)
    expect(target.kind).not.toBe("quantity")
    expect(target.kind).not.toBe("compound")
  })

  it("`1..5` is not read as 0.5", () => {
    const json = targetToJson(compileTarget("1..5"))
    expect(json.exact).not.toBe("0.5")
    expect(JSON.stringify(targetToJson(compileTarget("1..5")))).not.toContain('"0.5"')
  })
})

describe("Excel error values are no target (item 6)", () => {
  it.each(excelErrorValues)("%s is an error, not 0", (value) => {
    for (const text of [value, value.toLowerCase(), `≥${value}`, ` ${value} `]) {
      const target = compileTarget(text)
      expect(target.kind).toBe("unparsed")
      expect(target.issues).toEqual([{ code: "excel_error", severity: "error", data: { value } }])
    }
  })

  it("says so in Chinese", () => {
    expect(formatTargetIssue(compileTarget("#DIV/0!").issues[0]!)).toContain("Excel 错误值“#DIV/0!”")
  })
})

describe("years outside the window are errors, not the 1900s (item 7)", () => {
  it.each([
    "0024年11月30日前",
    "0024年11月30日",
    "0024-11-30",
    "0024/11/30",
    "0024.11.30",
    "0024年11月",
    "0024年底",
    "1900-04-09",
    "1989年12月前",
    "2101年6月",
  ])("%s", (text) => {
    const target = compileTarget(text)
    expect(target.kind).toBe("deadline")
    expect(target.kind === "deadline" && target.deadline).toBeNull()
    expect(codes(text)).toContain("deadline_year_implausible")
    const issue = target.issues.find((i) => i.code === "deadline_year_implausible")!
    expect(issue.severity).toBe("error")
    expect(formatTargetIssue(issue)).toMatch(/年份 \d+ 不在 1990–2100 年之内/)
  })

  it.each([
    ["1990年1月1日", "1990-01-01"],
    ["2100年12月31日", "2100-12-31"],
    ["2024-11-30", "2024-11-30"],
    ["2024/11/30", "2024-11-30"],
    ["2024年12月前", "2024-11-30"],
  ])("%s stays a deadline of %s", (text, deadline) => {
    expect(read(text).deadline).toBe(deadline)
  })

  it("the window is one table", () => {
    expect(YEAR_WINDOW).toEqual({ min: 1990, max: 2100 })
  })
})

describe("a cell over the length limit is refused (item 12)", () => {
  it.each([
    ["Chinese numerals", "一二三四五六七八九"],
    ["numbers", "一百二十三"],
    ["approximate digits", "约1"],
    ["约", "约"],
  ])("%s", (_, unit) => {
    const text = unit.repeat(Math.ceil((MAX_CELL_LENGTH + 1) / unit.length))
    const target = compileTarget(text)
    expect(target.kind).toBe("unparsed")
    expect(target.issues).toEqual([
      { code: "target_too_long", severity: "error", data: { length: text.length, max: MAX_CELL_LENGTH } },
    ])
    expect(formatTargetIssue(target.issues[0]!)).toBe(
      `指标值有 ${text.length.toLocaleString("en-US")} 个字符，超过 2,000 个字符的上限，未予识别；请检查单元格是否粘贴了多余的内容`,
    )
  })

  it("a cell of exactly the limit is compiled", () => {
    const text = `≥95%${"。".repeat(MAX_CELL_LENGTH - 4)}`
    expect(compileTarget(text).kind).toBe("quantity")
  })
})
