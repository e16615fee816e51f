/**
 * The text encodings of table files. Auditors' tools export UTF-8 (with or without a BOM), UTF-16 with a
 * BOM ("Unicode text" from Excel) and, very often, GBK/GB18030 (Chinese Excel's "CSV (逗号分隔)").
 * Detection never guesses silently: bytes that read as none of these are refused, naming the file.
 */
import iconv from "iconv-lite"

/** The encodings jixiao reads text tables in. */
export type TextEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030"

/** Why bytes are not read as text (the `detail` of `encoding_unsupported`). */
export type EncodingProblem =
  /** Not valid UTF-8, nor GB18030 text with Chinese in it. */
  | "unknown_encoding"
  /** A UTF-8 BOM followed by bytes that are not UTF-8. */
  | "invalid_utf8"
  /** A UTF-16 BOM followed by an odd number of bytes or an unpaired surrogate. */
  | "invalid_utf16"
  /** NUL (or, read as GB18030, another control character): a binary file, or UTF-16 without its BOM. */
  | "control_characters"

/** Text with the encoding it was read in, or the reason it was not read. */
export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly problem: EncodingProblem }

const startsWith = (bytes: Uint8Array, prefix: ReadonlyArray<number>): boolean =>
  prefix.every((b, i) => bytes[i] === b)

/** A control no spreadsheet writes into a cell: C0 but tab, LF, form feed and CR (seen in old exports), and DEL. */
export const isControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f

/** NUL anywhere, or (when `strict`) any other control: what binary files and UTF-16 without a BOM look like. */
const looksBinary = (decoded: string, strict: boolean): boolean => {
  if (decoded.includes("\u0000")) return true
  if (!strict) return false
  for (let i = 0; i < decoded.length; i++) if (isControl(decoded.charCodeAt(i))) return true
  return false
}

/** CJK ideographs (Ext A, the basic block, compatibility ideographs): what makes a GB18030 reading plausible. */
export const CJK = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/u

const fatal = (label: string, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/** UTF-16 big-endian, read by swapping each pair of bytes and decoding as little-endian. */
const utf16be = (bytes: Uint8Array): string | null => {
  if (bytes.length % 2 !== 0) return null
  const swapped = new Uint8Array(bytes.length)
  for (let i = 0; i < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!
    swapped[i + 1] = bytes[i]!
  }
  return fatal("utf-16le", swapped)
}

/**
 * Decoded text, unless it looks binary. A stray control character in a UTF-8 or UTF-16 export is kept (the
 * cell reads as written); a GB18030 reading is a guess, so there any control character refutes it.
 */
const text = (decoded: string, encoding: TextEncoding): DecodedText =>
  looksBinary(decoded, encoding === "GB18030")
    ? { ok: false, problem: "control_characters" }
    : { ok: true, text: decoded.replace(/^\uFEFF/u, ""), encoding }

/** GB18030 (a superset of GBK and GB2312), accepted only when it reads cleanly as Chinese text. */
const gb18030 = (bytes: Uint8Array): DecodedText => {
  const decoded = iconv.decode(bytes, "gb18030")
  if (decoded.includes("\uFFFD") || !CJK.test(decoded)) return { ok: false, problem: "unknown_encoding" }
  return text(decoded, "GB18030")
}

/**
 * Reads the bytes of a text table: a UTF-16 BOM means UTF-16; a UTF-8 BOM, or bytes that are valid UTF-8,
 * mean UTF-8; otherwise GB18030 is tried and accepted when it decodes without a replacement character and
 * yields Chinese and no control character. Text with a NUL is refused (a binary file, or UTF-16 without its
 * BOM). The BOM is dropped.
 *
 * @example
 * decodeTableBytes(iconv.encode("项目,三级指标", "gbk")) // → { ok: true, text: "项目,三级指标", encoding: "GB18030" }
 */
export const decodeTableBytes = (bytes: Uint8Array): DecodedText => {
  if (startsWith(bytes, [0xff, 0xfe])) {
    const decoded = fatal("utf-16le", bytes.subarray(2))
    return decoded === null ? { ok: false, problem: "invalid_utf16" } : text(decoded, "UTF-16LE")
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    const decoded = utf16be(bytes.subarray(2))
    return decoded === null ? { ok: false, problem: "invalid_utf16" } : text(decoded, "UTF-16BE")
  }
  const utf8 = fatal("utf-8", bytes)
  if (utf8 !== null) return text(utf8, "UTF-8")
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { ok: false, problem: "invalid_utf8" }
  return gb18030(bytes)
}

/**
 * The text of a file's first bytes, read by the same rules as {@link decodeTableBytes}, where the last
 * character may be cut (a UTF-8 sequence, a UTF-16 unit or a GB18030 pair left incomplete at the end is
 * dropped). For what is inferred from a table's head (its year); null when the bytes are not text.
 *
 * @example
 * decodeTablePrefix(iconv.encode("2024年度", "gbk").subarray(0, 7)) // → "2024年"
 */
export const decodeTablePrefix = (bytes: Uint8Array): string | null => {
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])
  const cut = utf16 ? bytes.subarray(0, bytes.length - (bytes.length % 2)) : bytes
  // UTF-8 cut short before GB18030: cut UTF-8 can happen to read as GB18030.
  if (!utf16) {
    const end = cut.length - Math.min(3, cut.length)
    for (let at = cut.length; at >= end; at--) {
      const decoded = fatal("utf-8", cut.subarray(0, at))
      if (decoded !== null) return text(decoded, "UTF-8").ok ? decoded.replace(/^\uFEFF/u, "") : null
    }
  }
  for (let drop = 0; drop <= Math.min(3, cut.length); drop++) {
    const decoded = decodeTableBytes(cut.subarray(0, cut.length - drop))
    if (decoded.ok) return decoded.text
    if (decoded.problem === "control_characters") return null
  }
  return null
}
