import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { AppendSpool } from "./append-spool.ts"

describe("a worker's append spool", () => {
  it("gives the byte range of each text, across batches, for any characters", () => {
    const path = join(mkdtempSync(join(tmpdir(), "jixiao-spool-")), "s.tmp")
    const spool = new AppendSpool(path)
    const batches = [
      [',\n{"name":"广州"}', "", "a"],
      ["𠀀😀 surrogate pairs", "x".repeat(3 << 20), "¥100"],
    ]
    const ranges = batches.map((texts) => spool.append(texts))
    const bytes = readFileSync(path)
    batches.forEach((texts, b) => {
      texts.forEach((text, i) => {
        const [start, length] = ranges[b]![i]!
        expect(bytes.subarray(start, start + length).toString("utf8")).toBe(text)
      })
    })
    expect(bytes.length).toBe(Buffer.byteLength(batches.flat().join("")))
  })

  it("adds parts as one range, written by the next flush, after what was flushed before", () => {
    const path = join(mkdtempSync(join(tmpdir(), "jixiao-spool-")), "s.tmp")
    const spool = new AppendSpool(path)
    const [first] = spool.append(["前"]) as [readonly [number, number]]
    // Bigger than the first buffer (1 MB): the buffer grows and keeps what was added before.
    const big = "量".repeat(1 << 19)
    const a = spool.add(",\n    ", '{"a":"𠀀"}')
    const b = spool.add("", big, "")
    expect(readFileSync(path).length).toBe(first[1])
    spool.flush()
    const bytes = readFileSync(path)
    const text = (range: readonly [number, number]) =>
      bytes.subarray(range[0], range[0] + range[1]).toString("utf8")
    expect([text(first), text(a), text(b)]).toEqual(["前", ',\n    {"a":"𠀀"}', big])
    expect(bytes.length).toBe(b[0] + b[1])
    spool.flush()
    expect(readFileSync(path).length).toBe(bytes.length)
  })
})
