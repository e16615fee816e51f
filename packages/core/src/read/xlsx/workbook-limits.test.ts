import { Effect } from "effect"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { formatTableReadError } from "../../messages/table.ts"
import { parseActualsTable } from "../actuals-table.ts"
import { checkWorkbook, WORKBOOK_LIMITS, type WorkbookLimits } from "./workbook-limits.ts"
import { parseXlsxTable } from "./xlsx-table.ts"
import { buildZip } from "./zip.fixture.ts"
import { readZipDirectory } from "./zip-directory.ts"

const MB = 1024 * 1024
const small: WorkbookLimits = { uncompressedBytes: 10_000, entries: 5, rowsPerSheet: 3, cells: 6 }
const SHEET = "xl/worksheets/sheet1.xml"
const rowsXml = (rows: number, cellsPerRow = 1, prefix = "") =>
  `<${prefix}sheetData>${`<${prefix}row r="1">${`<${prefix}c r="A1"><${prefix}v>1</${prefix}v></${prefix}c>`.repeat(cellsPerRow)}</${prefix}row>`.repeat(rows)}</${prefix}sheetData>`

const readError = (bytes: Uint8Array) => Effect.runPromise(Effect.flip(parseXlsxTable(bytes, "炸弹.xlsx")))

describe("readZipDirectory", () => {
  it("reads what the central directory declares, and tolerates bytes before the archive", async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet("目标").addRow(["项目", "三级指标", "年度指标值"])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const directory = readZipDirectory(bytes, 100)
    expect(directory.ok && directory.entries.map((e) => e.name)).toContain(SHEET)
    const shifted = new Uint8Array([...new TextEncoder().encode("MIME header\r\n\r\n"), ...bytes])
    expect(readZipDirectory(shifted, 100)).toEqual(
      directory.ok ? { ...directory, entries: expect.any(Array) } : {},
    )
  })

  it("says why bytes are not an archive, and stops at the entry limit without reading entries", () => {
    expect(readZipDirectory(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]), 10)).toEqual({
      ok: false,
      reason: "找不到 zip 中央目录",
    })
    const bytes = buildZip([{ name: "a", data: "x" }])
    expect(readZipDirectory(bytes.subarray(0, bytes.length - 5), 10)).toMatchObject({ ok: false })
    const many = buildZip(Array.from({ length: 6 }, (_, i) => ({ name: `f${i}`, data: "x" })))
    expect(readZipDirectory(many, 5)).toEqual({ ok: false, tooMany: 6 })
  })
})

describe("checkWorkbook", () => {
  it("accepts a workbook within the limits", async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet("目标").addRows([
      ["项目", "三级指标", "年度指标值"],
      ["P", "N", "≥1"],
    ])
    expect(await checkWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()))).toEqual({ ok: true })
  })

  it("refuses by the declared sizes before inflating anything", async () => {
    const bomb = buildZip([{ name: SHEET, data: "<x/>", declaredSize: 300 * MB }])
    expect(await checkWorkbook(bomb)).toEqual({
      ok: false,
      breach: { limit: "uncompressed_bytes", max: WORKBOOK_LIMITS.uncompressedBytes, found: 300 * MB },
    })
  })

  it("stops inflating an entry that is larger than it declared (a bomb lying about its size)", async () => {
    const liar = buildZip([{ name: SHEET, data: new Uint8Array(5 * MB), declaredSize: 1000 }])
    expect(await checkWorkbook(liar)).toEqual({
      ok: false,
      reason: `${SHEET} 解压后比目录中声明的 1000 字节大`,
    })
  })

  it("counts the actual bytes against the total, stored and deflated alike", async () => {
    const entries = [
      { name: "a.bin", data: new Uint8Array(6000), method: 0 as const },
      { name: "b.bin", data: new Uint8Array(6000) },
    ]
    expect(await checkWorkbook(buildZip(entries.slice(0, 1)), small)).toEqual({ ok: true })
    expect(await checkWorkbook(buildZip(entries), small)).toMatchObject({
      ok: false,
      breach: { limit: "uncompressed_bytes", max: 10_000, found: 12_000 },
    })
  })

  it("refuses too many entries, rows in one sheet, and cells in all sheets", async () => {
    const entries = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.xml`, data: "" }))
    expect(await checkWorkbook(buildZip(entries), small)).toEqual({
      ok: false,
      breach: { limit: "entries", max: 5, found: 6 },
    })
    expect(await checkWorkbook(buildZip([{ name: SHEET, data: rowsXml(4, 0) }]), small)).toEqual({
      ok: false,
      breach: { limit: "rows", max: 3, found: 4, entry: SHEET },
    })
    // Namespace prefixes count too; 3 + 4 cells across two sheets pass the limit of 6.
    const two = [
      { name: SHEET, data: rowsXml(1, 3, "x:") },
      { name: "xl/worksheets/sheet2.xml", data: rowsXml(2, 2) },
    ]
    expect(await checkWorkbook(buildZip(two), small)).toMatchObject({
      ok: false,
      breach: { limit: "cells", max: 6, entry: "xl/worksheets/sheet2.xml" },
    })
  })

  it("counts a tag split between two inflated chunks once", async () => {
    // 64 KiB chunks: rows of 13 bytes fall across every chunk boundary.
    const xml = '<row r="1"/>'.repeat(20_000)
    const limits = { ...small, uncompressedBytes: MB, rowsPerSheet: 20_000, cells: 0 }
    expect(await checkWorkbook(buildZip([{ name: SHEET, data: xml }]), limits)).toEqual({ ok: true })
    const more = { ...limits, rowsPerSheet: 19_999 }
    expect(await checkWorkbook(buildZip([{ name: SHEET, data: xml }]), more)).toMatchObject({
      breach: { found: 20_000 },
    })
  })
})

describe("parseXlsxTable under the limits", () => {
  it("refuses a declared bomb with xlsx_too_large and a Chinese message naming the file and limit", async () => {
    const error = await readError(buildZip([{ name: SHEET, data: "<x/>", declaredSize: 300 * MB }]))
    expect(error).toMatchObject({
      code: "xlsx_too_large",
      file: "炸弹.xlsx",
      data: { limit: "uncompressed_bytes" },
    })
    expect(formatTableReadError(error)).toBe(
      "文件 炸弹.xlsx：Excel 文件超出读取上限：解压后超过 200 MB 的读取上限（至少 300 MB），可能是压缩炸弹；请拆分成较小的工作簿后再读取",
    )
  })

  it("refuses a sheet of more than 1,000,000 rows before exceljs loads it", async () => {
    const sheet = `<worksheet><sheetData>${"<row/>".repeat(1_000_001)}</sheetData></worksheet>`
    const error = await readError(buildZip([{ name: SHEET, data: sheet }]))
    expect(error).toMatchObject({
      code: "xlsx_too_large",
      data: { limit: "rows", max: 1_000_000, entry: SHEET },
    })
    expect(formatTableReadError(error)).toContain("超过每张工作表 1,000,000 行的上限")
  })

  it("refuses a bomb that lies about its size as unreadable, and an actuals sheet the same way", async () => {
    const liar = buildZip([{ name: SHEET, data: new Uint8Array(5 * MB), declaredSize: 1000 }])
    expect(await readError(liar)).toMatchObject({
      code: "xlsx_unreadable",
      data: { reason: expect.stringContaining("声明") },
    })
    const actuals = await Effect.runPromise(Effect.flip(parseActualsTable({ file: "a.xlsx", bytes: liar })))
    expect(actuals).toMatchObject({ code: "xlsx_unreadable", file: "a.xlsx" })
  })

  it("refuses rows whose values lie so far right that reading them would pass the cell limit", async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet("目标")
    sheet.addRow(["项目", "三级指标", "年度指标值"])
    for (let r = 2; r <= 200; r++) sheet.getCell(r, 16_384).value = "x"
    const error = await readError(new Uint8Array(await workbook.xlsx.writeBuffer()))
    expect(error).toMatchObject({ code: "xlsx_too_large", data: { limit: "cells", entry: "目标" } })
  })

  it("reads one value at XFD1048576 without creating a million rows", async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet("目标")
    sheet.addRows([
      ["项目", "三级指标", "年度指标值"],
      ["P", "N", "≥1"],
    ])
    sheet.getCell("XFD1048576").value = "尾"
    const table = await Effect.runPromise(
      parseXlsxTable(new Uint8Array(await workbook.xlsx.writeBuffer()), "t.xlsx"),
    )
    expect(table.units[0]!.projects[0]!.indicators.map((i) => i.annual?.text)).toEqual(["≥1"])
    expect(table.rejected).toMatchObject([{ code: "missing_project", at: { row: 1_048_576 } }])
  })
})
