/**
 * The candidate CSV parsers of `pnpm bench`'s parsers section on the reader's corner cases
 * (scripts/bench/parser-cases.ts): the cases are what jixiao's reader reads, csv-parse as the reader calls
 * it passes every one, the checker catches a parser that drops a row, and each candidate passes and fails
 * the cases that docs/performance.md ("Distance to the limit") says it does. A new version of a parser
 * that changes its verdicts fails here, until the table there is updated with it.
 */
import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import { CSV_OPTIONS } from "../../packages/core/src/read/csv/csv-records.js"
import { csvRows } from "../../packages/core/src/read/csv/csv-table.js"
import {
  CASES,
  checkParser,
  loadParser,
  PARSERS,
  type ParserAdapter,
  type ParserName,
  startLines,
} from "../../scripts/bench/parser-cases.ts"

/** The cases each candidate fails, as the table in docs/performance.md gives them. */
const FAILS: Record<ParserName, ReadonlyArray<string>> = {
  "csv-parse": [],
  udsv: [
    "mixed_line_endings",
    "short_rows",
    "long_rows",
    "empty_cells",
    "empty_line",
    "no_final_line_break",
    "quote_never_closed",
  ],
  papaparse: ["mixed_line_endings"],
  "csv-parser": ["escaped_quotes", "bom", "cr_rows", "mixed_line_endings", "quote_never_closed"],
  "d3-dsv": ["bom", "quote_never_closed"],
}

describe("the CSV corner cases", () => {
  it("are read by jixiao's reader as the cases say, each row numbered by the line it starts on", () => {
    for (const c of CASES) {
      const read = Effect.runSyncExit(csvRows(c.input, "t.csv"))
      if (c.rows === "error") {
        expect(Exit.isFailure(read), c.id).toBe(true)
        continue
      }
      if (!Exit.isSuccess(read)) throw new Error(`${c.id}: the reader failed`)
      expect(
        read.value.map((r) => r.cells),
        c.id,
      ).toEqual(c.rows)
      expect(
        read.value.map((r) => r.row),
        c.id,
      ).toEqual(startLines(c.rows))
    }
  })

  it("fail the reader on the quote never closed at the line and column it opened", () => {
    const c = CASES.find((x) => x.id === "quote_never_closed")!
    const error = Effect.runSync(Effect.flip(csvRows(c.input, "t.csv")))
    expect(error).toMatchObject({ code: "csv_unreadable", row: 3, column: 2 })
  })

  it("are put to csv-parse with the reader's very options", async () => {
    const adapter = (await loadParser("csv-parse")) as ParserAdapter & { options: unknown }
    expect(adapter.options).toEqual(CSV_OPTIONS)
  })

  it("catch a parser that loses the last row", async () => {
    const good = await loadParser("d3-dsv")
    const dropsLast: ParserAdapter = {
      ...good,
      parseStream: async (source, onRow) => {
        const rows: unknown[] = []
        await good.parseStream(source, (row) => rows.push(row))
        for (const row of rows.slice(0, -1)) onRow(row)
      },
    }
    const verdicts = await checkParser(dropsLast)
    expect(verdicts.filter((v) => v.pass).map((v) => v.id)).toEqual([])
  })
})

describe.each(PARSERS)("%s", (name) => {
  it("passes and fails the cases docs/performance.md says, fed whole and byte by byte", async () => {
    const verdicts = await checkParser(await loadParser(name))
    expect(verdicts.map((v) => v.id)).toEqual(CASES.map((c) => c.id))
    expect(verdicts.filter((v) => !v.pass).map((v) => v.id)).toEqual(FAILS[name])
  })
})
