/**
 * What the two CSV readers (whole text: csv-table.ts; stream: csv-stream.ts) share: csv-parse's options,
 * the numbering of rows by the line they start on, and the error a syntax error becomes.
 */
import type { Options } from "csv-parse"
import { TableReadError } from "../../model/errors.ts"
import type { SheetRow } from "../sheet-rows.ts"

/**
 * Accepts a BOM, quoted newlines, stray quotes inside cells and rows of any length; `info` gives the line
 * count that numbers the rows. Any mix of CRLF, LF and CR ends a row: left to itself csv-parse settles the
 * line ending on the first line, so rows appended by a Unix tool to an Excel export (CRLF, then LF) were
 * glued into one record and their cells lost. CRLF comes first, so that it is one line ending, not two.
 * Rows longer than the header are refused by the readers ({@link shapeRejection}), not trimmed.
 * (The bench's baseline parses with the same options.)
 */
export const CSV_OPTIONS = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  info: true,
  record_delimiter: ["\r\n", "\n", "\r"],
} as const

/** A record as csv-parse gives it with `info`. */
export interface ParsedRecord {
  readonly record: string[]
  readonly info: { readonly lines: number }
}

/**
 * Writers that guard against formula injection (jixiao's own templates, OWASP advice) put a `'` before a
 * cell starting with = + - @ (and one more before a cell already starting with quotes before one): take
 * one off, so that a cell reads back as written.
 */
export const unguard = (cell: string): string =>
  // The first-character test spares the regular expression on nearly every cell (a hot path on big files).
  cell.charCodeAt(0) === 39 && /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell

/** Numbers rows as they are parsed, and knows the line the record being parsed starts on. */
export interface RowNumberer {
  /** The record as a row numbered by the line it starts on (for csv-parse's `on_record`). */
  readonly row: (parsed: ParsedRecord) => SheetRow
  /** The line the next record starts on: where a record that fails to end (a quote never closed) began. */
  readonly pending: () => number
}

/**
 * Turns records, in file order, into rows numbered by the line each starts on. csv-parse counts a CRLF
 * inside a quoted cell as two lines: the extra ones are taken back, so that every row after such a cell
 * keeps the line number an editor shows.
 */
export const rowNumberer = (): RowNumberer => {
  let next = 1
  let doubled = 0
  return {
    row: ({ record, info }) => {
      const cells = new Array<string>(record.length)
      for (let i = 0; i < record.length; i++) {
        const cell = record[i]!
        cells[i] = unguard(cell)
        if (cell.length > 1 && cell.includes("\r\n")) doubled += cell.split("\r\n").length - 1
      }
      const row = { row: next, cells }
      next = info.lines - doubled + 1
      return row
    },
    pending: () => next,
  }
}

/**
 * csv-parse's options with each record numbered as it is parsed (`on_record`), for a read that failed: it
 * knows the line its unfinished record began on. (csv-parse types `on_record` for plain records; with
 * `info` it is handed the record with its info, which is what {@link RowNumberer.row} takes.) Reads that
 * succeed number the records afterwards: `on_record` costs csv-parse a second info object per record.
 */
export const numberedOptions = (numberer: RowNumberer): Options => ({
  ...CSV_OPTIONS,
  record_delimiter: [...CSV_OPTIONS.record_delimiter],
  on_record: numberer.row as unknown as Options["on_record"],
})

/**
 * A csv-parse failure as `csv_unreadable` (data: `detail`), never with csv-parse's English message: a quote
 * still open at the end of the file is `quote_not_closed` at the line and column where its record began;
 * anything else keeps csv-parse's code as its detail, at the line csv-parse stopped on.
 */
export const csvUnreadable = (
  error: unknown,
  file: string,
  numberer: Pick<RowNumberer, "pending">,
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
