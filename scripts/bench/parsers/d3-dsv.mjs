// d3-dsv parses a whole string only (csvParseRows): the file is read whole, decoded, and parsed in one
// call, each row handed to the callback, which returns nothing so that no array of rows is kept. It has
// no option for a BOM or a line ending (it ends rows at CRLF, LF and CR alike).
import { csvParseRows } from "d3-dsv"

export const name = "d3-dsv"
export const streaming = false

/**
 * @param {import("node:stream").Readable} source
 * @param {(row: string[]) => void} onRow
 * @returns {Promise<void>}
 */
export const parseStream = (source, onRow) =>
  new Promise((done, fail) => {
    const chunks = []
    source
      .on("data", (chunk) => chunks.push(chunk))
      .on("end", () => {
        try {
          csvParseRows(Buffer.concat(chunks).toString("utf8"), (row) => {
            onRow(row)
          })
          done()
        } catch (error) {
          fail(error)
        }
      })
      .on("error", fail)
  })

/** @param {string[]} row */
export const cells = (row) => row

/** @param {Error} error */
export const at = (error) => ({ message: error.message })
