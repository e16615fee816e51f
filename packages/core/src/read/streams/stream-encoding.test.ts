import fc from "fast-check"
import iconv from "iconv-lite"
import { describe, expect, it } from "vitest"
import { TableReadError } from "../../model/errors.ts"
import { decodeTableBytes } from "../text/text-encoding.ts"
import { decodedChunks } from "./stream-encoding.ts"

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

/** The streamed reading as one string (UTF-8 bytes decoded, the BOM csv-parse drops dropped), or its failure. */
const streamed = async (bytes: Uint8Array, size: number) => {
  const parts: Array<Uint8Array | string> = []
  try {
    for await (const part of decodedChunks(chunked(bytes, size), "t.csv")) parts.push(part)
  } catch (error) {
    if (error instanceof TableReadError) return { ok: false as const, detail: error.data?.detail }
    throw error
  }
  // Bytes are UTF-8 (or the ASCII before a GB18030 decision), strings already decoded.
  const utf8 = Buffer.concat(parts.filter((p) => typeof p !== "string"))
  const decoded = parts.every((p) => typeof p !== "string")
    ? utf8.toString("utf8")
    : parts.map((p) => (typeof p === "string" ? p : Buffer.from(p).toString("latin1"))).join("")
  return { ok: true as const, text: decoded.replace(/^\uFEFF/u, "") }
}

const whole = (bytes: Uint8Array) => {
  const decoded = decodeTableBytes(bytes)
  return decoded.ok
    ? { ok: true as const, text: decoded.text }
    : { ok: false as const, detail: decoded.problem }
}

const encodings = {
  "UTF-8": (t: string) => new Uint8Array(Buffer.from(t, "utf8")),
  "UTF-8 BOM": (t: string) => new Uint8Array(Buffer.from(`\uFEFF${t}`, "utf8")),
  GBK: (t: string) => new Uint8Array(iconv.encode(t, "gbk")),
  "UTF-16LE": (t: string) => new Uint8Array(iconv.encode(t, "utf16le", { addBOM: true })),
  "UTF-16BE": (t: string) => new Uint8Array(iconv.encode(t, "utf16be", { addBOM: true })),
}

const TABLE = '单位,项目,三级指标,指标值\r\nA,甲,培训人数,≥12万\r\nB,"乙，二","满意度\n（全年）",90%\r\n'

describe("decodedChunks: the encoding of a streamed table", () => {
  for (const [name, encode] of Object.entries(encodings))
    it(`reads ${name} as the whole-file reader does, whatever the chunk size`, async () => {
      const bytes = encode(TABLE)
      for (const size of [1, 2, 3, 5, 64, 1 << 16]) expect(await streamed(bytes, size)).toEqual(whole(bytes))
      expect((await streamed(bytes, 7)).ok).toBe(true)
    })

  it("agrees with the whole-file reader on any text in any of its encodings, cut anywhere", async () => {
    const char = fc.constantFrom(...'单位项目指标，。“”（）≥≤%万元次/日abcXYZ019 ,"\r\n\t')
    await fc.assert(
      fc.asyncProperty(
        fc.array(char, { maxLength: 80 }).map((cs) => cs.join("")),
        fc.constantFrom(...Object.keys(encodings)),
        fc.integer({ min: 1, max: 40 }),
        async (text, name, size) => {
          const bytes = encodings[name as keyof typeof encodings](text)
          expect(await streamed(bytes, size)).toEqual(whole(bytes))
        },
      ),
      { numRuns: 400 },
    )
  })

  it("decides on the bytes after a long ASCII start: GBK after 100 KB of ASCII is still GBK", async () => {
    const text = `${"a,b\r\n".repeat(20_000)}单位,项目\r\n`
    const bytes = encodings.GBK(text)
    expect(await streamed(bytes, 1 << 16)).toEqual({ ok: true, text })
  })

  it("a GBK lead byte cut at a chunk's end does not decide for UTF-8", async () => {
    const bytes = new Uint8Array([...Buffer.from("a,b\r\n"), ...iconv.encode("中文", "gbk")])
    expect(await streamed(bytes, 6)).toEqual({ ok: true, text: "a,b\r\n中文" })
  })

  it("refuses what the whole-file reader refuses, with its detail", async () => {
    const cases: Array<[Uint8Array, string]> = [
      [new Uint8Array([0x61, 0x00, 0x62]), "control_characters"],
      [new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff]), "invalid_utf8"],
      [new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62]), "invalid_utf16"],
      [new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00]), "invalid_utf16"],
      [new Uint8Array([0xff, 0xfe, 0x00, 0x00]), "control_characters"],
      // GB18030 that never reads as Chinese, and a GB18030 reading with a control character.
      [new Uint8Array([0x61, 0xa1, 0xa1]), "unknown_encoding"],
      [new Uint8Array([...iconv.encode("中文", "gbk"), 0x01]), "control_characters"],
    ]
    for (const [bytes, detail] of cases) {
      expect(await streamed(bytes, 2)).toEqual({ ok: false, detail })
      expect(whole(bytes)).toEqual({ ok: false, detail })
    }
  })

  it("a file that turns from UTF-8 to GBK past the decision is refused, never misread", async () => {
    const bytes = new Uint8Array([
      ...Buffer.from(`中,${"x".repeat(1 << 17)}\r\n`),
      ...iconv.encode("中文", "gbk"),
    ])
    expect(await streamed(bytes, 1 << 16)).toEqual({ ok: false, detail: "unknown_encoding" })
  })

  it("an empty file yields nothing", async () => {
    expect(await streamed(new Uint8Array(0), 64)).toEqual({ ok: true, text: "" })
  })
})
