/** Which inputs a streamed run reads chunk by chunk, and how. */
import { createReadStream } from "node:fs"
import { INPUT_FILE_LIMIT, streamReadFailure, tooLargeWhileRead } from "./input-file.ts"

/** Whether a file is read as a stream (CSV); other formats are read whole. */
export const streams = (file: string): boolean => /\.csv$/i.test(file)

/**
 * A file's bytes in 64 KB chunks. Each chunk becomes one batch of rows held until the table reaches them:
 * 1 MB chunks (~5,000 rows) outlived young-generation collections and were promoted, then collected as
 * old garbage (at 10⁶ indicators, 64 KB took 4–15% off the run's CPU in paired runs). The bench's csv-parse
 * baseline (scripts/bench/baseline-child.mjs) reads with the same chunk size.
 */
const CHUNK_BYTES = 1 << 16

/**
 * The file's bytes in chunks, opened only when first read: a stream opened and left waiting (a budget
 * sheet while the actuals are read) failed with Node's unhandled 'error' event when its file was missing.
 * A read error fails with the Chinese line a whole-file read gives; reading stops at `limit` bytes (a file
 * that grows while it is read; the file's kind and size are checked before the run).
 */
export async function* chunks(file: string, limit = INPUT_FILE_LIMIT): AsyncGenerator<Uint8Array> {
  let read = 0
  try {
    for await (const chunk of createReadStream(file, {
      highWaterMark: CHUNK_BYTES,
    }) as AsyncIterable<Buffer>) {
      read += chunk.length
      if (read > limit) throw tooLargeWhileRead(file, read, limit)
      yield chunk
    }
  } catch (error) {
    throw streamReadFailure(file, error)
  }
}
