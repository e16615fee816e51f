import { Effect } from "effect"
import { TableReadError } from "../model/errors.ts"
import type { TargetTable } from "../model/table.ts"
import { parseCsvTable } from "./csv/csv-table.ts"
import { decodeText, extension, isZip, type TableInput } from "./row-file.ts"
import { parseTextTable } from "./text/text-table.ts"
import { parseXlsxTable } from "./xlsx/xlsx-table.ts"

export type { TableInput } from "./row-file.ts"

/**
 * Reads a target table from a file's bytes, choosing the reader by extension: `.txt`/`.tsv` (the
 * published text form), `.csv`, `.xlsx`. A zip archive is read as .xlsx whatever its name; any other
 * extension fails with `unsupported_format`.
 */
export const parseTable = (input: TableInput): Effect.Effect<TargetTable, TableReadError> => {
  const ext = extension(input.file)
  if (ext === ".xlsx" || isZip(input.bytes)) return parseXlsxTable(input.bytes, input.file)
  if (ext === ".txt" || ext === ".tsv") {
    return Effect.map(decodeText(input), (text) => parseTextTable(text, input.file))
  }
  if (ext === ".csv") return Effect.flatMap(decodeText(input), (text) => parseCsvTable(text, input.file))
  return Effect.fail(
    new TableReadError({ code: "unsupported_format", file: input.file, data: { extension: ext } }),
  )
}
