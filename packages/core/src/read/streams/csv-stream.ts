/**
 * CSV rows from a stream of bytes, for inputs too big to hold as one string: the same rows, numbers and
 * failures as {@link csvRows} (a row is numbered by the line it starts on), read chunk by chunk, in the
 * encodings the whole-file reader knows (UTF-8, UTF-16 with a BOM, GBK/GB18030), decided on the first chunk
 * that tells (stream-encoding.ts). Bytes that do not read fail with `encoding_unsupported` and the
 * whole-file reader's detail.
 *
 * The text is cut into rows by Papa Parse while it is of the kind Papa reads as csv-parse does
 * (papa-segments.ts: one kind of line ending, plain quotes), and by csv-parse, with the reader's options,
 * from the first chunk that is not to the end of the file.
 */
import { parse } from "csv-parse"
import { csvUnreadable, LineCount, readerOptions } from "../csv/csv-records.ts"
import type { SheetRow } from "../sheet-rows.ts"
import { PapaSegments } from "./papa-segments.ts"
import { decodedChunks } from "./stream-encoding.ts"

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** csv-parse from where Papa left off: its rows as they come, and its first failure. */
const csvParseFrom = (count: LineCount) => {
  const from = count.pending()
  // No `bom`: the file's start was dealt with already, and a U+FEFF starting a later row is text.
  const parser = parse({ ...readerOptions(), bom: false })
  const batch: SheetRow[] = []
  let failure: unknown = null
  let ended = false
  parser.on("data", (record: string[]) => batch.push(count.row(record)))
  parser.on("error", (error) => {
    failure ??= error
  })
  parser.on("end", () => {
    ended = true
  })
  return {
    write: (text: string) => parser.write(text),
    end: async () => {
      parser.end()
      while (!ended && failure === null) await nextTurn()
    },
    take: () => batch.splice(0),
    /** Throws the failure, if any, at its line in the whole file (csv-parse counts from where it began). */
    check: (file: string) => {
      if (failure === null) return
      const { code, lines, column } = failure as { code?: unknown; lines?: unknown; column?: unknown }
      const at = typeof lines === "number" ? { lines: lines + from - 1 } : {}
      throw csvUnreadable({ code, column, ...at }, file, count)
    },
  }
}

/**
 * The rows of a CSV stream in batches (one batch per chunk read, hundreds of rows: iterating them one
 * await at a time would cost more than parsing them), each row numbered by the line it starts on.
 * A syntax error fails with `csv_unreadable` and its line, an unreadable byte with `encoding_unsupported`.
 */
export async function* csvRowBatches(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
): AsyncGenerator<ReadonlyArray<SheetRow>> {
  const count = new LineCount()
  const papa = new PapaSegments()
  const decoder = new TextDecoder("utf-8")
  let slow: ReturnType<typeof csvParseFrom> | null = null
  let started = false
  const cut = (cells: ReadonlyArray<string[]>, quoted?: boolean) => cells.map((c) => count.row(c, quoted))
  const read = async function* (text: string) {
    if (slow === null) {
      const rows = papa.push(text)
      if (rows !== null) {
        if (rows.length > 0) yield cut(rows, papa.quoted)
        return
      }
      slow = csvParseFrom(count)
      text = papa.rest()
    }
    slow.write(text)
    await nextTurn()
    slow.check(file)
    const rows = slow.take()
    if (rows.length > 0) yield rows
  }
  for await (const chunk of decodedChunks(chunks, file)) {
    let text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true })
    if (!started && text !== "") {
      started = true
      // As the whole-file reader: its decoding takes one U+FEFF off the text, csv-parse's `bom` one more.
      // TextDecoder has taken a UTF-8 one off already; text decoded from GB18030 or UTF-16 has both left.
      for (let n = typeof chunk === "string" ? 2 : 1; n > 0 && text.charCodeAt(0) === 0xfeff; n--)
        text = text.slice(1)
    }
    yield* read(text)
  }
  const tail = decoder.decode()
  if (tail !== "") yield* read(tail)
  if (slow === null) {
    const last = papa.end()
    if (last !== null) {
      if (last.length > 0) yield cut(last)
      return
    }
    slow = csvParseFrom(count)
    slow.write(papa.rest())
  }
  await slow.end()
  slow.check(file)
  const rows = slow.take()
  if (rows.length > 0) yield rows
}
