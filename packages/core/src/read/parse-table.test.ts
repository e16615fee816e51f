import { Effect } from "effect"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { parseTable } from "./parse-table.ts"
import { outline, SEED, seedRows, seedTable, seedText, toCsv } from "./seed.fixture.ts"

const utf8 = (text: string) => new TextEncoder().encode(text)
const read = (file: string, bytes: Uint8Array) => Effect.runPromise(parseTable({ file, bytes }))
const fail = (file: string, bytes: Uint8Array) => Effect.runPromise(Effect.flip(parseTable({ file, bytes })))

describe("parseTable", () => {
  it("reads the text form by extension, with a BOM", async () => {
    const t = await read(SEED, utf8(`\uFEFF${seedText}`))
    expect(outline(t)).toEqual(outline(seedTable))
    expect((await read("x.TSV", utf8(seedText))).format).toBe("text")
  })

  it("reads CSV by extension", async () => {
    expect(outline(await read("x.csv", utf8(toCsv(seedRows()))))).toEqual(outline(seedTable))
  })

  it("reads a workbook by extension or, whatever its name, by its zip signature", async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet("目标").addRows(seedRows())
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    expect(outline(await read("x.xlsx", bytes))).toEqual(outline(seedTable))
    expect((await read("导出", bytes)).format).toBe("xlsx")
  })

  it("fails on an unknown extension, text in no encoding it reads and an empty file", async () => {
    expect(await fail("x.pdf", utf8("%PDF"))).toMatchObject({
      code: "unsupported_format",
      data: { extension: ".pdf" },
    })
    expect(await fail("x.txt", new Uint8Array([0xff, 0x00, 0x80, 0x81, 0xfe]))).toMatchObject({
      code: "encoding_unsupported",
    })
    expect(await fail("x.csv", utf8("\uFEFF \n"))).toMatchObject({ code: "empty_table", file: "x.csv" })
  })
})
