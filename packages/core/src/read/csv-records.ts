/**
 * What the two CSV readers (whole text: csv-table.ts; stream: csv-stream.ts) share: csv-parse's options,
 * the numbering of rows by the line they start on, and the error a syntax error becomes.
 */
import { TableReadError } from "../model/errors.ts"
import type { SheetRow } from "./sheet-rows.ts"

/**
 * Accepts a BOM, CRLF, quoted newlines, stray quotes inside cells and rows of any length; `info` gives the
 * line count that numbers the rows. (The bench's baseline parses with the same options.)
 */
export const CSV_OPTIONS = { bom: true, relax_column_count: true, relax_quotes: true, info: true } as const

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

/**
 * Turns records, in file order, into rows numbered by the line each starts on. csv-parse counts a CRLF
 * inside a quoted cell as two lines: the extra ones are taken back, so that every row after such a cell
 * keeps the line number an editor shows.
 */
export const rowNumberer = (): ((parsed: ParsedRecord) => SheetRow) => {
  let next = 1
  let doubled = 0
  return ({ record, info }) => {
    const cells = new Array<string>(record.length)
    for (let i = 0; i < record.length; i++) {
      const cell = record[i]!
      cells[i] = unguard(cell)
      if (cell.length > 1 && cell.includes("\r\n")) doubled += cell.split("\r\n").length - 1
    }
    const row = { row: next, cells }
    next = info.lines - doubled + 1
    return row
  }
}

/** A csv-parse failure as `csv_unreadable`, with the line it was found on when csv-parse says. */
export const csvUnreadable = (error: unknown, file: string): TableReadError => {
  if (error instanceof TableReadError) return error
  const lines = (error as { lines?: unknown } | null)?.lines
  const reason = error instanceof Error ? error.message : String(error)
  return new TableReadError({
    code: "csv_unreadable",
    file,
    ...(typeof lines === "number" ? { row: lines } : {}),
    data: { reason },
  })
}
