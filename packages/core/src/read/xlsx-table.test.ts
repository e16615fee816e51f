import { Effect } from "effect"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { outline, seedRows, seedTable } from "./seed.fixture.ts"
import { cellText, parseXlsxTable } from "./xlsx-table.ts"

const toBytes = async (workbook: ExcelJS.Workbook): Promise<Uint8Array> =>
  new Uint8Array(await workbook.xlsx.writeBuffer())

const read = async (workbook: ExcelJS.Workbook) =>
  Effect.runPromise(parseXlsxTable(await toBytes(workbook), "t.xlsx"))

describe("parseXlsxTable", () => {
  it("reads the seed written as a workbook back to the same units, projects, indicators and targets", async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet("说明").addRow(["本表说明"])
    const hidden = workbook.addWorksheet("旧表")
    hidden.state = "hidden"
    hidden.addRows(seedRows().slice(1, 5))
    workbook.addWorksheet("目标").addRows(seedRows())
    const t = await read(workbook)
    expect(outline(t)).toEqual(outline(seedTable))
    expect([t.format, t.department, t.rejected]).toEqual(["xlsx", "广州市工业和信息化局", []])
    const first = t.units[0]!.projects[0]!.indicators[0]!
    expect(first.annual!.at).toEqual({ file: "t.xlsx", sheet: "目标", row: 3, column: 9, span: [0, 2] })
  })

  it("reads rich text, formulas, numbers, percents, dates and merged cells", async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet("目标")
    sheet.addRow(["单位", "项目", "三级指标", "实施周期指标值", "年度指标值"])
    sheet.addRow([
      "U",
      "P",
      { richText: [{ text: "完成" }, { text: "时间", font: { bold: true } }] },
      new Date(Date.UTC(2024, 11, 31)),
      { formula: "1+1", result: 2 },
    ])
    sheet.addRow(["", "", "合格率", 1500, 0.95])
    sheet.getCell("E3").numFmt = "0%"
    sheet.mergeCells("A2:A3")
    sheet.mergeCells("B2:B3")
    const [a, b] = (await read(workbook)).units[0]!.projects[0]!.indicators
    expect([a!.name, a!.period?.text, a!.annual?.text]).toEqual(["完成时间", "2024-12-31", "2"])
    expect([b!.name, b!.period?.text, b!.annual?.text]).toEqual(["合格率", "1500", "95%"])
    expect(b!.annual!.at).toMatchObject({ sheet: "目标", row: 3, column: 5 })
  })

  it("fails with the missing columns of the first visible sheet when no sheet has a header", async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet("目标").addRows([["标题"], ["单位", "项目", "绩效目标"]])
    const error = await Effect.runPromise(Effect.flip(parseXlsxTable(await toBytes(workbook), "t.xlsx")))
    expect(error).toMatchObject({
      code: "missing_columns",
      row: 2,
      data: {
        missing: ["indicator", "target_annual|target_period"],
        found: ["单位", "项目", "绩效目标"],
        sheet: "目标",
      },
    })
  })

  it("fails with xlsx_unreadable on bytes that are not a workbook", async () => {
    const error = await Effect.runPromise(
      Effect.flip(parseXlsxTable(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]), "t.xlsx")),
    )
    expect(error).toMatchObject({ code: "xlsx_unreadable", file: "t.xlsx" })
  })

  it("shows error values and hyperlinks as text", () => {
    expect(cellText({ error: "#N/A" })).toBe("#N/A")
    expect(cellText({ text: "链接", hyperlink: "https://example.org" })).toBe("链接")
    expect(cellText(0.07, "0.00%")).toBe("7%")
    expect(cellText(true)).toBe("true")
  })
})
