/**
 * The CSV corner cases jixiao's reader handles, put to each candidate parser of `pnpm bench`'s parsers
 * section (scripts/bench/parsers/*.mjs), each fed whole and then one byte at a time after the first line
 * (a character, a CRLF or a `""` split between two chunks). A case passes when both feedings give exactly the rows csv-parse gives
 * with the reader's options (packages/core/src/read/csv/csv-records.ts), or, for the quote never closed,
 * when the parser fails. From the rows the reader numbers each row by the line it starts on (one more than
 * the line breaks before it, a CRLF counting once), so a parser that keeps every row, empty lines included,
 * and every line break inside a cell also gives the reader its line numbers.
 */

import { resolve } from "node:path"
import { Readable } from "node:stream"
import { pathToFileURL } from "node:url"

/** The candidates, csv-parse first (the reference: it passes every case). */
export const PARSERS = ["csv-parse", "udsv", "papaparse", "csv-parser", "d3-dsv"] as const
export type ParserName = (typeof PARSERS)[number]

/** What scripts/bench/parsers/NAME.mjs exports. */
export interface ParserAdapter {
  readonly name: ParserName
  /** False for a parser that takes the whole text at once (d3-dsv). */
  readonly streaming: boolean
  readonly parseStream: (source: Readable, onRow: (row: unknown) => void) => Promise<void>
  /** The cells of a row as the parser handed it to `onRow`. */
  readonly cells: (row: unknown) => ReadonlyArray<string>
  /** Where a failure says it happened, in the parser's own terms. */
  readonly at: (error: unknown) => Record<string, unknown>
}

/** Loads a candidate's adapter (from the repository root, where the bench and the tests run). */
export const loadParser = async (name: ParserName): Promise<ParserAdapter> =>
  (await import(pathToFileURL(resolve("scripts/bench/parsers", `${name}.mjs`)).href)) as ParserAdapter

/** One corner case: a file's text and the rows the reader reads from it (or none: it must fail). */
export interface ParserCase {
  readonly id: string
  readonly input: string
  readonly rows: ReadonlyArray<ReadonlyArray<string>> | "error"
}

const HEADER = "项目,三级指标,年度指标值"

/** The corner cases, in the order the table in docs/performance.md lists them. */
export const CASES: ReadonlyArray<ParserCase> = [
  {
    id: "quoted_comma",
    input: `${HEADER}\r\nP,"N,1","1,000家"\r\n`,
    rows: [HEADER.split(","), ["P", "N,1", "1,000家"]],
  },
  {
    id: "escaped_quotes",
    input: `${HEADER}\r\nP,"说""是""",""""\r\n`,
    rows: [HEADER.split(","), ["P", '说"是"', '"']],
  },
  {
    id: "lf_in_quoted_lf_file",
    input: `${HEADER}\nP,"第一行\n第二行",1\nP,M,2\n`,
    rows: [HEADER.split(","), ["P", "第一行\n第二行", "1"], ["P", "M", "2"]],
  },
  {
    id: "crlf_in_quoted_crlf_file",
    input: `${HEADER}\r\nP,"第一行\r\n第二行",1\r\nP,M,2\r\n`,
    rows: [HEADER.split(","), ["P", "第一行\r\n第二行", "1"], ["P", "M", "2"]],
  },
  {
    // Excel's own export: rows end in CRLF, a line break typed in a cell (Alt+Enter) is a bare LF.
    id: "lf_in_quoted_crlf_file",
    input: `${HEADER}\r\nP,"第一行\n第二行",1\r\nP,M,2\r\n`,
    rows: [HEADER.split(","), ["P", "第一行\n第二行", "1"], ["P", "M", "2"]],
  },
  {
    id: "bom",
    input: `\uFEFF${HEADER}\r\nP,M,1\r\n`,
    rows: [HEADER.split(","), ["P", "M", "1"]],
  },
  {
    id: "crlf_rows",
    input: `${HEADER}\r\nP,M,1\r\nP,K,\r\n`,
    rows: [HEADER.split(","), ["P", "M", "1"], ["P", "K", ""]],
  },
  {
    id: "cr_rows",
    input: `${HEADER}\rP,M,1\rP,K,2\r`,
    rows: [HEADER.split(","), ["P", "M", "1"], ["P", "K", "2"]],
  },
  {
    // Rows appended by a Unix tool to an Excel export (issue #15).
    id: "mixed_line_endings",
    input: `${HEADER}\r\nP,A,1\r\nP,B,2\nP,C,3\rP,D,4\n`,
    rows: [HEADER.split(","), ["P", "A", "1"], ["P", "B", "2"], ["P", "C", "3"], ["P", "D", "4"]],
  },
  {
    id: "short_rows",
    input: `${HEADER}\r\nP,N\r\nP\r\nP,M,1\r\n`,
    rows: [HEADER.split(","), ["P", "N"], ["P"], ["P", "M", "1"]],
  },
  {
    // The reader refuses such a row at its first extra cell (extra_cells), so the cells must stay apart.
    id: "long_rows",
    input: `${HEADER}\r\nP,M,1,000家\r\nP,K,2\r\n`,
    rows: [HEADER.split(","), ["P", "M", "1", "000家"], ["P", "K", "2"]],
  },
  {
    // A stray quote inside an unquoted cell is text (relax_quotes).
    id: "stray_quote",
    input: `${HEADER}\r\nP,说"是",1\r\n`,
    rows: [HEADER.split(","), ["P", '说"是"', "1"]],
  },
  {
    id: "empty_cells",
    input: `${HEADER}\r\n,M,\r\n"",,"  "\r\n`,
    rows: [HEADER.split(","), ["", "M", ""], ["", "", "  "]],
  },
  {
    // An empty line is a row of one empty cell: dropping it would shift every later row's line number.
    id: "empty_line",
    input: `${HEADER}\r\n\r\nP,M,1\r\n`,
    rows: [HEADER.split(","), [""], ["P", "M", "1"]],
  },
  {
    id: "no_final_line_break",
    input: `${HEADER}\r\nP,M`,
    rows: [HEADER.split(","), ["P", "M"]],
  },
  {
    // The reader reports csv_unreadable at line 3, column 2 (where the quote opened).
    id: "quote_never_closed",
    input: `${HEADER}\r\nP,N,1\r\nP,"M,2\r\nP,K,3\nP,L,4\n`,
    rows: "error",
  },
]

/**
 * The line each row starts on, from the rows alone: one more than the line breaks before it (each row's
 * own, and those inside its cells, a CRLF counting once). What the reader numbers rows by, so a parser
 * that keeps every row and every line break in a cell needs no line count of its own.
 */
export const startLines = (rows: ReadonlyArray<ReadonlyArray<string>>): ReadonlyArray<number> => {
  let line = 1
  return rows.map((cells) => {
    const at = line
    line += 1 + cells.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0)
    return at
  })
}

/** How one feeding of a case went. */
export type Outcome =
  | { readonly kind: "rows"; readonly rows: ReadonlyArray<ReadonlyArray<string>> }
  | { readonly kind: "error"; readonly at: Record<string, unknown> }

/** A case's verdict for one parser: passed, or the first outcome that differed from the reader's. */
export interface Verdict {
  readonly id: string
  readonly pass: boolean
  readonly whole: Outcome
  readonly byByte: Outcome
}

// An empty line is one empty cell to csv-parse and no cell at all to some parsers: the same row.
const normal = (cells: ReadonlyArray<string>): ReadonlyArray<string> => (cells.length === 0 ? [""] : cells)

const run = async (parser: ParserAdapter, chunks: ReadonlyArray<Buffer>): Promise<Outcome> => {
  const rows: Array<ReadonlyArray<string>> = []
  try {
    await parser.parseStream(Readable.from(chunks, { objectMode: false }), (row) => {
      rows.push(normal([...parser.cells(row)]))
    })
    return { kind: "rows", rows }
  } catch (error) {
    return { kind: "error", at: parser.at(error) }
  }
}

const matches = (outcome: Outcome, expected: ParserCase["rows"]): boolean =>
  expected === "error"
    ? outcome.kind === "error"
    : outcome.kind === "rows" && JSON.stringify(outcome.rows) === JSON.stringify(expected)

/** Every case put to one parser, fed whole and one byte at a time. */
export const checkParser = async (parser: ParserAdapter): Promise<ReadonlyArray<Verdict>> => {
  const verdicts: Verdict[] = []
  for (const c of CASES) {
    const bytes = Buffer.from(c.input, "utf8")
    const whole = await run(parser, [bytes])
    // The first chunk holds the first line and the byte after its line break, as a 64 KB chunk would:
    // Papa Parse settles the line ending on the first chunk, and one byte cannot show it.
    const first = Math.min(bytes.length, bytes.findIndex((b) => b === 10 || b === 13) + 2)
    const byByte = await run(parser, [
      bytes.subarray(0, first),
      ...Array.from(bytes.subarray(first), (_, i) => bytes.subarray(first + i, first + i + 1)),
    ])
    verdicts.push({ id: c.id, pass: matches(whole, c.rows) && matches(byByte, c.rows), whole, byByte })
  }
  return verdicts
}
