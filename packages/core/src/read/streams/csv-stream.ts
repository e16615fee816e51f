/**
 * CSV rows from a stream of bytes, for inputs too big to hold as one string: the same options and row
 * numbers as {@link csvRows} (a row is numbered by the line it starts on), read chunk by chunk, in the
 * encodings the whole-file reader knows (UTF-8, UTF-16 with a BOM, GBK/GB18030), decided on the first chunk
 * that tells (stream-encoding.ts). Bytes that do not read fail with `encoding_unsupported` and the
 * whole-file reader's detail.
 */
import { parse } from "csv-parse"
import { CSV_OPTIONS, csvUnreadable, type ParsedRecord, rowNumberer } from "../csv/csv-records.ts"
import type { SheetRow } from "../sheet-rows.ts"
import { decodedChunks } from "./stream-encoding.ts"

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * The rows of a CSV stream in batches (one batch per chunk read, hundreds of rows: iterating them one
 * await at a time would cost more than parsing them), each row numbered by the line it starts on.
 * A syntax error fails with `csv_unreadable` and its line, an unreadable byte with `encoding_unsupported`.
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
  for await (const chunk of decodedChunks(chunks, file)) {
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
