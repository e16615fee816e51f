import { deflateRawSync } from "node:zlib"

/** Test support: one entry of a hand-built zip, optionally declaring a size other than its real one. */
export interface FixtureEntry {
  readonly name: string
  readonly data: Uint8Array | string
  readonly method?: 0 | 8
  /** The inflated size the headers declare (a zip bomb lies here); the real size by default. */
  readonly declaredSize?: number
}

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff]
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]

/**
 * Test support: a zip archive built byte by byte (APPNOTE §4.3), so that tests can write what no zip
 * library would: lying sizes, thousands of entries. CRCs are left 0: jixiao's checks do not read them.
 */
export const buildZip = (entries: ReadonlyArray<FixtureEntry>): Uint8Array => {
  const local: number[] = []
  const central: number[] = []
  for (const entry of entries) {
    const raw = typeof entry.data === "string" ? new TextEncoder().encode(entry.data) : entry.data
    const method = entry.method ?? 8
    const data = method === 8 ? deflateRawSync(raw) : raw
    const name = [...new TextEncoder().encode(entry.name)]
    const size = entry.declaredSize ?? raw.length
    const fields = [...u16(20), ...u16(0x0800), ...u16(method), ...u32(0), ...u32(0)]
    const sizes = [...u32(data.length), ...u32(size), ...u16(name.length), ...u16(0)]
    const offset = local.length
    local.push(...u32(0x04034b50), ...fields, ...sizes, ...name)
    for (const byte of data) local.push(byte)
    central.push(...u32(0x02014b50), ...u16(20), ...fields, ...sizes, ...u16(0), ...u16(0), ...u16(0))
    central.push(...u32(0), ...u32(offset), ...name)
  }
  const count = u16(Math.min(entries.length, 0xffff))
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...count, ...count]
  end.push(...u32(central.length), ...u32(local.length), ...u16(0))
  return new Uint8Array([...local, ...central, ...end])
}
