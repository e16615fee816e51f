import { parse } from "csv-parse/sync"
import { Effect } from "effect"
import { TableReadError } from "../model/errors.ts"
import type { TargetTable } from "../model/table.ts"
import { readRowTable } from "./row-table.ts"
import type { SheetRow } from "./sheet-rows.ts"

interface Parsed {
  readonly record: string[]
  readonly info: { readonly lines: number }
}

/** The line a CSV syntax error was found on, when csv-parse says. */
const errorLine = (error: unknown): number | undefined => {
  const lines = (error as { lines?: unknown } | null)?.lines
  return typeof lines === "number" ? lines : undefined
}

/**
 * Splits CSV text into rows, each numbered by the line it starts on (a quoted cell may span lines).
 * Accepts a BOM, CRLF, quoted newlines, stray quotes inside cells and rows of any length.
 */
/**
 * Writers that guard against formula injection (jixiao's own templates, OWASP advice) put a `'` before a
 * cell starting with = + - @ (and one more before a cell already starting with quotes before one): take
 * one off, so that a cell reads back as written.
 */
export const unguard = (cell: string): string =>
  // The first-character test spares the regular expression on nearly every cell (a hot path on big files).
  cell.charCodeAt(0) === 39 && /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell

export const csvRows = (
  content: string,
  file: string,
): Effect.Effect<ReadonlyArray<SheetRow>, TableReadError> =>
  Effect.try({
    try: () => {
      const options = { bom: true, relax_column_count: true, relax_quotes: true, info: true }
      const parsed = parse(content, options) as unknown as ReadonlyArray<Parsed>
      let next = 1
      // csv-parse counts a CRLF inside a quoted cell as two lines: take the extra ones back, so that
      // every row after such a cell keeps the line number an editor shows.
      let doubled = 0
      return parsed.map(({ record, info }) => {
        const row = { row: next, cells: record.map(unguard) }
        for (const cell of record) doubled += cell.split("\r\n").length - 1
        next = info.lines - doubled + 1
        return row
      })
    },
    catch: (error) => {
      const line = errorLine(error)
      const reason = error instanceof Error ? error.message : String(error)
      return new TableReadError({
        code: "csv_unreadable",
        file,
        ...(line === undefined ? {} : { row: line }),
        data: { reason },
      })
    },
  })

/**
 * Reads a target table from CSV text: a header row (title rows above it are fine), then one indicator a row.
 * A CSV syntax error fails with `csv_unreadable` and the line it was found on.
 */
export const parseCsvTable = (content: string, file: string): Effect.Effect<TargetTable, TableReadError> =>
  Effect.flatMap(csvRows(content, file), (rows) => readRowTable(rows, { file, format: "csv" }))
