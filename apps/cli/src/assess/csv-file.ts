/** Which inputs a streamed run reads chunk by chunk, and how. */
import { createReadStream } from "node:fs"

/** Whether a file is read as a stream (CSV); other formats are read whole. */
export const streams = (file: string): boolean => /\.csv$/i.test(file)

/**
 * A file's bytes in 64 KB chunks. Each chunk becomes one batch of rows held until the table reaches them:
 * 1 MB chunks (~5,000 rows) outlived young-generation collections and were promoted, then collected as
 * old garbage (at 10⁶ indicators, 64 KB took 4–15% off the run's CPU in paired runs). The bench's csv-parse
 * baseline (scripts/bench/baseline-child.mjs) reads with the same chunk size.
 */
const CHUNK_BYTES = 1 << 16

export const chunks = (file: string) => createReadStream(file, { highWaterMark: CHUNK_BYTES })
