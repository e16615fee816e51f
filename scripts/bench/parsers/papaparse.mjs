// Papa Parse on a Node readable stream (its ReadableStreamStreamer) with a `step` callback, one row at a
// time. Not its NODE_STREAM_INPUT duplex: that one pushes only the rows and drops the parse errors, so it
// could never report a quote left open. Papa turns each chunk into a string by itself (`chunk.toString()`),
// which would split a character across two chunks: the stream is decoded first (setEncoding, a
// StringDecoder). The delimiter is given, not guessed; a BOM is taken off the first chunk (Papa's own
// `beforeFirstChunk` hook: in stream mode it keeps the BOM otherwise); the line ending is guessed from the
// first chunk, the only choice Papa offers (one line ending per file).
import Papa from "papaparse"

export const name = "papaparse"
export const streaming = true

/**
 * @param {import("node:stream").Readable} source
 * @param {(row: string[]) => void} onRow
 * @returns {Promise<void>}
 */
export const parseStream = (source, onRow) =>
  new Promise((done, fail) => {
    let failed = null
    source.setEncoding("utf8")
    Papa.parse(source, {
      delimiter: ",",
      quoteChar: '"',
      beforeFirstChunk: (chunk) => (chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk),
      step: (results, parser) => {
        if (results.errors.length > 0 && failed === null) {
          failed = Object.assign(new Error(results.errors[0].message), results.errors[0])
          parser.abort()
          return
        }
        onRow(results.data)
      },
      complete: () => (failed === null ? done() : fail(failed)),
      error: fail,
    })
  })

/** @param {string[]} row */
export const cells = (row) => row

/** @param {{ code?: string, row?: number, index?: number }} error */
export const at = (error) => ({ code: error.code, row: error.row, index: error.index })
