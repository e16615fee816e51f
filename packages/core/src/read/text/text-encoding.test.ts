import { Effect } from "effect"
import iconv from "iconv-lite"
import { describe, expect, it } from "vitest"
import { parseActualsTable } from "../actuals-table.ts"
import { parseBudgetTable } from "../budget-table.ts"
import { parseTable } from "../parse-table.ts"
import { outline, seedRows, seedTable, seedText, toCsv } from "../seed.fixture.ts"
import { decodeTableBytes, decodeTablePrefix } from "./text-encoding.ts"

const utf8 = (text: string) => new TextEncoder().encode(text)
const gbk = (text: string) => new Uint8Array(iconv.encode(text, "gbk"))
const gb18030 = (text: string) => new Uint8Array(iconv.encode(text, "gb18030"))
const utf16 = (text: string, encoding: "utf16le" | "utf16be") => {
  const bom = encoding === "utf16le" ? [0xff, 0xfe] : [0xfe, 0xff]
  return new Uint8Array([...bom, ...iconv.encode(text, encoding)])
}

const ACTUALS = "单位,项目,序号,三级指标,实际完成值\r\nU,企业服务,1,服务企业数量,152家\r\n"

describe("decodeTableBytes", () => {
  it.each([
    ["UTF-8", utf8(ACTUALS)],
    ["UTF-8", utf8(`\uFEFF${ACTUALS}`)],
    ["UTF-16LE", utf16(ACTUALS, "utf16le")],
    ["UTF-16BE", utf16(ACTUALS, "utf16be")],
    ["GB18030", gbk(ACTUALS)],
    ["GB18030", gb18030(`${ACTUALS}U,𠮷项目,2,生僻字,1\r\n`)],
  ])("reads %s and drops the BOM", (encoding, bytes) => {
    const decoded = decodeTableBytes(bytes)
    expect(decoded).toMatchObject({ ok: true, encoding })
    expect(decoded.ok && decoded.text.startsWith("单位,项目")).toBe(true)
  })

  it("keeps a stray control character of a UTF-8 export (found by fuzzing), not of a GB18030 guess", () => {
    expect(decodeTableBytes(utf8("项目\u0001,三级指标"))).toMatchObject({
      ok: true,
      text: "项目\u0001,三级指标",
    })
    expect(decodeTableBytes(gbk("项目\u0001,三级指标"))).toEqual({ ok: false, problem: "control_characters" })
  })

  it("reads the seed text published as GBK exactly as its UTF-8 form", () => {
    expect(decodeTableBytes(gbk(seedText))).toEqual({ ok: true, text: seedText, encoding: "GB18030" })
  })

  it.each([
    ["unknown_encoding", new Uint8Array([0xff, 0x00, 0x80, 0x81, 0xfe])],
    // Latin-1 "café,1": not UTF-8, and GB18030 reads no Chinese out of it.
    ["unknown_encoding", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2c, 0x31])],
    ["invalid_utf8", new Uint8Array([0xef, 0xbb, 0xbf, 0xd6, 0xd0, 0xce, 0xc4])],
    ["invalid_utf16", new Uint8Array([0xff, 0xfe, 0x41])],
    ["invalid_utf16", new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])],
    // UTF-16 without its BOM is valid UTF-8 full of NULs.
    ["control_characters", new Uint8Array(iconv.encode("项目,三级指标", "utf16le"))],
    ["control_characters", utf8("项目\u0000,三级指标")],
  ])("refuses with %s", (problem, bytes) => {
    expect(decodeTableBytes(bytes)).toEqual({ ok: false, problem })
  })
})

describe("table readers on GBK, UTF-16 and broken encodings", () => {
  const fail = <A, E>(effect: Effect.Effect<A, E>) => Effect.runPromise(Effect.flip(effect))

  it("reads a target table as GBK CSV, GBK text and UTF-16 CSV like its UTF-8 form", async () => {
    const csv = toCsv(seedRows(), "\r\n")
    for (const [file, bytes] of [
      ["gbk.csv", gbk(csv)],
      ["gbk.txt", gbk(seedText)],
      ["utf16.csv", utf16(csv, "utf16le")],
    ] as const) {
      const table = await Effect.runPromise(parseTable({ file, bytes }))
      expect(outline(table)).toEqual(outline(seedTable))
      expect(table.rejected).toEqual([])
    }
  })

  it("reads GBK actuals and budget sheets, quoted newlines and CRLF included", async () => {
    const actuals = await Effect.runPromise(
      parseActualsTable({ file: "a.csv", bytes: gbk(`${ACTUALS}U,企业服务,2,"满意度\r\n调查",96%\r\n`) }),
    )
    expect(actuals.rows.map((r) => [r.at.row, r.indicator, r.actual?.text])).toEqual([
      [2, "服务企业数量", "152家"],
      [3, "满意度\r\n调查", "96%"],
    ])
    const budget = await Effect.runPromise(
      parseBudgetTable({
        file: "b.csv",
        bytes: gbk("项目,全年预算数（万元）,全年执行数\r\n企业服务,120,118.5\r\n"),
      }),
    )
    expect([budget.amountUnit, budget.rows[0]?.planned?.text]).toEqual(["万元", "120"])
  })

  it("refuses an unreadable encoding with encoding_unsupported naming the file and the problem", async () => {
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2c, 0x31])
    const input = { file: "导出.csv", bytes }
    for (const read of [parseTable(input), parseActualsTable(input), parseBudgetTable(input)]) {
      expect(await fail<unknown, unknown>(read)).toMatchObject({
        code: "encoding_unsupported",
        file: "导出.csv",
        data: { detail: "unknown_encoding" },
      })
    }
  })
})

describe("decodeTablePrefix", () => {
  const title = "2024年度项目支出绩效目标表"
  it("reads a head cut anywhere, in every encoding the reader knows", () => {
    const encoded = [
      Buffer.from(title, "utf8"),
      iconv.encode(title, "gbk"),
      iconv.encode(title, "utf16le", { addBOM: true }),
      iconv.encode(title, "utf16be", { addBOM: true }),
    ]
    for (const bytes of encoded)
      for (let end = bytes.length - 5; end <= bytes.length; end++) {
        const text = decodeTablePrefix(new Uint8Array(bytes.subarray(0, end)))
        expect(text).not.toBeNull()
        expect(title.startsWith(text!)).toBe(true)
        expect(text!.length).toBeGreaterThanOrEqual(title.length - 3)
      }
  })
  it("is null for bytes that are not text", () => {
    expect(decodeTablePrefix(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBeNull()
  })
})
