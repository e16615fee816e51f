import type { ResultsJson } from "@jixiao/scoring"
import ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import { loadWorkbook, rowOf, seedResults } from "../../testing/index.ts"
import { renderXlsx } from "./index.ts"

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] }

const HOSTILE = '=HYPERLINK("x")'
const LONG = "a/b:c*d?e[f]g\\h'是一个名字很长很长很长很长很长很长很长的项目'"

let workbook: ExcelJS.Workbook
let results: Mutable<ResultsJson>

beforeAll(async () => {
  results = structuredClone((await seedResults()) as Mutable<ResultsJson>)
  const [p0, p1, p2] = results.projects
  Object.assign(p0!.indicators[0]!, {
    name: HOSTILE,
    target: "+1",
    actual: "-2",
    deviationReason: "@SUM(A1)",
  })
  Object.assign(p1!, { name: "=1+1", goal: "-cmd|' /C calc'!A0", budget: null })
  Object.assign(p1!.indicators[0]!, { weight: null, score: null, ratio: null })
  Object.assign(p2!, { name: LONG })
  Object.assign(results, { year: null })
  workbook = await loadWorkbook((await renderXlsx(results as ResultsJson))[0]!.contents)
})

const cells = function* () {
  for (const sheet of workbook.worksheets)
    for (let r = 1; r <= sheet.rowCount; r++)
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = sheet.getCell(r, c)
        // The other cells of a merge echo its first cell's value.
        if (cell.type !== ExcelJS.ValueType.Merge) yield { sheet: sheet.name, cell }
      }
}

describe("renderXlsx on hostile input", () => {
  it("writes no formula anywhere", () => {
    for (const { cell } of cells()) {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)
      expect(cell.formula).toBeUndefined()
    }
  })

  it("keeps text that looks like a formula a string value, in every sheet it appears in", () => {
    const where = new Set<string>()
    for (const { sheet, cell } of cells()) {
      if (cell.value === HOSTILE) {
        expect(cell.type).toBe(ExcelJS.ValueType.String)
        where.add(sheet)
      }
    }
    expect([...where]).toEqual(["指标明细", workbook.worksheets[5]!.name])
    const strings = ["+1", "-2", "@SUM(A1)", "=1+1", "-cmd|' /C calc'!A0"]
    const found = [...cells()].filter(({ cell }) => strings.includes(cell.value as string))
    expect(new Set(found.map(({ cell }) => cell.value))).toEqual(new Set(strings))
    for (const { cell } of found) expect(cell.type).toBe(ExcelJS.ValueType.String)
  })

  it("links a project named like a formula by its text", () => {
    const unit = workbook.getWorksheet(`单位-${results.units[0]!.name}`)!
    expect(unit.getCell("A6").value).toMatchObject({ text: "=1+1", hyperlink: `#'=1+1'!A1` })
  })

  it("derives a valid sheet name from a long name with forbidden characters, and keeps the full name", () => {
    const sheet = workbook.worksheets[7]!
    expect(sheet.name).toBe("a／b：c＊d？e［f］g＼h’是一个名字很长很长很长很长很长")
    expect(sheet.name).toHaveLength(31)
    expect(sheet.getCell("B3").value).toBe(LONG)
  })

  it("leaves a missing weight, score and year blank rather than zero, and says a missing budget is 未提供", () => {
    const sheet = workbook.worksheets[6]!
    expect(sheet.getCell("A2").value).toBe("（    年度）")
    expect([3, 4, 5, 6].map((c) => sheet.getCell(6, c).value)).toEqual([
      "未提供",
      "未提供",
      "未提供",
      "未提供",
    ])
    expect([sheet.getCell(13, 6).value, sheet.getCell(13, 7).value]).toEqual([null, null])
    expect(sheet.getCell(rowOf(sheet, "总分")!, 7).value).toBe(results.projects[1]!.total)
  })
})
