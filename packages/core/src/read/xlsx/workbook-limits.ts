/**
 * Size limits of an .xlsx workbook, checked before exceljs loads it: a zip bomb or an oversized sheet is
 * refused by a limit with a clear message, not by running out of memory. exceljs holds a loaded sheet in
 * memory at about 500 bytes a cell (3,000,000 cells ≈ 1.5 GB), so the cell limit is what bounds memory;
 * the others stop a bomb before inflating it (declared sizes) or while inflating it (actual sizes).
 */
import { createInflateRaw } from "node:zlib"
import { readZipDirectory, type ZipEntry } from "./zip-directory.ts"

/** What a workbook may hold. */
export interface WorkbookLimits {
  /** Bytes of all entries once inflated, as declared and as actually inflated. */
  readonly uncompressedBytes: number
  /** Entries in the archive (a workbook has a few dozen; one per sheet, style, image …). */
  readonly entries: number
  /** `<row>` elements in one worksheet (Excel itself stops at 1,048,576). */
  readonly rowsPerSheet: number
  /** `<c>` elements in all worksheets, and cell positions up to each row's last filled cell when read. */
  readonly cells: number
}

/** The limits jixiao reads workbooks under (documented in docs/reliability.md). */
export const WORKBOOK_LIMITS: WorkbookLimits = {
  uncompressedBytes: 200 * 1024 * 1024,
  entries: 10_000,
  rowsPerSheet: 1_000_000,
  cells: 3_000_000,
}

/** The limit a workbook broke: which, the maximum, what was found (at least), and in which entry. */
export interface LimitBreach {
  readonly limit: "uncompressed_bytes" | "entries" | "rows" | "cells"
  readonly max: number
  readonly found: number
  readonly entry?: string
}

/** Within the limits; or a limit broken; or not a readable archive (why, in Chinese). */
export type WorkbookCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly breach: LimitBreach }
  | { readonly ok: false; readonly reason: string }

/** A row or a cell element, with any namespace prefix (`<x:row r="1">`); escaped text never matches. */
const ELEMENT = /<(?:[A-Za-z_][\w.-]{0,15}:)?(row|c)[\s/>]/g
/** Longer than any match, so a match split across two chunks is found once. */
const CARRY = 32

/** Counts the row and cell elements of XML that arrives in chunks. */
const elementCounter = () => {
  let carry = ""
  const counts = { rows: 0, cells: 0 }
  return {
    counts,
    add: (chunk: Uint8Array) => {
      const text = carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1")
      for (const match of text.matchAll(ELEMENT)) {
        // A match lying wholly in the carried tail was counted with the previous chunk.
        if (match.index + match[0].length <= carry.length) continue
        if (match[1] === "row") counts.rows++
        else counts.cells++
      }
      carry = text.slice(-CARRY)
    },
  }
}

/**
 * Inflates one entry without keeping it, handing each chunk to `onChunk`; stops (with `false`) as soon
 * as more than `max` bytes come out or `onChunk` says stop. Resolves the bytes seen.
 */
const inflate = (
  data: Uint8Array,
  max: number,
  onChunk: (chunk: Uint8Array) => boolean,
): Promise<{ bytes: number; stopped: boolean }> =>
  new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 })
    let bytes = 0
    inflater.on("data", (chunk: Buffer) => {
      bytes += chunk.length
      if (bytes > max || !onChunk(chunk)) {
        inflater.destroy()
        resolve({ bytes, stopped: true })
      }
    })
    inflater.on("end", () => resolve({ bytes, stopped: false }))
    inflater.on("error", reject)
    inflater.end(data)
  })

/** Checks one entry's actual size (and, for XML, its rows and cells) against what is left of the limits. */
const checkEntry = async (
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: WorkbookLimits,
  used: { bytes: number; cells: number },
): Promise<WorkbookCheck> => {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  const xml = /\.xml$/i.test(entry.name) ? elementCounter() : null
  const within = () =>
    xml === null || (xml.counts.rows <= limits.rowsPerSheet && used.cells + xml.counts.cells <= limits.cells)
  let actual: number
  if (entry.method === 0) {
    xml?.add(data)
    actual = data.length
  } else if (entry.method === 8) {
    const room = Math.min(entry.uncompressedSize, limits.uncompressedBytes - used.bytes)
    const result = await inflate(data, room, (chunk) => {
      xml?.add(chunk)
      return within()
    })
    actual = result.bytes
    if (actual > entry.uncompressedSize) {
      return { ok: false, reason: `${entry.name} 解压后比目录中声明的 ${entry.uncompressedSize} 字节大` }
    }
  } else {
    return { ok: true } // A method JSZip does not know: exceljs refuses the file with its own reason.
  }
  used.bytes += actual
  if (used.bytes > limits.uncompressedBytes) {
    const breach = { limit: "uncompressed_bytes", max: limits.uncompressedBytes, found: used.bytes } as const
    return { ok: false, breach }
  }
  if (xml !== null && xml.counts.rows > limits.rowsPerSheet) {
    const breach = {
      limit: "rows",
      max: limits.rowsPerSheet,
      found: xml.counts.rows,
      entry: entry.name,
    } as const
    return { ok: false, breach }
  }
  used.cells += xml?.counts.cells ?? 0
  if (used.cells > limits.cells) {
    return { ok: false, breach: { limit: "cells", max: limits.cells, found: used.cells, entry: entry.name } }
  }
  return { ok: true }
}

/**
 * Checks a workbook's bytes against the limits: first what the zip's central directory declares (entry
 * count, total inflated size), then, inflating each entry as a stream without keeping it, the actual
 * sizes (a bomb may declare small ones) and the rows and cells of its XML. Memory stays at one chunk.
 */
export const checkWorkbook = async (
  bytes: Uint8Array,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Promise<WorkbookCheck> => {
  const directory = readZipDirectory(bytes, limits.entries)
  if (!directory.ok) {
    return "tooMany" in directory
      ? { ok: false, breach: { limit: "entries", max: limits.entries, found: directory.tooMany } }
      : directory
  }
  const declared = directory.entries.reduce((sum, e) => sum + e.uncompressedSize, 0)
  if (declared > limits.uncompressedBytes) {
    return {
      ok: false,
      breach: { limit: "uncompressed_bytes", max: limits.uncompressedBytes, found: declared },
    }
  }
  const used = { bytes: 0, cells: 0 }
  for (const entry of directory.entries) {
    const check = await checkEntry(bytes, entry, limits, used).catch(
      (error: unknown): WorkbookCheck => ({
        ok: false,
        reason: `${entry.name} 无法解压（${error instanceof Error ? error.message : String(error)}）`,
      }),
    )
    if (!check.ok) return check
  }
  return { ok: true }
}
