import { Effect } from "effect"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { outline, seedRows, seedTable } from "../seed.fixture.ts"
import { buildXlsx, numberCell, textCell } from "./xlsx.fixture.ts"
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

  it("shows an invalid date as blank and a time of day (Excel counts from 1899-12-30) as HH:MM", () => {
    expect(cellText(new Date(Number.NaN))).toBe("")
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 8, 30)))).toBe("08:30")
    expect(cellText(new Date(Date.UTC(2024, 10, 20, 23, 59)))).toBe("2024-11-20")
  })
})

describe("parseXlsxTable on what Chinese Excel and other tools write", () => {
  const header = `<row r="3">${textCell("A3", "项目")}${textCell("B3", "三级指标")}${textCell("C3", "年度指标值")}</row>`
  const row = (r: number, name: string, target: string) =>
    `<row r="${r}">${textCell(`A${r}`, "P")}${textCell(`B${r}`, name)}${target}</row>`
  const targets = async (bytes: Uint8Array) => {
    const table = await Effect.runPromise(parseXlsxTable(bytes, "t.xlsx"))
    return table.units
      .flatMap((u) => u.projects)
      .flatMap((p) => p.indicators.map((i) => [i.name, i.annual?.text]))
  }

  it("reads dates stored as serial numbers under Chinese Excel's built-in date formats as dates", async () => {
    // Styles 1–3: built-in 31 yyyy"年"m"月"d"日", 58 m"月"d"日", 20 h:mm. A bare serial stays a number.
    const rows = [
      header,
      row(4, "完成时间", numberCell("C4", 45616, 1)),
      row(5, "验收时间", numberCell("C5", 45616, 2)),
      row(6, "响应时间", numberCell("C6", 0.5, 3)),
      row(7, "数量", numberCell("C7", 45616)),
    ]
    expect(await targets(buildXlsx([{ name: "目标", rows: rows.join("") }], [31, 58, 20]))).toEqual([
      ["完成时间", "2024-11-20"],
      ["验收时间", "2024-11-20"],
      ["响应时间", "12:00"],
      ["数量", "45616"],
    ])
  })

  it("skips hidden and very hidden sheets, and finds the header below title rows", async () => {
    const title = `<row r="1">${textCell("A1", "2024年项目支出绩效目标表")}</row>`
    const other = `${header}${row(4, "旧指标", textCell("C4", "1"))}`
    const bytes = buildXlsx([
      { name: "旧表", rows: other, state: "hidden" },
      { name: "底稿", rows: other, state: "veryHidden" },
      { name: "目标", rows: `${title}${header}${row(4, "新指标", textCell("C4", "≥95%"))}` },
    ])
    const table = await Effect.runPromise(parseXlsxTable(bytes, "t.xlsx"))
    expect(await targets(bytes)).toEqual([["新指标", "≥95%"]])
    expect([table.title, table.units[0]!.projects[0]!.indicators[0]!.at.sheet]).toEqual([
      "2024年项目支出绩效目标表",
      "目标",
    ])
  })

  it("uses a formula's cached value, reads numbers stored as text as written, and repeats merged cells", async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet("目标")
    sheet.addRow(["填报说明：本表由单位填写"])
    sheet.mergeCells("A1:E1")
    sheet.addRow([])
    sheet.addRow(["单位", "项目", "三级指标", "实施周期指标值", "年度指标值"])
    sheet.addRow(["U", "P", "数量", { formula: "B9*2", result: 150 }, "0150"])
    sheet.addRow(["", "", "比例", { formula: "1/0", result: { error: "#DIV/0!" } }, "95.0"])
    sheet.addRow(["", "", "没有缓存值的公式", "≥1", { formula: "NOW()" }])
    sheet.mergeCells("A4:A6")
    sheet.mergeCells("B4:B6")
    const table = await Effect.runPromise(parseXlsxTable(await toBytes(workbook), "t.xlsx"))
    const indicators = table.units[0]!.projects[0]!.indicators
    expect(indicators.map((i) => [i.name, i.period?.text, i.annual?.text ?? null])).toEqual([
      ["数量", "150", "0150"],
      ["比例", "#DIV/0!", "95.0"],
      ["没有缓存值的公式", "≥1", null],
    ])
    expect([table.title, table.units.map((u) => u.name), table.rejected]).toEqual([
      "填报说明：本表由单位填写",
      ["U"],
      [],
    ])
  })
})
