/**
 * The streamed CSV readers against the whole-file ones (issue #15): the same rows, the same rejections and
 * the same failures, whatever the line endings and wherever the chunks are cut.
 */
import { Effect } from "effect"
import iconv from "iconv-lite"
import { describe, expect, it } from "vitest"
import type { TableReadError } from "../../model/errors.ts"
import { parseActualsTable } from "../actuals-table.ts"
import { parseBudgetTable } from "../budget-table.ts"
import { csvRows } from "../csv/csv-table.ts"
import { parseTable } from "../parse-table.ts"
import { streamActualRows } from "./actual-stream.ts"
import { streamBudgetRows } from "./budget-stream.ts"
import { csvRowBatches } from "./csv-stream.ts"

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

const streamedRows = async (text: string, size: number) => {
  const rows = []
  for await (const batch of csvRowBatches(chunked(utf8(text), size), "t.csv")) rows.push(...batch)
  return rows
}

const failure = async (run: () => Promise<unknown>) => {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error("expected a failure")
}

const ENDINGS = ["\r\n", "\n", "\r"] as const
/** Lines joined by line endings that change along the file (CRLF first, then LF and CR). */
const mixed = (lines: ReadonlyArray<string>, shift = 0) =>
  lines.map((l, i) => l + ENDINGS[Math.floor((i + shift) / 2) % 3]).join("")

const ACTUALS = [
  "单位,项目,序号,实际完成值,偏差原因",
  "U,P,1,152家,",
  "U,P,2,1,000家,", // an unquoted comma: one cell too many
  'U,P,3,"95%\r\n（全年）",',
  "U,P,4,20次,",
  'U,P,5,"达成,', // a quote left open, closed by the next cell that starts with one
  "U,P,6,30人,",
  'U,P,7,"12台",',
  "U,P,8,5个,,", // an empty cell too many: refused too
]

describe("csvRowBatches", () => {
  it("gives the rows and numbers of the whole-file reader, with any mix of line endings, cut anywhere", async () => {
    for (const shift of [0, 1, 2]) {
      const text = mixed(ACTUALS, shift)
      const whole = Effect.runSync(csvRows(text, "t.csv"))
      expect(whole.map((r) => r.row)).toEqual([1, 2, 3, 4, 6, 7, 10])
      for (const size of [1, 2, 3, 7, 64, 1 << 16]) expect(await streamedRows(text, size)).toEqual(whole)
    }
  })

  it("fails on a quote never closed at the line and column it opened, as the whole-file reader does", async () => {
    const text = mixed(["项目,三级指标,年度指标值", "P,A,1", 'P,"B,2', "P,C,3", "P,D,4"])
    const whole = Effect.runSync(Effect.flip(csvRows(text, "t.csv")))
    expect(whole).toMatchObject({
      code: "csv_unreadable",
      row: 3,
      column: 2,
      data: { detail: "quote_not_closed" },
    })
    for (const size of [1, 5, 1 << 16]) expect(await failure(() => streamedRows(text, size))).toEqual(whole)
  })

  it("refuses a NUL byte as the whole-file readers do (issue #15)", async () => {
    const text = "项目,三级指标,年度指标值\nP,A,1\nP,B\u0000,2\n"
    const streamed = await failure(() => streamedRows(text, 1 << 16))
    expect(streamed).toMatchObject({ code: "encoding_unsupported", data: { detail: "control_characters" } })
    const bytes = utf8(text)
    const reads: ReadonlyArray<Effect.Effect<unknown, TableReadError>> = [
      parseTable({ file: "t.csv", bytes }),
      parseActualsTable({ file: "t.csv", bytes }),
      parseBudgetTable({ file: "t.csv", bytes }),
    ]
    for (const read of reads) {
      expect(await Effect.runPromise(Effect.flip(read))).toMatchObject({
        code: "encoding_unsupported",
        data: { detail: "control_characters" },
      })
    }
  })
})

describe("streamed actuals and budget rows", () => {
  it("read and reject the rows the whole-sheet readers read and reject (too many cells, a quote left open)", async () => {
    const text = mixed(ACTUALS)
    const table = await Effect.runPromise(parseActualsTable({ file: "t.csv", bytes: utf8(text) }))
    const streamed = []
    const batches = csvRowBatches(chunked(utf8(text), 5), "t.csv")
    for await (const rows of streamActualRows(batches, { file: "t.csv", format: "csv" }))
      streamed.push(...rows)
    expect(table.rows.map((r) => [r.at.row, r.no, r.actual?.text])).toEqual([
      [2, 1, "152家"],
      [4, 3, "95%\r\n（全年）"],
      [6, 4, "20次"],
    ])
    expect(table.rejected).toEqual([
      { code: "extra_cells", at: { file: "t.csv", row: 3, column: 6 }, data: { cells: 6, header: 5 } },
      { code: "unclosed_quote", at: { file: "t.csv", row: 7, column: 4 }, data: { opened: 7, through: 9 } },
      { code: "extra_cells", at: { file: "t.csv", row: 10, column: 6 }, data: { cells: 6, header: 5 } },
    ])
    expect(streamed).toEqual([...table.rows, ...table.rejected].sort((a, b) => a.at.row - b.at.row))
  })

  it("budget sheets in GBK and UTF-16 read their rows whatever the line endings (issue #15)", async () => {
    const lines = [
      "单位,项目,全年预算数,全年执行数",
      "U,甲,100,90",
      "U,乙,50,50",
      "U,丙,80,60",
      "U,丁,10,1,5",
      "U,戊,1,1",
    ]
    const text = mixed(lines)
    for (const bytes of [
      new Uint8Array(iconv.encode(text, "gbk")),
      new Uint8Array(iconv.encode(text, "utf16le", { addBOM: true })),
    ]) {
      const table = await Effect.runPromise(parseBudgetTable({ file: "b.csv", bytes }))
      expect(table.rows.map((r) => [r.at.row, r.project])).toEqual([
        [2, "甲"],
        [3, "乙"],
        [4, "丙"],
        [6, "戊"],
      ])
      expect(table.rejected).toMatchObject([{ code: "extra_cells", at: { row: 5, column: 5 } }])
    }
    const { rows } = await streamBudgetRows(csvRowBatches(chunked(utf8(text), 3), "b.csv"), {
      file: "b.csv",
      format: "csv",
    })
    const streamed = []
    for await (const batch of rows) streamed.push(...batch)
    expect(streamed.map((r) => ("code" in r ? r.code : r.project))).toEqual([
      "甲",
      "乙",
      "丙",
      "extra_cells",
      "戊",
    ])
  })
})
