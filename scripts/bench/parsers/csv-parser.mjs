// csv-parser (a Transform stream over bytes). `headers: false` keeps the first row as a row, keyed by
// column index; there is no option for a BOM, and one line ending is settled on the first line.
import csv from "csv-parser"

export const name = "csv-parser"
export const streaming = true

/**
 * @param {import("node:stream").Readable} source
 * @param {(row: Record<string, string>) => void} onRow
 * @returns {Promise<void>}
 */
export const parseStream = (source, onRow) =>
  new Promise((done, fail) => {
    const parser = csv({ headers: false })
    parser.on("data", onRow).on("end", done).on("error", fail)
    source.on("error", fail).pipe(parser)
  })

/** A row keyed 0, 1, …, in order. @param {Record<string, string>} row */
export const cells = (row) => Object.values(row)

/** @param {Error} error */
export const at = (error) => ({ message: error.message })
