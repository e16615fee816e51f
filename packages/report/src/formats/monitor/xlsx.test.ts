import { LIGHTS, type Light } from "@jixiao/scoring"
import type ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { loadWorkbook, seedMonitorResults } from "../../testing/index.ts"
import { SHEET_NAME_MAX } from "../xlsx/sheet-names.ts"
import { redList } from "./red-list.ts"
import { LIGHT_COLOURS, MONITOR_XLSX_FILE, type MonitorJson, PROJECTION_LABEL } from "./words.ts"
import { MONITOR_SUMMARY_SHEET, planMonitorSheets, renderMonitorXlsx } from "./xlsx.ts"
import { MONITOR_HEADER_ROW, MONITOR_SHEET_TITLE, monitorHeadings } from "./xlsx-project-sheet.ts"

const results = await seedMonitorResults()
const [file] = await renderMonitorXlsx(results)
const workbook = await loadWorkbook(file!.contents)

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb
const textOf = (cell: ExcelJS.Cell) => (cell.value === null ? null : String(cell.value))

/** The row of a sheet whose column `col` reads `text`. */
const rowWith = (sheet: ExcelJS.Worksheet, col: number, text: string): number => {
  for (let row = 1; row <= sheet.rowCount; row++) if (sheet.getCell(row, col).value === text) return row
  throw new Error(`no row with ${text} in column ${col} of ${sheet.name}`)
}

const projectSheet = (name: string) => {
  const n = results.projects.findIndex((p) => p.name === name)
  return { sheet: workbook.worksheets[n + 1]!, project: results.projects[n]! }
}

describe("绩效监控表.xlsx of the seed (as of 2024-07-31)", () => {
  it("is one file: 监控汇总, then a 项目支出绩效目标执行监控表 per project", () => {
    expect(file!.name).toBe(MONITOR_XLSX_FILE)
    expect(workbook.worksheets[0]!.name).toBe(MONITOR_SUMMARY_SHEET)
    expect(workbook.worksheets).toHaveLength(results.projects.length + 1)
    for (const sheet of workbook.worksheets.slice(1))
      expect(sheet.getCell(1, 1).value).toBe(MONITOR_SHEET_TITLE)
    expect(results.projects.map((_, n) => workbook.worksheets[n + 1]!.getCell(3, 2).value)).toEqual(
      results.projects.map((p) => p.name),
    )
  })

  it("heads the indicator table with the as-of month (1-7月完成值) and 序时进度", () => {
    const { sheet } = projectSheet("信息化工作经费")
    const headings = monitorHeadings(results.asOf)
    expect(headings).toContain("1-7月完成值")
    expect(headings.map((_, i) => sheet.getCell(MONITOR_HEADER_ROW, i + 1).value)).toEqual(headings)
    expect(sheet.pageSetup.printTitlesRow).toBe(`${MONITOR_HEADER_ROW}:${MONITOR_HEADER_ROW}`)
    expect(sheet.pageSetup.orientation).toBe("landscape")
  })

  it("writes an indicator's row: target, value to date, completion and 序时进度 as numbers, the light filled", () => {
    const { sheet, project } = projectSheet("信息化工作经费")
    const indicator = project.indicators.find((i) => i.name === "提交研究报告成果")!
    const row = rowWith(sheet, 3, indicator.name)
    expect(textOf(sheet.getCell(row, 4))).toBe(indicator.target)
    expect(textOf(sheet.getCell(row, 5))).toBe("1份")
    // 1 of ≥ 6 is 16.67 %; 序时进度 213 ÷ 366 = 58.20 %, both as fractions under a percent format.
    expect(sheet.getCell(row, 6).value).toBeCloseTo(0.1667, 10)
    expect(sheet.getCell(row, 6).numFmt).toBe("0.00%")
    expect(sheet.getCell(row, 7).value).toBe(0.582)
    expect(sheet.getCell(row, 8).value).toBe("红灯")
    expect(fillOf(sheet.getCell(row, 8))).toBe(`FF${LIGHT_COLOURS.red.fill}`)
    expect(textOf(sheet.getCell(row, 9))).toContain("按序时进度线性推算")
    expect(sheet.getCell(row, 10).value).toBe("确定能")
  })

  it("says what a rate was judged against instead of printing 序时进度 beside it", () => {
    const { sheet, project } = projectSheet("其他工业和信息化产业发展经费")
    const rate = project.indicators.find((i) => i.treatment?.kind === "rate")!
    const row = rowWith(sheet, 3, rate.name)
    expect(sheet.getCell(row, 7).value).toBe("对照目标值")
    expect(sheet.getCell(row, 8).value).toBe("红灯")
  })

  it("fills every light's cell with its colour and word, on every project sheet", () => {
    const seen = new Set<Light>()
    results.projects.forEach((project, n) => {
      const sheet = workbook.worksheets[n + 1]!
      project.indicators.forEach((indicator, i) => {
        const cell = sheet.getCell(MONITOR_HEADER_ROW + 1 + i, 8)
        expect(cell.value).toBe(indicator.lightName)
        expect(fillOf(cell)).toBe(`FF${LIGHT_COLOURS[indicator.light].fill}`)
        expect((cell.font?.color as { argb?: string } | undefined)?.argb).toBe(
          `FF${LIGHT_COLOURS[indicator.light].ink}`,
        )
        seen.add(indicator.light)
      })
    })
    expect([...seen].sort()).toEqual([...LIGHTS].sort())
  })

  it("writes the budget block: 全年预算数, 1-7月执行数, 执行进度, 序时进度 and its light", () => {
    const { sheet, project } = projectSheet("信息化工作经费")
    expect(sheet.getCell(5, 4).value).toBe("1-7月执行数")
    expect(sheet.getCell(6, 2).value).toBe(project.budget!.planned)
    expect(sheet.getCell(6, 4).value).toBe(project.budget!.executed)
    expect(sheet.getCell(6, 6).value).toBe(0.45)
    expect(sheet.getCell(6, 7).value).toBe(0.582)
    expect(sheet.getCell(6, 8).value).toBe("黄灯")
    expect(fillOf(sheet.getCell(6, 8))).toBe(`FF${LIGHT_COLOURS.yellow.fill}`)
  })

  it("labels the projected score a projection", () => {
    const { sheet, project } = projectSheet("信息化工作经费")
    const row = rowWith(sheet, 1, `全年预测得分（${PROJECTION_LABEL}）`)
    expect(sheet.getCell(row, 6).value).toBe(project.projected.total)
    expect(sheet.getCell(row, 10).value).toBe(project.projected.grade)
  })

  it("counts the lights and lists the red items on 监控汇总", () => {
    const sheet = workbook.worksheets[0]!
    const counts = rowWith(sheet, 1, "绩效指标（项）")
    expect(LIGHTS.map((_, i) => sheet.getCell(counts, 3 + i).value)).toEqual(
      LIGHTS.map((l) => results.lights[l]),
    )
    const budget = rowWith(sheet, 1, "预算执行（个项目）")
    expect(LIGHTS.map((_, i) => sheet.getCell(budget, 3 + i).value)).toEqual(
      LIGHTS.map((l) => results.budgetLights[l]),
    )
    const items = redList(results)
    expect(items.length).toBeGreaterThan(0)
    const head = rowWith(sheet, 1, `红灯清单（${items.length} 项）`) + 1
    expect(items.map((_, n) => sheet.getCell(head + 1 + n, 4).value)).toEqual(items.map((r) => r.name))
    expect(items.some((r) => r.indicator === null)).toBe(true)
    const department = rowWith(sheet, 1, "全部门")
    expect(sheet.getCell(department, 3 + LIGHTS.length).value).toBe(results.department.projected.score)
  })

  it("renders the same bytes twice", async () => {
    const [again] = await renderMonitorXlsx(results)
    expect(again!.contents).toEqual(file!.contents)
  })

  it("writes 未提供 where no budget sheet was given", async () => {
    const without = await seedMonitorResults({ budget: false })
    const book = await loadWorkbook((await renderMonitorXlsx(without))[0]!.contents)
    const sheet = book.worksheets[1]!
    expect([sheet.getCell(6, 2).value, sheet.getCell(6, 4).value]).toEqual(["未提供", "未提供"])
    expect(sheet.getCell(6, 9).value).toBe("未提供预算执行表")
  })
})

describe("monitoring sheet names", () => {
  it("are valid, at most 31 characters, distinct, and name the unit of a name two projects share", () => {
    const long = "广州市工业和信息化局2023年广州市智能网联汽车[自动驾驶]应用示范运营监控平台建设项目"
    const plan = planMonitorSheets([
      { name: "购置经费", unit: "广州市工业和信息化局" },
      { name: "购置经费", unit: "广州市无线电监测站" },
      { name: long, unit: "甲" },
      { name: long, unit: "甲" },
      { name: "a/b:c*d?e", unit: "乙" },
      { name: "监控汇总", unit: "丙" },
    ])
    const names = [plan.summary, ...plan.projects]
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(SHEET_NAME_MAX)
      expect(name).not.toMatch(/[[\]:*?/\\]/)
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
    expect(plan.projects[0]).toBe("购置经费（广州市工业和信息化局）")
    expect(plan.projects[1]).toBe("购置经费（广州市无线电监测站）")
    expect(plan.projects[4]).toBe("a／b：c＊d？e")
    expect(plan.projects[5]).toBe("监控汇总(2)")
  })

  it("are the workbook's tabs", () => {
    const plan = planMonitorSheets(results.projects)
    expect(workbook.worksheets.map((s) => s.name)).toEqual([plan.summary, ...plan.projects])
  })
})

// A results.json whose texts try to break out: they stay text.
describe("hostile text in the workbook", () => {
  it("keeps a formula-looking project name as text", async () => {
    const hostile = structuredClone(results) as MonitorJson
    ;(hostile.projects[0] as { name: string }).name = '=HYPERLINK("http://x","y")'
    const book = await loadWorkbook((await renderMonitorXlsx(hostile))[0]!.contents)
    const cell = book.worksheets[1]!.getCell(3, 2)
    expect(cell.value).toBe('=HYPERLINK("http://x","y")')
    expect(cell.formula).toBeUndefined()
  })
})
