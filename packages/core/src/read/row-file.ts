import { Effect } from "effect"
import { TableReadError } from "../model/errors.ts"
import type { ColumnSchema } from "./columns.ts"
import { csvRows } from "./csv/csv-table.ts"
import type { RowSource, SheetRow } from "./sheet-rows.ts"
import { decodeTableBytes } from "./text/text-encoding.ts"
import { readWorkbook } from "./xlsx/xlsx-table.ts"

/** The bytes of a table file, read by the caller (core never touches the file system). */
export interface TableInput {
  readonly file: string
  readonly bytes: Uint8Array
}

/** `PK\x03\x04`: a zip archive, which an .xlsx workbook is. */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/** The lower-case extension of a file name with its dot (`.csv`), or `""`. */
export const extension = (file: string): string => {
  const name = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1)
  const dot = name.lastIndexOf(".")
  return dot <= 0 ? "" : name.slice(dot).toLowerCase()
}

/**
 * The text of a table file: UTF-8 (a BOM is fine), UTF-16 with a BOM, or GBK/GB18030 (see
 * {@link decodeTableBytes}). Anything else fails with `encoding_unsupported` (data: `detail`),
 * blank text with `empty_table`.
 */
export const decodeText = (input: TableInput): Effect.Effect<string, TableReadError> => {
  const decoded = decodeTableBytes(input.bytes)
  if (!decoded.ok) {
    const data = { detail: decoded.problem }
    return Effect.fail(new TableReadError({ code: "encoding_unsupported", file: input.file, data }))
  }
  return decoded.text.trim() === ""
    ? Effect.fail(new TableReadError({ code: "empty_table", file: input.file }))
    : Effect.succeed(decoded.text)
}

/** Tab-separated lines as rows (CRLF accepted), numbered from 1. */
export const tabRows = (text: string): ReadonlyArray<SheetRow> =>
  text.split(/\r?\n/).map((line, index) => ({ row: index + 1, cells: line.split("\t") }))

/**
 * Reads the rows of a row-form file and hands them to `read`: `.xlsx` (or any zip archive; the first
 * visible sheet with a header of the schema), `.csv`, and `.txt`/`.tsv` as tab-separated rows.
 * Any other extension fails with `unsupported_format`.
 */
export const readRowFile = <A>(
  input: TableInput,
  schema: ColumnSchema,
  read: (rows: ReadonlyArray<SheetRow>, source: RowSource) => Effect.Effect<A, TableReadError>,
): Effect.Effect<A, TableReadError> => {
  const { file } = input
  const ext = extension(file)
  if (ext === ".xlsx" || isZip(input.bytes)) return readWorkbook(input.bytes, file, schema, read)
  if (ext === ".csv") {
    return decodeText(input).pipe(
      Effect.flatMap((text) => csvRows(text, file)),
      Effect.flatMap((rows) => read(rows, { file, format: "csv" })),
    )
  }
  if (ext === ".txt" || ext === ".tsv") {
    return Effect.flatMap(decodeText(input), (text) => read(tabRows(text), { file, format: "text" }))
  }
  return Effect.fail(new TableReadError({ code: "unsupported_format", file, data: { extension: ext } }))
}
