/** Which inputs a streamed run reads chunk by chunk, and how. */
import { createReadStream } from "node:fs"

/** Whether a file is read as a stream (CSV); other formats are read whole. */
export const streams = (file: string): boolean => /\.csv$/i.test(file)

/** A file's bytes in 1 MB chunks. */
export const chunks = (file: string) => createReadStream(file, { highWaterMark: 1 << 20 })
