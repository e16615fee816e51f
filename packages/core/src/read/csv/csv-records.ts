/**
 * What the two CSV readers (whole text: csv-table.ts; stream: csv-stream.ts) share: csv-parse's options,
 * the numbering of rows by the line they start on, and the error a syntax error becomes.
 */
import type { Options } from "csv-parse"
import { TableReadError } from "../../model/errors.ts"
import type { SheetRow } from "../sheet-rows.ts"

/**
 * Accepts a BOM, quoted newlines, stray quotes inside cells and rows of any length. Any mix of CRLF, LF and CR ends a row: left to itself csv-parse settles the
 * line ending on the first line, so rows appended by a Unix tool to an Excel export (CRLF, then LF) were
 * glued into one record and their cells lost. CRLF comes first, so that it is one line ending, not two.
 * Rows longer than the header are refused by the readers ({@link shapeRejection}), not trimmed.
 * (The bench's baseline parses with these options, `info` included, as the readers did before they
 * numbered rows from the cells: {@link readerOptions} turns it off.)
 */
export const CSV_OPTIONS = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  info: true,
  record_delimiter: ["\r\n", "\n", "\r"],
} as const

/**
 * Writers that guard against formula injection (jixiao's own templates, OWASP advice) put a `'` before a
 * cell starting with = + - @ (and one more before a cell already starting with quotes before one): take
 * one off, so that a cell reads back as written.
 */
export const unguard = (cell: string): string =>
  // The first-character test spares the regular expression on nearly every cell (a hot path on big files).
  cell.charCodeAt(0) === 39 && /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell

const LINE_BREAKS = /\r\n|\r|\n/g

/**
 * Numbers records, in file order, as rows by the line each starts on: one more than the line breaks
 * before it, its own and those inside its cells, a CRLF counting once (csv-parse's `info` counts a CRLF
 * inside a quoted cell as two lines, so the readers count from the cells, with `info` off). Both readers
 * (whole text, stream) and both parsers (csv-parse, Papa Parse) number rows here.
 */
export class LineCount {
  /** The line the next record starts on: where a record that fails to end (a quote never closed) began. */
  private next = 1

  pending(): number {
    return this.next
  }

  /**
   * The cells as a row at the next line, unguarded in place. `quoted` false: the text they came from held
   * no quote, so no cell holds a line break (a hot path spared).
   */
  row(cells: string[], quoted = true): SheetRow {
    const row = { row: this.next, cells }
    let breaks = 0
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!
      if (cell.charCodeAt(0) === 39) cells[i] = unguard(cell)
      if (quoted && cell.length > 0 && (cell.includes("\n") || cell.includes("\r")))
        breaks += cell.match(LINE_BREAKS)!.length
    }
    this.next += 1 + breaks
    return row
  }
}

/** The readers' csv-parse options: {@link CSV_OPTIONS} with `info` off (rows are numbered by {@link LineCount}). */
export const readerOptions = (): Options => ({
  ...CSV_OPTIONS,
  info: false,
  record_delimiter: [...CSV_OPTIONS.record_delimiter],
})

/**
 * The readers' options with each record numbered as it is parsed (`on_record`), for a read that failed: it
 * knows the line its unfinished record began on. Reads that succeed number the records afterwards.
 */
export const numberedOptions = (count: LineCount): Options => ({
  ...readerOptions(),
  on_record: (record: string[]) => {
    count.row(record)
    return record
  },
})

/**
 * A csv-parse failure as `csv_unreadable` (data: `detail`), never with csv-parse's English message: a quote
 * still open at the end of the file is `quote_not_closed` at the line and column where its record began;
 * anything else keeps csv-parse's code as its detail, at the line csv-parse stopped on.
 */
export const csvUnreadable = (
  error: unknown,
  file: string,
  numberer: Pick<LineCount, "pending">,
): TableReadError => {
  if (error instanceof TableReadError) return error
  const { code, lines, column } = (error ?? {}) as { code?: unknown; lines?: unknown; column?: unknown }
  if (code === "CSV_QUOTE_NOT_CLOSED") {
    const at = typeof column === "number" ? { column: column + 1 } : {}
    const data = { detail: "quote_not_closed" }
    return new TableReadError({ code: "csv_unreadable", file, row: numberer.pending(), ...at, data })
  }
  return new TableReadError({
    code: "csv_unreadable",
    file,
    ...(typeof lines === "number" ? { row: lines } : {}),
    data: { detail: typeof code === "string" ? code : "unknown" },
  })
}
