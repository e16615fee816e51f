/**
 * Actuals that were misread with no warning (issue #15, items 5–8 and 12): a leading decimal point, Excel
 * error values, years outside the window, a remark that negates the value, and cells over the limit.
 */
import { describe, expect, it } from "vitest"
import { MAX_CELL_LENGTH } from "../compile/cell-limit.ts"
import { compileTarget } from "../compile/compile-target.ts"
import { excelErrorValues } from "../compile/lexicon/excel-errors.ts"
import { parseActual } from "./parse-actual.ts"

const people = compileTarget("≥1人")

describe("a leading decimal point (item 5)", () => {
  it.each([
    [".5人", "0.5"],
    ["-.5%", "-0.5"],
    ["≥.5万元", "5000"],
    ["约.5人", "0.5"],
    ["0.5人", "0.5"],
  ])("%s is %s", (text, value) => {
    const m = parseActual(text, { target: people })
    expect(m.kind).toBe("quantity")
    expect(m.kind === "quantity" && m.value.toFixed()).toBe(value)
  })

  it("`1.5.2人` is unreadable, not 1.5", () => {
    expect(parseActual("1.5.2人", { target: people }).kind).toBe("unreadable")
  })
})

describe("Excel error values (item 6)", () => {
  it.each(excelErrorValues)("%s is unreadable, with its value", (value) => {
    for (const text of [value, ` ${value}`, value.toLowerCase()]) {
      expect(parseActual(text, { target: people })).toEqual({
        kind: "unreadable",
        text,
        label: null,
        reason: { code: "excel_error", data: { value } },
      })
    }
  })
})

describe("years outside the window (item 7)", () => {
  it.each(["0024年11月30日", "0024-11-30", "0024/11/30", "0024年11月", "1900-04-09"])("%s", (text) => {
    const m = parseActual(text, { year: 2024, target: compileTarget("2024年12月前") })
    expect(m.kind).toBe("unreadable")
    expect(m.kind === "unreadable" && m.reason?.code).toBe("year_implausible")
    expect(m.kind === "unreadable" && m.reason?.data.min).toBe(1990)
  })

  it("2024-11-30 stays a date", () => {
    expect(parseActual("2024-11-30")).toMatchObject({ kind: "date", date: "2024-11-30" })
  })
})

describe("a remark that negates the value (item 8)", () => {
  it.each([
    ["1人（未完成）", "未完成"],
    ["1人(未完成)", "未完成"],
    ["5人（未达到）", "未达到"],
    ["5人（未达标）", "未达标"],
    ["5人（未实现）", "未实现"],
    ["5套（未验收）", "未验收"],
    ["5套（尚未验收）", "未验收"],
    ["5场（未开展）", "未开展"],
    ["5场（尚未拨付资金）", "尚未"],
    ["5场（没有开展）", "没有"],
    ["5个（不合格）", "不合格"],
    ["2024年11月（未完成）", "未完成"],
  ])("%s keeps its value and carries the negation %s", (text, word) => {
    const m = parseActual(text, { year: 2024, target: people })
    expect(m.kind === "quantity" || m.kind === "date").toBe(true)
    if (m.kind === "quantity") expect(m.value.isZero()).toBe(false)
    expect(m.kind === "quantity" || m.kind === "date" ? m.negation?.word : undefined).toBe(word)
  })

  it.each(["1人（已完成）", "3人（含追加2人）", "5人", "5人（全部到位）"])("%s carries none", (text) => {
    const m = parseActual(text, { target: people })
    const parts = m.kind === "compound" ? m.parts : [m]
    for (const part of parts) expect("negation" in part).toBe(false)
  })
})

describe("a cell over the length limit (item 12)", () => {
  it.each([
    ["Chinese numerals", "一二三四五六七八九"],
    ["approximate digits", "约1"],
    ["约", "约"],
  ])("%s is unreadable, with its length", (_, unit) => {
    const text = unit.repeat(Math.ceil((MAX_CELL_LENGTH + 1) / unit.length))
    expect(parseActual(text)).toEqual({
      kind: "unreadable",
      text,
      label: null,
      reason: { code: "actual_too_long", data: { length: text.length, max: MAX_CELL_LENGTH } },
    })
  })

  it("the same limit holds for targets and actuals", () => {
    const text = "1".repeat(MAX_CELL_LENGTH)
    expect(parseActual(text).kind).toBe("quantity")
    expect(compileTarget(text).kind).toBe("quantity")
    expect(parseActual(`${text}1`).kind).toBe("unreadable")
    expect(compileTarget(`${text}1`).kind).toBe("unparsed")
  })
})
