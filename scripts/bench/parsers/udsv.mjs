// uDSV through its incremental API (`parser.chunk` with a row callback, so nothing accumulates). It parses
// strings: the bytes are decoded as a reader would, with a StringDecoder (a character split between two
// chunks is kept whole). The schema is told the delimiter and the quote, keeps the first row as a row
// (`header: () => []`) and takes the row separator from the first line, the only choice uDSV offers.
import { StringDecoder } from "node:string_decoder"
import { inferSchema, initParser } from "udsv"

export const name = "udsv"
export const streaming = true

/**
 * @param {import("node:stream").Readable} source
 * @param {(row: string[]) => void} onRow
 * @returns {Promise<void>}
 */
export const parseStream = (source, onRow) =>
  new Promise((done, fail) => {
    const decoder = new StringDecoder("utf8")
    let parser = null
    let head = ""
    const each = (row) => {
      onRow(row)
    }
    const feed = (text) => {
      if (parser === null) {
        // The schema needs a whole first line, and the character after a CR, to infer the row separator.
        head += text
        if (!/\n|\r[^\n]/.test(head)) return
        parser = initParser(inferSchema(head, { col: ",", encl: '"', header: () => [] }))
        text = head
      }
      parser.chunk(text, parser.stringArrs, each)
    }
    source
      .on("data", (chunk) => {
        try {
          feed(decoder.write(chunk))
        } catch (error) {
          source.destroy()
          fail(error)
        }
      })
      .on("end", () => {
        try {
          feed(decoder.end())
          if (parser === null && head !== "") {
            parser = initParser(inferSchema(`${head}\n`, { col: ",", encl: '"', header: () => [] }))
            parser.chunk(head, parser.stringArrs, each)
          }
          parser?.end()
          done()
        } catch (error) {
          fail(error)
        }
      })
      .on("error", fail)
  })

/** @param {string[]} row */
export const cells = (row) => row

/** uDSV throws only on programmer errors; whatever it says is kept. @param {Error} error */
export const at = (error) => ({ message: error.message })
