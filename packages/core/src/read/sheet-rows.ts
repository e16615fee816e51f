import { Effect } from "effect"
import { TableReadError } from "../model/errors.ts"
import type { SourceRef } from "../model/source.ts"
import type { Cell, RowRejection, TableFormat } from "../model/table.ts"
import { type ColumnKey, type ColumnMap, type ColumnSchema, columnOf, findHeader } from "./columns.ts"
import { checkShapes } from "./row-shape.ts"

/** One row of a CSV file or worksheet: its 1-based number and its cells' text. */
export interface SheetRow {
  readonly row: number
  readonly cells: ReadonlyArray<string>
  /** Set below the header when the row's shape cannot be read (see row-shape.ts): readers list it as is. */
  readonly refused?: RowRejection
}

/** Where rows come from, for the places of their cells. */
export interface RowSource {
  readonly file: string
  readonly format: TableFormat
  readonly sheet?: string
}

/** A sheet split at its header: the rows above it, the header, and the data rows below it. */
export interface HeadedRows {
  readonly columns: ColumnMap
  readonly header: SheetRow
  /** Title rows (empty rows left out). */
  readonly above: ReadonlyArray<SheetRow>
  /**
   * Data rows: empty rows and repeats of the header (one on every printed page) left out; a CSV or text
   * row longer than the header, or one whose quote swallowed rows, carries `refused`.
   */
  readonly body: ReadonlyArray<SheetRow>
}

/**
 * Finds the header of a schema within the top 20 non-empty rows (title rows above it are fine).
 * Fails with `empty_table`, `no_header` (data: `expected`) or `missing_columns` (data: `missing`, `found`),
 * each with the sheet when there is one.
 */
export const locateHeader = (
  rows: ReadonlyArray<SheetRow>,
  source: RowSource,
  schema: ColumnSchema,
): Effect.Effect<HeadedRows, TableReadError> => {
  const { file, sheet } = source
  const data = rows.filter((r) => r.cells.some((c) => c.trim() !== ""))
  if (data.length === 0) return Effect.fail(new TableReadError({ code: "empty_table", file }))
  const header = findHeader(
    data.map((r) => r.cells),
    schema,
  )
  const where: Record<string, string> = sheet === undefined ? {} : { sheet }
  if (!header.ok && header.index === null) {
    const data0 = { expected: schema.required, ...where }
    return Effect.fail(new TableReadError({ code: "no_header", file, row: data[0]!.row, data: data0 }))
  }
  if (!header.ok) {
    const found = data[header.index]!.cells.map((c) => c.trim()).filter((c) => c !== "")
    const row = data[header.index]!.row
    const details = { missing: header.missing, found, ...where }
    return Effect.fail(new TableReadError({ code: "missing_columns", file, row, data: details }))
  }
  return Effect.succeed({
    columns: header.columns,
    header: data[header.index]!,
    above: data.slice(0, header.index),
    body: bodyRows(data.slice(header.index + 1), data[header.index]!, header.columns, source),
  })
}

/**
 * The data rows below a header, as both the whole-sheet and the streamed readers take them: repeats of the
 * header left out, the shape of each checked against the header's width.
 */
export const bodyRows = (
  rows: ReadonlyArray<SheetRow>,
  header: SheetRow,
  columns: ColumnMap,
  source: RowSource,
): ReadonlyArray<SheetRow> =>
  checkShapes(
    rows.filter((r) => !repeatsHeader(r.cells, columns)),
    header.cells.length,
    source,
  )

/**
 * A repeat of the header (printed on every page): every column of the header named again in its place.
 * Only that: a data row whose cells merely name some columns (a 偏差原因 that reads `偏差原因`) is data.
 */
export const repeatsHeader = (cells: ReadonlyArray<string>, columns: ColumnMap): boolean => {
  for (const [key, index] of columns) if (columnOfSeen(cells[index] ?? "") !== key) return false
  return true
}

// Every data row is checked, and its first column (the unit) takes few values: their columns are kept.
const seenColumns = new Map<string, ColumnKey | null>()

const columnOfSeen = (text: string): ColumnKey | null => {
  let key = seenColumns.get(text)
  if (key === undefined) {
    key = columnOf(text) ?? null
    if (seenColumns.size >= 4096) seenColumns.clear()
    seenColumns.set(text, key)
  }
  return key
}

/** The place of a row: file, row and sheet. */
export const rowPlace = (r: SheetRow, source: RowSource): SourceRef =>
  source.sheet === undefined
    ? { file: source.file, row: r.row }
    : { file: source.file, row: r.row, sheet: source.sheet }

/** Reads the cells of one data row by column. */
export interface RowCells {
  /** The trimmed text of a column with its place (column and span), or null when absent or empty. */
  readonly cell: (key: ColumnKey) => Cell | null
  /** The place of the first of these columns the table has (the row's place when none). */
  readonly place: (...keys: ColumnKey[]) => SourceRef
}

/** A cell's place: `base` plus column and span, built without a spread (a hot path on big tables). */
const cellPlace = (base: SourceRef, column: number, span: readonly [number, number]): SourceRef =>
  base.sheet === undefined
    ? { file: base.file, row: base.row, column, span }
    : { file: base.file, row: base.row, sheet: base.sheet, column, span }

/**
 * The cells of a data row, placed at `base` (file, row, sheet) plus their column and span. Each cell is
 * read once: readers ask for the same column several times. The cells read are kept by column index in
 * a small array (a Map per row was a tenth of what reading a big table allocates).
 */
export const rowCells = (columns: ColumnMap, r: SheetRow, base: SourceRef): RowCells => {
  const read: Array<Cell | null | undefined> = []
  return {
    cell: (key) => {
      const index = columns.get(key)
      if (index === undefined) return null
      const known = read[index]
      if (known !== undefined) return known
      const raw = r.cells[index] ?? ""
      const text = raw.trim()
      let cell: Cell | null = null
      if (text !== "") {
        const start = raw.length - raw.trimStart().length
        cell = { text, at: cellPlace(base, index + 1, [start, start + text.length]) }
      }
      read[index] = cell
      return cell
    },
    place: (...keys) => {
      const index = keys.map((k) => columns.get(k)).find((i) => i !== undefined)
      return index === undefined ? base : { ...base, column: index + 1 }
    },
  }
}
