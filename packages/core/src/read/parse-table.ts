import { Effect } from "effect"
import { TableReadError } from "../model/errors.ts"
import type { TargetTable } from "../model/table.ts"
import { parseCsvTable } from "./csv-table.ts"
import { parseTextTable } from "./text-table.ts"
import { parseXlsxTable } from "./xlsx-table.ts"

/** The bytes of a table file, read by the caller (core never touches the file system). */
export interface TableInput {
  readonly file: string
  readonly bytes: Uint8Array
}

/** `PK\x03\x04`: a zip archive, which an .xlsx workbook is. */
const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

const extension = (file: string): string => {
  const name = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1)
  const dot = name.lastIndexOf(".")
  return dot <= 0 ? "" : name.slice(dot).toLowerCase()
}

/** UTF-8 text (a BOM is fine); anything else fails with `encoding_unsupported`. */
const decode = (input: TableInput): Effect.Effect<string, TableReadError> =>
  Effect.try({
    try: () =>
      new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(input.bytes).replace(/^\uFEFF/, ""),
    catch: () =>
      new TableReadError({ code: "encoding_unsupported", file: input.file, data: { expected: "UTF-8" } }),
  }).pipe(
    Effect.flatMap((text) =>
      text.trim() === ""
        ? Effect.fail(new TableReadError({ code: "empty_table", file: input.file }))
        : Effect.succeed(text),
    ),
  )

/**
 * Reads a target table from a file's bytes, choosing the reader by extension: `.txt`/`.tsv` (the
 * published text form), `.csv`, `.xlsx`. A zip archive is read as .xlsx whatever its name; any other
 * extension fails with `unsupported_format`.
 */
export const parseTable = (input: TableInput): Effect.Effect<TargetTable, TableReadError> => {
  const ext = extension(input.file)
  if (ext === ".xlsx" || isZip(input.bytes)) return parseXlsxTable(input.bytes, input.file)
  if (ext === ".txt" || ext === ".tsv") {
    return Effect.map(decode(input), (text) => parseTextTable(text, input.file))
  }
  if (ext === ".csv") return Effect.flatMap(decode(input), (text) => parseCsvTable(text, input.file))
  return Effect.fail(
    new TableReadError({ code: "unsupported_format", file: input.file, data: { extension: ext } }),
  )
}
