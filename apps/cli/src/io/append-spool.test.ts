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
})
