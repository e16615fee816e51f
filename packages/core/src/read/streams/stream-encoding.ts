/**
 * The text encoding of a streamed table, decided on the first chunk that tells, by the rules the whole-file
 * reader applies to the whole file (text-encoding.ts): a UTF-16 BOM means UTF-16, a UTF-8 BOM means UTF-8;
 * otherwise chunks of plain ASCII (alike in every encoding read) pass as they are, and the 64 KB from the
 * first other byte on decide: UTF-8 when they are valid UTF-8, else GB18030 when they read cleanly. What the decision
 * holds for is then checked to the last byte: a later chunk that does not read in it fails the run with
 * `encoding_unsupported`, as does a GB18030 reading that never meets a Chinese character. So a GBK export is
 * streamed like a UTF-8 one, with no second reading of the file.
 */
import { isUtf8 } from "node:buffer"
import iconv from "iconv-lite"
import { TableReadError } from "../../model/errors.ts"
import { CJK, type EncodingProblem, isControl } from "../text/text-encoding.ts"

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

const refuse = (file: string, detail: EncodingProblem) =>
  new TableReadError({ code: "encoding_unsupported", file, data: { detail } })

/** The index of a chunk's first byte outside ASCII (its length when none). */
const firstNonAscii = (chunk: Uint8Array): number => {
  for (let i = 0; i < chunk.length; i++) if (chunk[i]! >= 0x80) return i
  return chunk.length
}

const isAscii = (chunk: Uint8Array): boolean => firstNonAscii(chunk) === chunk.length

/** How many bytes from the first non-ASCII byte on decide between UTF-8 and GB18030. */
const DECISION_BYTES = 1 << 16

const startsWith = (bytes: Uint8Array, prefix: ReadonlyArray<number>): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)

/** A GB18030 reading is a guess: a replacement character or any control refutes it (as in text-encoding.ts). */
const gbProblem = (text: string): EncodingProblem | null => {
  if (text.includes("\uFFFD")) return "unknown_encoding"
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return "control_characters"
  return null
}

/** UTF-8 from here on: each chunk checked (sequences split across chunks checked whole), NUL refused. */
async function* utf8From(
  first: Uint8Array,
  rest: AsyncIterator<Uint8Array>,
  file: string,
  problem: EncodingProblem,
): AsyncGenerator<Uint8Array> {
  let carry: Uint8Array = new Uint8Array(0)
  let chunk: Uint8Array | null = first
  while (chunk !== null) {
    const whole = carry.length === 0 ? chunk : Buffer.concat([carry, chunk])
    const end = utf8Boundary(whole)
    if (!isUtf8(whole.subarray(0, end))) throw refuse(file, problem)
    if (chunk.includes(0)) throw refuse(file, "control_characters")
    carry = whole.slice(end)
    yield chunk
    const next = await rest.next()
    chunk = next.done ? null : next.value
  }
  if (carry.length > 0) throw refuse(file, problem)
}

/** GB18030 from here on, decoded as text (sequences split across chunks kept by iconv's decoder). */
async function* gb18030From(
  first: Uint8Array,
  rest: AsyncIterator<Uint8Array>,
  file: string,
): AsyncGenerator<string> {
  const decoder = iconv.getDecoder("gb18030")
  let chinese = false
  const checked = (text: string) => {
    const problem = gbProblem(text)
    if (problem !== null) throw refuse(file, problem)
    chinese ||= CJK.test(text)
    return text
  }
  yield checked(decoder.write(Buffer.from(first.buffer, first.byteOffset, first.length)))
  for (let next = await rest.next(); !next.done; next = await rest.next())
    yield checked(decoder.write(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.length)))
  const tail = decoder.end()
  if (tail !== undefined && tail !== "") yield checked(tail)
  if (!chinese) throw refuse(file, "unknown_encoding")
}

/** UTF-16 after its BOM, decoded strictly (an odd byte or an unpaired surrogate is refused); NUL refused. */
async function* utf16From(
  first: Uint8Array,
  rest: AsyncIterator<Uint8Array>,
  file: string,
  label: "utf-16le" | "utf-16be",
): AsyncGenerator<string> {
  const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true })
  const decode = (bytes?: Uint8Array) => {
    let text: string
    try {
      text = bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true })
    } catch {
      throw refuse(file, "invalid_utf16")
    }
    if (text.includes("\u0000")) throw refuse(file, "control_characters")
    return text
  }
  yield decode(first)
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield decode(next.value)
  const tail = decode()
  if (tail !== "") yield tail
}

/**
 * The table's chunks as csv-parse takes them: UTF-8 bytes as read, or text decoded from GB18030 or UTF-16
 * (without its BOM). Fails with `encoding_unsupported` and the whole-file reader's `detail` at the first
 * chunk that does not read in the encoding decided.
 */
export async function* decodedChunks(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
): AsyncGenerator<Uint8Array | string> {
  const source = chunks[Symbol.asyncIterator]()
  // Enough bytes to see a BOM (a first chunk of one or two bytes is joined to the next).
  let head: Uint8Array = new Uint8Array(0)
  while (head.length < 3) {
    const next = await source.next()
    if (next.done) break
    head = head.length === 0 ? next.value : Buffer.concat([head, next.value])
  }
  if (head.length === 0) return
  if (startsWith(head, [0xff, 0xfe])) return yield* utf16From(head.subarray(2), source, file, "utf-16le")
  if (startsWith(head, [0xfe, 0xff])) return yield* utf16From(head.subarray(2), source, file, "utf-16be")
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return yield* utf8From(head, source, file, "invalid_utf8")
  // Plain ASCII reads alike in UTF-8 and GB18030: pass it on until a chunk says which.
  let chunk: Uint8Array | null = head
  while (chunk !== null && isAscii(chunk)) {
    if (chunk.includes(0)) throw refuse(file, "control_characters")
    yield chunk
    const next = await source.next()
    chunk = next.done ? null : next.value
  }
  if (chunk === null) return
  // The decision is made on 64 KB from the first other byte on (or the rest of the file): a few GBK bytes
  // can happen to form UTF-8, tens of thousands cannot.
  const from = firstNonAscii(chunk)
  while (chunk.length - from < DECISION_BYTES) {
    const next = await source.next()
    if (next.done) break
    chunk = Buffer.concat([chunk, next.value])
  }
  if (isUtf8(chunk.subarray(0, utf8Boundary(chunk))))
    return yield* utf8From(chunk, source, file, "unknown_encoding")
  return yield* gb18030From(chunk, source, file)
}
