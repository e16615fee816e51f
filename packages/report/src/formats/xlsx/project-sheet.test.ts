import type { ResultsJson } from "@jixiao/scoring"
import type ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import { loadWorkbook, rowOf, seedResults } from "../../testing/index.ts"
import { renderXlsx } from "./index.ts"
import { INDICATOR_HEADER_ROW } from "./indicator-block.ts"
import { runs } from "./layout.ts"
import type { ProjectJson } from "./model.ts"

let results: ResultsJson
let sheets: ExcelJS.Worksheet[]

beforeAll(async () => {
  results = await seedResults()
  const workbook = await loadWorkbook((await renderXlsx(results))[0]!.contents)
  sheets = workbook.worksheets.slice(5)
})

/** Every project with its sheet, as the workbook orders them. */
const each = (check: (project: ProjectJson, sheet: ExcelJS.Worksheet) => void) => {
  expect(sheets).toHaveLength(results.projects.length)
  results.projects.forEach((project, i) => {
    check(project, sheets[i]!)
  })
}

const first = INDICATOR_HEADER_ROW + 1
const UNSETTLED: ReadonlyArray<string> = ["needs_review", "not_evaluated"]

describe("the 项目支出绩效自评表 of every project", () => {
  it("has the title, year and header block", () =>
    each((project, sheet) => {
      expect([sheet.getCell("A1").value, sheet.getCell("A2").value]).toEqual([
        "项目支出绩效自评表",
        "（2024年度）",
      ])
      expect([sheet.getCell("A3").value, sheet.getCell("A4").value, sheet.getCell("E4").value]).toEqual([
        "项目名称",
        "主管部门",
        "实施单位",
      ])
      expect(sheet.getCell("B11").value).toBe(project.goal)
    }))

  it("agrees with results.json on 总分 and 自评等级", () =>
    each((project, sheet) => {
      const total = rowOf(sheet, "总分")!
      expect(total).toBe(first + project.indicators.length)
      expect(sheet.getCell(total, 7).value).toBe(project.total)
      expect(sheet.getCell(total, 7).numFmt).toBe("0.00")
      expect(sheet.getCell(rowOf(sheet, "自评等级")!, 7).value).toBe(project.grade)
    }))

  it("agrees with results.json on every graded indicator's 分值 and 得分, as numbers", () =>
    each((project, sheet) => {
      project.indicators.forEach((indicator, i) => {
        const row = sheet.getRow(first + i)
        expect(row.getCell(3).value).toBe(indicator.name)
        expect(row.getCell(6).value).toBe(indicator.weight)
        if (indicator.weight !== null) expect(typeof row.getCell(6).value).toBe("number")
        if (UNSETTLED.includes(indicator.status)) return
        expect(row.getCell(7).value).toBe(indicator.score)
        if (indicator.score !== null) expect(typeof row.getCell(7).value).toBe("number")
        expect(row.getCell(7).fill).not.toMatchObject({ pattern: "solid" })
      })
    }))

  it("marks a score awaiting a person as 待人工判断 or 未评价, and says why in 偏差原因", () => {
    const marked: string[] = []
    each((project, sheet) => {
      project.indicators.forEach((indicator, i) => {
        if (!UNSETTLED.includes(indicator.status)) return
        marked.push(indicator.status)
        const row = sheet.getRow(first + i)
        expect(row.getCell(7).value).toBe(indicator.statusName)
        expect(row.getCell(7).fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFCE4D6" } })
        const reason = row.getCell(8).value as string
        expect(reason.startsWith(`${indicator.statusName}，暂计 ${indicator.score!.toFixed(2)} 分：`)).toBe(
          true,
        )
        expect(indicator.findings.length).toBeGreaterThan(0)
        for (const f of indicator.findings) expect(reason).toContain(f.message)
        if (indicator.deviationReason) expect(reason).toContain(indicator.deviationReason)
      })
    })
    // The seed has three indicators to judge (unit mismatch, unreadable actual, compound part) and one
    // without an actual.
    expect(marked.sort()).toEqual(["needs_review", "needs_review", "needs_review", "not_evaluated"])
  })

  it("stores the budget figures as numbers and the execution rate as a percentage", () =>
    each((project, sheet) => {
      const budget = project.budget!
      const row = sheet.getRow(6)
      expect(row.getCell(2).value).toBe("年度资金总额")
      expect([3, 4, 5, 6, 8].map((c) => row.getCell(c).value)).toEqual([
        budget.initial,
        budget.planned,
        budget.executed,
        budget.weight,
        budget.score,
      ])
      expect(row.getCell(7).value).toBe(Number(`${budget.rate}e-2`))
      expect(row.getCell(7).numFmt).toBe("0.00%")
      expect(sheet.getCell("A5").value).toBe("项目资金（万元）")
    }))

  it("summarises the indicators' outcomes beside the goal", () =>
    each((project, sheet) => {
      const text = sheet.getCell("F11").value as string
      expect(text).toMatch(/^共 \d+ 个指标：达成 \d+，部分达成 \d+，未达成 \d+，待人工判断 \d+，未评价 \d+$/u)
      const counts = text.match(/\d+/gu)!.map(Number)
      expect(counts[0]).toBe(project.indicators.length)
      expect(counts.slice(1).reduce((a, b) => a + b, 0)).toBe(project.indicators.length)
    }))

  it("merges 一级 and 二级 cells over their runs of consecutive indicators", () => {
    let merged = 0
    each((project, sheet) => {
      const merges = new Set(sheet.model.merges)
      for (const [from, to] of runs(project.indicators, (i) => i.level1)) {
        if (to > from) {
          expect(merges).toContain(`A${first + from}:A${first + to}`)
          merged += 1
        }
        for (const [a, b] of runs(project.indicators, (i) => i.level2, from, to))
          if (b > a) expect(merges).toContain(`B${first + a}:B${first + b}`)
      }
      expect(sheet.getCell(first, 1).value).toBe(project.indicators[0]!.level1)
    })
    expect(merged).toBeGreaterThan(results.projects.length)
  })

  it("has 填报人, 审核人 and 填报日期 a row below the table, each with a line to write on", () =>
    each((project, sheet) => {
      const row = sheet.getRow(first + project.indicators.length + 3)
      expect([1, 3, 5].map((c) => row.getCell(c).value)).toEqual(["填报人：", "审核人：", "填报日期："])
      for (const c of [2, 4, 6, 7, 8]) expect(row.getCell(c).border?.bottom).toMatchObject({ style: "thin" })
      expect(row.getCell(6).value).toMatch(/^\s*年\s+月\s+日$/u)
      expect(sheet.model.merges).toContain(`F${row.number}:H${row.number}`)
      expect(sheet.getRow(row.number - 1).getCell(1).value).toBeNull()
    }))

  it("prints on A4 portrait, one page wide, with the indicator header on every page", () =>
    each((project, sheet) => {
      const last = first + project.indicators.length + 3
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "portrait",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printArea: `A1:H${last}`,
        printTitlesRow: `${INDICATOR_HEADER_ROW}:${INDICATOR_HEADER_ROW}`,
      })
      expect(sheet.getCell(last, 1).value).toBe("填报人：")
      expect(sheet.getCell(last - 2, 1).value).toBe("自评等级")
    }))
})

describe("the 自评表 of a project given no budget data", () => {
  let bare: ResultsJson
  let bareSheets: ExcelJS.Worksheet[]

  beforeAll(async () => {
    bare = await seedResults({ budget: false })
    bareSheets = (await loadWorkbook((await renderXlsx(bare))[0]!.contents)).worksheets.slice(5)
  })

  it("reads 未提供 in the budget figures, and what that cost beside them, in the scoring's words", () => {
    expect(bare.projects.every((p) => p.budget === null)).toBe(true)
    bare.projects.forEach((project, i) => {
      const sheet = bareSheets[i]!
      expect([3, 4, 5].map((c) => sheet.getCell(6, c).value)).toEqual(["未提供", "未提供", "未提供"])
      const budgetFindings = project.findings.filter((f) => f.code.startsWith("budget_"))
      expect(budgetFindings.length).toBeGreaterThan(0)
      expect(sheet.getCell(6, 6).value).toBe([...new Set(budgetFindings.map((f) => f.message))].join("；"))
      expect(sheet.model.merges).toContain("F6:H6")
    })
  })
})
