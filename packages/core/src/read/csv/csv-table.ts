import { parse } from "csv-parse/sync"
import { Effect } from "effect"
import type { TableReadError } from "../../model/errors.ts"
import type { TargetTable } from "../../model/table.ts"
import { readRowTable } from "../row-table.ts"
import type { SheetRow } from "../sheet-rows.ts"
import { csvUnreadable, LineCount, numberedOptions, readerOptions } from "./csv-records.ts"

/**
 * Splits CSV text into rows, each numbered by the line it starts on (a quoted cell may span lines; any mix
 * of CRLF, LF and CR ends a line). A quote never closed fails with `csv_unreadable` at the line it opened.
 */
export const csvRows = (
  content: string,
  file: string,
): Effect.Effect<ReadonlyArray<SheetRow>, TableReadError> =>
  Effect.try({
    try: () => {
      const count = new LineCount()
      return (parse(content, readerOptions()) as string[][]).map((cells) => count.row(cells))
    },
    catch: (error) => {
      // Parsed again, numbering as it goes, to learn the line the unfinished record began on.
      const count = new LineCount()
      try {
        parse(content, numberedOptions(count))
      } catch {}
      return csvUnreadable(error, file, count)
    },
  })

/**
 * Reads a target table from CSV text: a header row (title rows above it are fine), then one indicator a row.
 * A CSV syntax error fails with `csv_unreadable` and the line it was found on.
 */
export const parseCsvTable = (content: string, file: string): Effect.Effect<TargetTable, TableReadError> =>
  Effect.flatMap(csvRows(content, file), (rows) => readRowTable(rows, { file, format: "csv" }))
