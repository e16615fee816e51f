import { Data } from "effect"

/** Stable codes for a table that cannot be read at all. */
export type TableReadErrorCode =
  | "unsupported_format"
  | "missing_columns"
  | "no_header"
  | "empty_table"
  | "xlsx_unreadable"
  | "csv_unreadable"
  | "encoding_unsupported"
  | "xlsx_too_large"
  | "no_indicators"
  | "amount_units_differ"

/** A whole table could not be read; `data` says why (e.g. the missing and the found columns). */
export class TableReadError extends Data.TaggedError("TableReadError")<{
  readonly code: TableReadErrorCode
  readonly file: string
  readonly row?: number
  readonly column?: number
  readonly data?: Readonly<Record<string, string | number | ReadonlyArray<string>>>
}> {}
