/**
 * CSV rows from a stream of bytes, for inputs too big to hold as one string: the same options and row
 * numbers as {@link csvRows} (a row is numbered by the line it starts on), read chunk by chunk. The bytes
 * must be UTF-8 (a BOM is fine); anything else fails with `encoding_unsupported` at the first bad chunk, so
 * that a caller can fall back to the whole-file reader, which knows other encodings. A NUL byte fails with
 * `encoding_unsupported` (detail `control_characters`), as in the whole-file reader.
 */
import { isUtf8 } from "node:buffer"
import { parse } from "csv-parse"
import { TableReadError } from "../../model/errors.ts"
import { CSV_OPTIONS, csvUnreadable, type ParsedRecord, rowNumberer } from "../csv/csv-records.ts"
import type { SheetRow } from "../sheet-rows.ts"

/** Where the trailing, not yet complete UTF-8 sequence of a chunk starts (the chunk's length when none). */
export const utf8Boundary = (chunk: Uint8Array): number => {
  for (let i = chunk.length - 1; i >= Math.max(0, chunk.length - 4); i--) {
    const byte = chunk[i]!
    if ((byte & 0xc0) === 0x80) continue
    if (byte < 0x80) return chunk.length
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2
    return chunk.length - i < needed ? i : chunk.length
  }
  return chunk.length
}

/**
 * The chunks as given, each checked to be UTF-8 (sequences split across chunks are checked whole) and to
 * hold no NUL: a file with one is refused as the whole-file reader refuses it (text-encoding.ts),
 * with the same code and detail, so that every input is treated alike.
 */
async function* checkedUtf8(chunks: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<Uint8Array> {
  let carry: Uint8Array = new Uint8Array(0)
  for await (const chunk of chunks) {
    const whole = carry.length === 0 ? chunk : Buffer.concat([carry, chunk])
    const end = utf8Boundary(whole)
    if (!isUtf8(whole.subarray(0, end)))
      throw new TableReadError({ code: "encoding_unsupported", file, data: { expected: "UTF-8" } })
    if (chunk.includes(0))
      throw new TableReadError({ code: "encoding_unsupported", file, data: { detail: "control_characters" } })
    carry = whole.slice(end)
    yield chunk
  }
  if (carry.length > 0)
    throw new TableReadError({ code: "encoding_unsupported", file, data: { expected: "UTF-8" } })
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * The rows of a CSV stream in batches (one batch per chunk read, hundreds of rows: iterating them one
 * await at a time would cost more than parsing them), each row numbered by the line it starts on.
 * A syntax error fails with `csv_unreadable` and its line, a non-UTF-8 byte with `encoding_unsupported`.
 */
export async function* csvRowBatches(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
): AsyncGenerator<ReadonlyArray<SheetRow>> {
  const numberer = rowNumberer()
  const parser = parse({ ...CSV_OPTIONS, record_delimiter: [...CSV_OPTIONS.record_delimiter] })
  let batch: SheetRow[] = []
  let failure: unknown = null
  let ended = false
  parser.on("data", (parsed: ParsedRecord) => {
    batch.push(numberer.row(parsed))
  })
  parser.on("error", (error) => {
    failure ??= error
  })
  parser.on("end", () => {
    ended = true
  })
  const take = () => {
    const taken = batch
    batch = []
    return taken
  }
  const check = () => {
    if (failure !== null) throw csvUnreadable(failure, file, numberer)
  }
  for await (const chunk of checkedUtf8(chunks, file)) {
    parser.write(chunk)
    await nextTurn()
    check()
    if (batch.length > 0) yield take()
  }
  parser.end()
  while (!ended && failure === null) await nextTurn()
  check()
  if (batch.length > 0) yield take()
}
