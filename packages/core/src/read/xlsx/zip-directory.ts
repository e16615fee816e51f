/**
 * The central directory of a zip archive (an .xlsx workbook is one), read from its bytes without
 * inflating anything: what each entry declares, so a size limit can be checked before exceljs loads it.
 * Follows APPNOTE.TXT (PKWARE) §4.3, with ZIP64, and tolerates bytes before the archive as JSZip does.
 */

/** One entry as the central directory declares it. */
export interface ZipEntry {
  readonly name: string
  /** 0 stored, 8 deflated (the two methods JSZip and so exceljs read). */
  readonly method: number
  readonly compressedSize: number
  /** The declared size once inflated: a zip bomb may lie, so inflating checks it again. */
  readonly uncompressedSize: number
  /** Where the entry's data starts in the bytes (after its local header). */
  readonly dataOffset: number
}

/** The entries; or more entries than allowed (none read); or why the bytes are not a readable archive. */
export type ZipDirectory =
  | { readonly ok: true; readonly entries: ReadonlyArray<ZipEntry> }
  | { readonly ok: false; readonly tooMany: number }
  | { readonly ok: false; readonly reason: string }

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL_HEADER = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const MAX16 = 0xffff
const MAX32 = 0xffffffff

class Corrupt extends Error {}

/** A little-endian reader that throws {@link Corrupt} when a field lies beyond the bytes. */
const reader = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const within = (offset: number, size: number) => {
    if (offset < 0 || offset + size > bytes.length) throw new Corrupt("数据越过文件末尾")
  }
  return {
    u16: (offset: number) => {
      within(offset, 2)
      return view.getUint16(offset, true)
    },
    u32: (offset: number) => {
      within(offset, 4)
      return view.getUint32(offset, true)
    },
    u64: (offset: number) => {
      within(offset, 8)
      const value = view.getBigUint64(offset, true)
      if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Corrupt("ZIP64 数值过大")
      return Number(value)
    },
  }
}

/** The end-of-central-directory record: searched backwards over at most a 64 KiB comment. */
const findEnd = (bytes: Uint8Array, u32: (o: number) => number): number => {
  const last = bytes.length - 22
  for (let offset = last; offset >= Math.max(0, last - MAX16); offset--) {
    if (bytes[offset] === 0x50 && u32(offset) === EOCD) return offset
  }
  throw new Corrupt("找不到 zip 中央目录")
}

/** The ZIP64 values of an entry's extra field (id 1), for the fields its header set to 0xFFFFFFFF. */
const zip64Extra = (
  read: ReturnType<typeof reader>,
  start: number,
  length: number,
  wants: { uncompressed: boolean; compressed: boolean; offset: boolean },
) => {
  for (let at = start; at + 4 <= start + length; ) {
    const [id, size] = [read.u16(at), read.u16(at + 2)]
    if (id === 1) {
      let field = at + 4
      const next = () => {
        const value = read.u64(field)
        field += 8
        return value
      }
      return {
        uncompressed: wants.uncompressed ? next() : undefined,
        compressed: wants.compressed ? next() : undefined,
        offset: wants.offset ? next() : undefined,
      }
    }
    at += 4 + size
  }
  throw new Corrupt("缺少 ZIP64 扩展字段")
}

const readDirectory = (bytes: Uint8Array, maxEntries: number): ZipDirectory => {
  const read = reader(bytes)
  const end = findEnd(bytes, read.u32)
  let count = read.u16(end + 10)
  let size = read.u32(end + 12)
  let offset = read.u32(end + 16)
  let directoryEnd = end
  if (count === MAX16 || size === MAX32 || offset === MAX32) {
    const locator = end - 20
    if (locator < 0 || read.u32(locator) !== ZIP64_LOCATOR) throw new Corrupt("缺少 ZIP64 目录定位")
    const record = read.u64(locator + 8)
    if (read.u32(record) !== ZIP64_EOCD) throw new Corrupt("ZIP64 目录损坏")
    count = read.u64(record + 32)
    size = read.u64(record + 40)
    offset = read.u64(record + 48)
    directoryEnd = record
  }
  if (count > maxEntries) return { ok: false, tooMany: count }
  // Bytes before the archive (a self-extractor stub, a mail header) shift every offset alike.
  const shift = directoryEnd - (offset + size)
  if (shift < 0) throw new Corrupt("中央目录的位置与大小不符")
  const entries: ZipEntry[] = []
  let at = offset + shift
  for (let i = 0; i < count; i++) {
    if (read.u32(at) !== CENTRAL_HEADER) throw new Corrupt(`第 ${i + 1} 个目录项损坏`)
    const [nameLength, extraLength, commentLength] = [read.u16(at + 28), read.u16(at + 30), read.u16(at + 32)]
    let [compressedSize, uncompressedSize, local] = [read.u32(at + 20), read.u32(at + 24), read.u32(at + 42)]
    if (compressedSize === MAX32 || uncompressedSize === MAX32 || local === MAX32) {
      const wants = {
        uncompressed: uncompressedSize === MAX32,
        compressed: compressedSize === MAX32,
        offset: local === MAX32,
      }
      const big = zip64Extra(read, at + 46 + nameLength, extraLength, wants)
      uncompressedSize = big.uncompressed ?? uncompressedSize
      compressedSize = big.compressed ?? compressedSize
      local = big.offset ?? local
    }
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    const header = local + shift
    if (read.u32(header) !== LOCAL_HEADER) throw new Corrupt(`${name} 的本地文件头损坏`)
    const dataOffset = header + 30 + read.u16(header + 26) + read.u16(header + 28)
    if (dataOffset + compressedSize > bytes.length) throw new Corrupt(`${name} 的数据越过文件末尾`)
    entries.push({ name, method: read.u16(at + 10), compressedSize, uncompressedSize, dataOffset })
    at += 46 + nameLength + extraLength + commentLength
  }
  return { ok: true, entries }
}

/**
 * The entries a zip archive's central directory declares; when it declares more than `maxEntries`, only
 * their number (nothing more is read). Never throws: bytes that are not a well-formed archive give
 * `{ ok: false, reason }` (in Chinese, for the `xlsx_unreadable` message).
 */
export const readZipDirectory = (bytes: Uint8Array, maxEntries: number): ZipDirectory => {
  try {
    return readDirectory(bytes, maxEntries)
  } catch (error) {
    return { ok: false, reason: error instanceof Corrupt ? error.message : "zip 结构无法读取" }
  }
}
