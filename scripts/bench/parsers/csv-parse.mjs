// csv-parse as jixiao's readers call it (the very copy @jixiao/core depends on, with its CSV_OPTIONS; a test
// holds the two equal), behind the same small interface as the other candidates, so that `pnpm bench` can
// show what that interface costs against the baseline (baseline-child.mjs, which iterates the stream).
import { createRequire } from "node:module"
import { resolve } from "node:path"

const { parse } = createRequire(resolve("packages/core/package.json"))("csv-parse")

export const name = "csv-parse"
export const streaming = true

/** The options of packages/core/src/read/csv/csv-records.ts (CSV_OPTIONS). */
export const options = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  info: true,
  record_delimiter: ["\r\n", "\n", "\r"],
}

/**
 * Parses a byte stream, calling `onRow` with each record as the parser gives it.
 * @param {import("node:stream").Readable} source
 * @param {(row: unknown) => void} onRow
 * @returns {Promise<void>}
 */
export const parseStream = (source, onRow) =>
  new Promise((done, fail) => {
    const parser = parse({ ...options, record_delimiter: [...options.record_delimiter] })
    parser.on("data", onRow).on("end", done).on("error", fail)
    source.on("error", fail).pipe(parser)
  })

/** The cells of a row given to `onRow`. @param {{ record: string[] }} row */
export const cells = (row) => row.record

/** Where a failure says it happened. @param {{ code?: string, lines?: number, column?: number }} error */
export const at = (error) => ({ code: error.code, lines: error.lines, column: error.column })
