/**
 * Excel error values in workbooks (issue #15, item 6): typed in a cell or cached as a formula's result, every
 * one is read as its text and named with its cell, so that a target holding one is a lint error and an actual
 * holding one is unreadable (`#DIV/0!` was a target of 0, and an actual of 0 graded 未达成).
 */
import { Effect } from "effect"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { parseActual } from "../../actual/parse-actual.ts"
import { excelErrorValues } from "../../compile/lexicon/excel-errors.ts"
import { lintTable } from "../../lint/lint-table.ts"
import { parseActualsTable } from "../actuals-table.ts"
import { parseBudgetTable } from "../budget-table.ts"
import { parseXlsxTable } from "./xlsx-table.ts"

type ErrorValue = ExcelJS.CellErrorValue["error"]

/** Each error value twice: typed in the cell, and as the cached result of a formula. */
const errorCells = excelErrorValues.flatMap((value) => [
  { error: value as ErrorValue },
  { formula: "1/0", result: { error: value as ErrorValue } },
])

const bytes = async (rows: ReadonlyArray<ReadonlyArray<unknown>>): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet("表").addRows(rows as unknown[][])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe("Excel error values in an .xlsx", () => {
  it("a target cell holding one is a lint error at its cell, never a target of 0", async () => {
    const rows = errorCells.map((cell, i) => ["U", "P", "产出指标", "数量指标", `指标${i}`, cell])
    const file = await bytes([["单位", "项目", "一级指标", "二级指标", "三级指标", "年度指标值"], ...rows])
    const table = await Effect.runPromise(parseXlsxTable(file, "目标.xlsx"))
    const report = lintTable(table)
    expect(report.targets.some((t) => t.compiled.exact === "0")).toBe(false)
    const found = report.findings.filter((f) => f.data.issue === "excel_error")
    expect(found).toHaveLength(errorCells.length)
    found.forEach((f, i) => {
      const value = excelErrorValues[Math.floor(i / 2)]!
      expect([f.code, f.severity]).toEqual(["target_issue", "error"])
      expect(f.data).toEqual({ value, issue: "excel_error", text: value })
      expect(f.at).toMatchObject({ file: "目标.xlsx", sheet: "表", row: i + 2, column: 6 })
      expect(f.message).toContain(`Excel 错误值“${value}”`)
    })
  })

  it("an actual cell holding one is unreadable, with its cell", async () => {
    const rows = errorCells.map((cell, i) => ["U", "P", i + 1, cell])
    const file = await bytes([["单位", "项目", "序号", "实际完成值"], ...rows])
    const table = await Effect.runPromise(parseActualsTable({ file: "完成值.xlsx", bytes: file }))
    expect(table.rows).toHaveLength(errorCells.length)
    table.rows.forEach((row, i) => {
      const value = excelErrorValues[Math.floor(i / 2)]!
      expect(row.actual?.text).toBe(value)
      expect(row.actual?.at).toMatchObject({ file: "完成值.xlsx", sheet: "表", row: i + 2, column: 4 })
      expect(parseActual(row.actual!.text)).toMatchObject({
        kind: "unreadable",
        reason: { code: "excel_error", data: { value } },
      })
    })
  })

  it("a budget amount holding one keeps its text, so that scoring lists it as unreadable", async () => {
    const file = await bytes([
      ["单位", "项目", "全年预算数", "全年执行数"],
      ["U", "P", 100, { formula: "A1/0", result: { error: "#DIV/0!" } }],
    ])
    const table = await Effect.runPromise(parseBudgetTable({ file: "预算.xlsx", bytes: file }))
    expect(table.rows[0]?.executed?.text).toBe("#DIV/0!")
    expect(table.rows[0]?.executed?.at).toMatchObject({ row: 2, column: 4 })
  })
})

describe("a target cell over the length limit in lint", () => {
  it("is an error at its cell, named by its first characters", async () => {
    const long = "一二三四五六七八九".repeat(250)
    const file = await bytes([
      ["单位", "项目", "一级指标", "二级指标", "三级指标", "年度指标值"],
      ["U", "P", "产出指标", "数量指标", "人数", long],
    ])
    const report = lintTable(await Effect.runPromise(parseXlsxTable(file, "目标.xlsx")))
    const found = report.findings.find((f) => f.data.issue === "target_too_long")!
    expect(found.severity).toBe("error")
    expect(found.at).toMatchObject({ row: 2, column: 6 })
    expect(found.message).toBe(
      `指标值“${long.slice(0, 20)}…”：指标值有 2,250 个字符，超过 2,000 个字符的上限，未予识别；请检查单元格是否粘贴了多余的内容`,
    )
  })
})
