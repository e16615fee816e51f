import { Effect } from "effect"
import type ExcelJS from "exceljs"
import { TableReadError } from "../../model/errors.ts"
import type { TargetTable } from "../../model/table.ts"
import { type ColumnSchema, findHeader, TARGET_COLUMNS } from "../columns.ts"
import { readRowTable } from "../row-table.ts"
import type { RowSource, SheetRow } from "../sheet-rows.ts"
import { teachChineseFormats } from "./excel-formats.ts"
import { checkWorkbook, WORKBOOK_LIMITS } from "./workbook-limits.ts"

type Value = ExcelJS.CellValue | ExcelJS.CellFormulaValue["result"]

/** A time of day: Excel counts it from 1899-12-30, so a date before 1900 is a time, shown as `08:30`. */
const EXCEL_TIME_DAY = Date.UTC(1900, 0, 1)

/** A date as `YYYY-MM-DD`, a time of day as `HH:MM`; an invalid date (from a huge serial) as `""`. */
const dateText = (date: Date): string => {
  const time = date.getTime()
  if (Number.isNaN(time)) return ""
  const iso = date.toISOString()
  return time < EXCEL_TIME_DAY ? iso.slice(11, 16) : iso.slice(0, iso.indexOf("T"))
}

/** `0.95` shown as `95%`: the percent as written, without the float noise of `0.07 * 100`. */
const percent = (n: number): string => `${Number((n * 100).toPrecision(15))}%`

/**
 * The text a cell shows: rich text joined, a formula's cached result, a number as `String(n)` (as a
 * percent when the cell is formatted as one), a date as `YYYY-MM-DD` (a time of day as `HH:MM`). A merged cell
 * shows its master's value.
 */
export const cellText = (value: Value, numFmt?: string): string => {
  if (value === null || value === undefined) return ""
  if (typeof value === "number") return numFmt?.includes("%") ? percent(value) : String(value)
  if (typeof value === "string" || typeof value === "boolean") return String(value)
  if (value instanceof Date) return dateText(value)
  if ("richText" in value) return value.richText.map((r) => r.text).join("")
  if ("error" in value) return value.error
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result, numFmt)
  if ("text" in value) return cellText(value.text as Value, numFmt)
  return ""
}

/**
 * The rows of a sheet that exist in the file, each with its cells up to its last filled one (blank cells
 * in between as `""`). Rows and cells the file does not have are never created, so a lone value at
 * XFD1048576 costs one row of 16,384 cells, not a million rows. Fails when the cells read would pass the
 * cell limit (a sheet of many rows each with a value far to the right).
 */
const sheetRows = (
  sheet: ExcelJS.Worksheet,
  file: string,
  budget: { cells: number },
): Effect.Effect<ReadonlyArray<SheetRow>, TableReadError> => {
  const rows: SheetRow[] = []
  let breach = false
  sheet.eachRow((row, number) => {
    if (breach) return
    const cells: string[] = []
    row.eachCell((cell, column) => {
      const text = cellText(cell.value, cell.numFmt)
      if (text === "") return
      while (cells.length < column - 1) cells.push("")
      cells[column - 1] = text
    })
    budget.cells -= cells.length
    breach = budget.cells < 0
    rows.push({ row: number, cells })
  })
  if (!breach) return Effect.succeed(rows)
  const { cells: max } = WORKBOOK_LIMITS
  const data = { limit: "cells", max, found: max - budget.cells, entry: sheet.name }
  return Effect.fail(new TableReadError({ code: "xlsx_too_large", file, data }))
}

const unreadable = (file: string, reason: string) =>
  new TableReadError({ code: "xlsx_unreadable", file, data: { reason } })

/** Refuses a workbook over the limits before exceljs sees it (see {@link checkWorkbook}). */
const withinLimits = (bytes: Uint8Array, file: string): Effect.Effect<void, TableReadError> =>
  Effect.tryPromise({
    try: () => checkWorkbook(bytes),
    catch: (error) => unreadable(file, error instanceof Error ? error.message : String(error)),
  }).pipe(
    Effect.flatMap((check) => {
      if (check.ok) return Effect.void
      if ("reason" in check) return Effect.fail(unreadable(file, check.reason))
      const data = { ...check.breach }
      return Effect.fail(new TableReadError({ code: "xlsx_too_large", file, data }))
    }),
  )

/** Loads a workbook within the limits and reads the rows of its visible worksheets, in order. */
const visibleSheets = (
  bytes: Uint8Array,
  file: string,
): Effect.Effect<ReadonlyArray<{ name: string; rows: ReadonlyArray<SheetRow> }>, TableReadError> =>
  withinLimits(bytes, file).pipe(
    Effect.andThen(
      Effect.tryPromise({
        try: async () => {
          // Loaded on first use: exceljs is large and most runs read text or CSV, so start-up never pays for it.
          const { default: Excel } = await import("exceljs")
          teachChineseFormats()
          const workbook = new Excel.Workbook()
          await workbook.xlsx.load(bytes.slice().buffer) // JSZip reads an ArrayBuffer
          return workbook
        },
        catch: (error) => unreadable(file, error instanceof Error ? error.message : String(error)),
      }),
    ),
    Effect.flatMap((workbook) => {
      const budget = { cells: WORKBOOK_LIMITS.cells }
      const visible = workbook.worksheets.filter((s) => s.state === "visible")
      return Effect.forEach(visible, (s) =>
        Effect.map(sheetRows(s, file, budget), (rows) => ({ name: s.name, rows })),
      )
    }),
  )

/**
 * Hands `read` the first visible worksheet that has a header of the schema (when none has, the first
 * visible sheet, whose error then says what it lacks). Fails with `xlsx_unreadable` on bytes that are
 * not a readable workbook, and with `xlsx_too_large` (data: `limit`, `max`, `found`, `entry`) on one over
 * the {@link WORKBOOK_LIMITS}.
 */
export const readWorkbook = <A>(
  bytes: Uint8Array,
  file: string,
  schema: ColumnSchema,
  read: (rows: ReadonlyArray<SheetRow>, source: RowSource) => Effect.Effect<A, TableReadError>,
): Effect.Effect<A, TableReadError> =>
  Effect.flatMap(visibleSheets(bytes, file), (sheets) => {
    const chosen =
      sheets.find(
        (s) =>
          findHeader(
            s.rows.map((r) => r.cells),
            schema,
          ).ok,
      ) ?? sheets[0]
    if (!chosen) return Effect.fail(new TableReadError({ code: "empty_table", file }))
    return read(chosen.rows, { file, format: "xlsx", sheet: chosen.name })
  })

/** The visible worksheets that have a header of the schema, in order (a workbook of one sheet per unit). */
export const headedSheets = (
  bytes: Uint8Array,
  file: string,
  schema: ColumnSchema,
): Effect.Effect<
  ReadonlyArray<{ readonly name: string; readonly rows: ReadonlyArray<SheetRow> }>,
  TableReadError
> =>
  Effect.map(visibleSheets(bytes, file), (sheets) =>
    sheets.filter(
      (s) =>
        findHeader(
          s.rows.map((r) => r.cells),
          schema,
        ).ok,
    ),
  )

/**
 * Reads a target table from an .xlsx workbook: the first visible worksheet that has a header row
 * (when none has, the first visible sheet's error is returned). Cells are placed by sheet, row and column.
 * A file that is not a readable workbook fails with `xlsx_unreadable`.
 */
export const parseXlsxTable = (bytes: Uint8Array, file: string): Effect.Effect<TargetTable, TableReadError> =>
  readWorkbook(bytes, file, TARGET_COLUMNS, readRowTable)
