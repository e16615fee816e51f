/**
 * The fast way through a streamed CSV (Papa Parse, papa-segments.ts) against csv-parse with the reader's
 * options (the whole-file reader, csv-table.ts): the same rows, the same line numbers, the same failures,
 * on any text cut anywhere; and the fast way is taken on the plain files it is for.
 */
import { Effect } from "effect"
import fc from "fast-check"
import iconv from "iconv-lite"
import { describe, expect, it } from "vitest"
import { csvRows } from "../csv/csv-table.ts"
import { decodeTableBytes } from "../text/text-encoding.ts"
import { csvRowBatches } from "./csv-stream.ts"
import { firstLineEnding, PapaSegments, papaReadsAlike } from "./papa-segments.ts"

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

async function* chunked(bytes: Uint8Array, sizes: ReadonlyArray<number>): AsyncGenerator<Uint8Array> {
  let at = 0
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!
    yield bytes.subarray(at, at + size)
    at += size
  }
}

/** What a reading gives: its rows, or its failure's code, place and detail. */
const streamed = async (text: string, sizes: ReadonlyArray<number>) => {
  try {
    const rows = []
    for await (const batch of csvRowBatches(chunked(utf8(text), sizes), "t.csv")) rows.push(...batch)
    return { rows }
  } catch (error) {
    return { error }
  }
}

const whole = (text: string) =>
  Effect.runSync(
    Effect.match(csvRows(text, "t.csv"), {
      onSuccess: (rows) => ({ rows }),
      onFailure: (error) => ({ error }),
    }),
  )

// The characters where the two parsers could part: quotes, commas, every line ending, blanks, a guard quote.
const PIECES = ["a", "中", ",", '"', '""', "\r\n", "\n", "\r", " ", "\u3000", "'=", "1"]
const anyText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(""))

// Well-formed CSV of one line ending, the fast way's own ground (quoted cells with commas, quotes, breaks).
const cell = fc.oneof(
  fc.constantFrom("", "a", "中文", "1,000家", "≥12万", "'=1"),
  fc.constantFrom("a,b", '说"是"', "第一行\n第二行", "x\r\ny").map((c) => `"${c.replaceAll('"', '""')}"`),
)
const plainFile = fc
  .tuple(
    fc.constantFrom("\r\n", "\n", "\r"),
    fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
    fc.boolean(),
  )
  .map(([ending, rows, last]) => {
    const lines = rows.map((cells) => cells.join(","))
    // A quoted line break of another kind than the file's sends the file to csv-parse: that is fine too.
    return lines.join(ending) + (last ? ending : "")
  })

const sizes = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 })

describe("csvRowBatches through Papa Parse", () => {
  it("reads any text as csv-parse does, rows, line numbers and failures alike, cut anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, plainFile), sizes, async (text, cut) => {
        expect(await streamed(text, cut)).toEqual(whole(text))
        expect(await streamed(text, [1 << 16])).toEqual(whole(text))
      }),
      { numRuns: 600 },
    )
  })

  it("reads the corner cases as csv-parse does", async () => {
    for (const text of [
      'a,"b" ,c\n', // blanks after a closing quote: csv-parse keeps them and the quotes
      'a,"b"x,c\nd\n', // text after a closing quote
      'a,"b""\n', // a quote never closed
      'x\r\n"a\nb"\r\n', // a LF inside a CRLF file (Excel's Alt+Enter)
      "x\r\ny\r", // a CR at the very end
      "\uFEFFa,b\r\n",
      "a,b\r\nc,d\ne\rf",
    ])
      for (const cut of [[1], [2], [3], [1 << 16]]) expect(await streamed(text, cut)).toEqual(whole(text))
  })

  it("takes as many U+FEFF off the start as the whole-file reader, in every encoding, and none later", async () => {
    const streamBytes = async (bytes: Uint8Array, size: number) => {
      const rows = []
      for await (const batch of csvRowBatches(chunked(bytes, [size]), "t.csv")) rows.push(...batch)
      return rows
    }
    const wholeBytes = (bytes: Uint8Array) => {
      const decoded = decodeTableBytes(bytes)
      if (!decoded.ok) throw new Error(decoded.problem)
      return Effect.runSync(csvRows(decoded.text, "t.csv"))
    }
    const encodings: ReadonlyArray<(text: string) => Uint8Array> = [
      (text) => utf8(`\uFEFF${text}`),
      (text) => new Uint8Array(iconv.encode(text, "utf16le", { addBOM: true })),
      (text) => new Uint8Array(iconv.encode(text, "gb18030")),
    ]
    for (const boms of ["", "\uFEFF", "\uFEFF\uFEFF", "\uFEFF\uFEFF\uFEFF"])
      for (const body of ["项目,指标\r\nP,M\r\n", "项目,指标\r\n\uFEFFP,M\nQ,N\r\n"])
        for (const encode of encodings) {
          const bytes = encode(boms + body)
          for (const size of [3, 1 << 16]) expect(await streamBytes(bytes, size)).toEqual(wholeBytes(bytes))
        }
    // csv-parse taking over at a row that starts with U+FEFF keeps it (a second export appended to a first).
    expect(await streamed("a\r\n\uFEFFb\n", [3, 1 << 16])).toEqual(whole("a\r\n\uFEFFb\n"))
  })

  it("takes the fast way on plain files of one line ending, quoted cells included", () => {
    for (const ending of ["\r\n", "\n", "\r"] as const) {
      const segments = new PapaSegments()
      const text =
        ["单位,项目,年度指标值", 'U,"P,1",≥12万', 'U,P,"说""是"""', "U,P,'=1"].join(ending) + ending
      const rows: string[][] = []
      for (const ch of text) rows.push(...(segments.push(ch) ?? [["null"]]))
      expect([...rows, ...(segments.end() ?? [["null"]])]).toEqual([
        ["单位", "项目", "年度指标值"],
        ["U", "P,1", "≥12万"],
        ["U", "P", '说"是"'],
        ["U", "P", "'=1"],
      ])
      expect(segments.rest()).toBe("")
    }
  })

  it("leaves to csv-parse what Papa reads otherwise", () => {
    expect(firstLineEnding("a\r")).toBeNull()
    expect(firstLineEnding("a\r\nb")).toBe("\r\n")
    expect(firstLineEnding("a\rb\n")).toBe("\r")
    expect(papaReadsAlike("a\r\nb\nc", "\r\n")).toBe(false)
    expect(papaReadsAlike("a\nb\rc", "\n")).toBe(false)
    expect(papaReadsAlike('a,"b" ,c', "\n")).toBe(false)
    expect(papaReadsAlike('a,"b",c\r\nd', "\r\n")).toBe(true)
    const segments = new PapaSegments()
    expect(segments.push("a,b\r\nc,d\n")).toBeNull()
    expect(segments.rest()).toBe("a,b\r\nc,d\n")
  })
})
