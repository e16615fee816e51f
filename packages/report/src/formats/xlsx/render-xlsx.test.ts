import type { ResultsJson } from "@jixiao/scoring"
import type ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import { loadWorkbook, seedResults } from "../../testing/index.ts"
import { textWidth } from "./cells.ts"
import { renderXlsx, XLSX_FILE } from "./index.ts"
import { SHEET_NAME_MAX } from "./sheet-names.ts"

let results: ResultsJson
let workbook: ExcelJS.Workbook
let names: string[]

beforeAll(async () => {
  results = await seedResults()
  const files = await renderXlsx(results)
  expect(files.map((f) => f.name)).toEqual([XLSX_FILE])
  workbook = await loadWorkbook(files[0]!.contents)
  names = workbook.worksheets.map((s) => s.name)
})

const sheet = (name: string) => workbook.getWorksheet(name)!
const linkTarget = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellHyperlinkValue).hyperlink

describe("renderXlsx on the seed results", () => {
  it("has 部门汇总, a sheet per unit, 指标明细 and a sheet per project, in that order", () => {
    expect(results.projects).toHaveLength(34)
    expect(names).toHaveLength(1 + 3 + 1 + 34)
    expect(names[0]).toBe("部门汇总")
    expect(names.slice(1, 4)).toEqual(results.units.map((u) => `单位-${u.name}`.slice(0, SHEET_NAME_MAX)))
    expect(names[4]).toBe("指标明细")
  })

  it("names sheets validly and uniquely; the three 购置经费 say whose they are", () => {
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
    for (const name of names) {
      expect(name.length).toBeGreaterThan(0)
      expect(name.length).toBeLessThanOrEqual(SHEET_NAME_MAX)
      expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/u)
    }
    expect(names.filter((n) => n.startsWith("购置经费"))).toEqual([
      "购置经费（广州市工业和信息化局）",
      "购置经费（广州市工业和信息化产业发展中心）",
      "购置经费（广州市无线电监测站）",
    ])
    // A name no other project has stays as it is.
    expect(names[5]).toBe(results.projects[0]!.name)
  })

  it("keeps every project's full name and unit in its sheet", () => {
    results.projects.forEach((project, i) => {
      const s = workbook.worksheets[5 + i]!
      expect([s.getCell("B3").value, s.getCell("F4").value, s.getCell("B4").value]).toEqual([
        project.name,
        project.unit,
        results.department.name,
      ])
    })
  })

  it("links 部门汇总 to the unit sheets and 指标明细", () => {
    const summary = sheet("部门汇总")
    const { department } = results
    const facts = [4, 5, 6, 7, 8, 9, 10].map((r) => summary.getCell(r, 2).value)
    expect(facts).toEqual([department.score, department.grade, 34, department.min, department.max, 3, 3])
    expect(summary.getCell("B4").numFmt).toBe("0.00")
    expect(summary.getRow(12).values).toEqual([undefined, "等级分布", 27, 5, 1, 1])
    results.units.forEach((unit, i) => {
      const row = summary.getRow(15 + i).values as unknown[]
      expect(row.slice(2)).toEqual([
        unit.score,
        unit.grade,
        unit.projects,
        ...Object.values(unit.grades),
        unit.min,
        unit.max,
      ])
    })
    const links = summary
      .getColumn(1)
      .values.filter(
        (v): v is ExcelJS.CellHyperlinkValue => typeof v === "object" && v !== null && "hyperlink" in v,
      )
    expect(links.map((l) => l.hyperlink)).toEqual([...names.slice(1, 5)].map((n) => `#'${n}'!A1`))
    expect(links.map((l) => l.text).slice(0, 3)).toEqual(results.units.map((u) => u.name))
  })

  it("gives 部门汇总's title a row of its own, tall enough for its font, above the department", () => {
    const summary = sheet("部门汇总")
    expect(summary.model.merges).toEqual(expect.arrayContaining(["A1:J1", "A2:J2", "A3:J3"]))
    expect(summary.getRow(1).height).toBeGreaterThanOrEqual(summary.getCell("A1").font.size! * 1.5)
    expect(summary.getRow(2).height).toBeGreaterThanOrEqual(summary.getCell("A2").font?.size ?? 10)
    expect(summary.getCell("A2").value).toBe(results.department.name)
    expect(summary.getCell("A3").alignment).toMatchObject({ wrapText: true })
  })

  it("fits every unit sheet's headings in their columns: the amount unit on a line of its own", () => {
    for (const unit of results.units) {
      const s = sheet(`单位-${unit.name}`.slice(0, SHEET_NAME_MAX))
      expect(s.getRow(1).height).toBeGreaterThanOrEqual(s.getCell("A1").font.size! * 1.5)
      const header = s.getRow(4)
      expect([2, 3, 4].map((c) => header.getCell(c).value)).toEqual([
        "年初预算数\n（万元）",
        "全年预算数\n（万元）",
        "全年执行数\n（万元）",
      ])
      let lines = 1
      header.eachCell((cell, col) => {
        const written = String(cell.value).split("\n")
        // exceljs leaves a width of 9 out of the file, and Excel then shows its default of 8.43.
        const width = s.getColumn(col).width ?? 8.43
        for (const line of written) expect(textWidth(line)).toBeLessThan(width)
        expect(cell.alignment).toMatchObject({ wrapText: true })
        lines = Math.max(lines, written.length)
      })
      expect(header.height).toBeGreaterThanOrEqual(lines * 13.5)
    }
  })

  it("lists each unit's projects with numbers and a working link to each project sheet", () => {
    for (const unit of results.units) {
      const s = sheet(`单位-${unit.name}`.slice(0, SHEET_NAME_MAX))
      const projects = results.projects.filter((p) => p.unit === unit.name)
      projects.forEach((project, i) => {
        const row = s.getRow(5 + i)
        const target = linkTarget(row.getCell(1)).match(/^#'(.+)'!A1$/u)![1]!
        expect(sheet(target).getCell("B3").value).toBe(project.name)
        expect(row.getCell(8).value).toBe(target)
        expect([2, 3, 6, 7].map((c) => row.getCell(c).value)).toEqual([
          project.budget?.initial,
          project.budget?.planned,
          project.total,
          project.grade,
        ])
        expect(row.getCell(5).numFmt).toBe("0.00%")
      })
      expect(s.getRow(5 + projects.length).getCell(1).value).toBeNull()
    }
  })

  it("gives 指标明细 one row per indicator, a filtered and frozen header", () => {
    const s = sheet("指标明细")
    const indicators = results.projects.flatMap((p) => p.indicators.map((i) => ({ p, i })))
    expect(indicators).toHaveLength(168)
    expect(s.rowCount).toBe(170)
    expect(s.getCell("A1").value).toBe(`部门名称：${results.department.name}`)
    expect(s.autoFilter).toBe("A2:U2")
    expect(s.views[0]).toMatchObject({ state: "frozen", ySplit: 2 })
    expect(s.getRow(2).values).toEqual(
      expect.arrayContaining([
        "单位",
        "评价等级",
        "上年实际值",
        "状态",
        "比率",
        "发现",
        "偏差原因",
        "年度总体目标",
      ]),
    )
    indicators.forEach(({ p, i }, n) => {
      const row = s.getRow(3 + n)
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]).toEqual([
        p.unit,
        p.name,
        i.no,
      ])
      expect([row.getCell(10).value, row.getCell(11).value]).toEqual([i.tier, i.baseline])
      expect([row.getCell(12).value, row.getCell(13).value]).toEqual([i.weight, i.score])
      expect([row.getCell(14).value, row.getCell(15).value]).toEqual([i.statusName, i.ratio])
      // The goal and its 实际完成情况 go once, on the project's first row.
      expect(row.getCell(20).value).toBe(i === p.indicators[0] ? p.goal || null : null)
    })
  })

  it("joins each indicator's distinct finding messages with ；, beside its deviation reason and deduction", () => {
    const s = sheet("指标明细")
    const indicators = results.projects.flatMap((p) => p.indicators)
    let joined = 0
    indicators.forEach((i, n) => {
      const row = s.getRow(3 + n)
      const messages = [...new Set(i.findings.map((f) => f.message))]
      if (messages.length > 1) joined += 1
      expect(row.getCell(16).value).toBe(messages.length > 0 ? messages.join("；") : null)
      expect([row.getCell(17).value, row.getCell(18).value]).toEqual([i.deviationReason, i.deduction])
    })
    expect(joined).toBeGreaterThan(0)
  })
})

describe("renderXlsx without budget data", () => {
  it("lists each unit's projects with 未提供 for the budget, execution and rate", async () => {
    const bare = await seedResults({ budget: false })
    const book = await loadWorkbook((await renderXlsx(bare))[0]!.contents)
    for (const unit of bare.units) {
      const s = book.getWorksheet(`单位-${unit.name}`.slice(0, SHEET_NAME_MAX))!
      const projects = bare.projects.filter((p) => p.unit === unit.name)
      expect(projects.length).toBeGreaterThan(0)
      projects.forEach((project, i) => {
        const row = s.getRow(5 + i)
        expect([2, 3, 4, 5].map((c) => row.getCell(c).value)).toEqual([
          "未提供",
          "未提供",
          "未提供",
          "未提供",
        ])
        expect(row.getCell(6).value).toBe(project.total)
      })
    }
  })
})
