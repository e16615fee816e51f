import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { CliFailure } from "../errors.ts"
import { chunks } from "./csv-file.ts"

const drain = async (source: AsyncIterable<Uint8Array>) => {
  let bytes = 0
  for await (const chunk of source) bytes += chunk.length
  return bytes
}

describe("chunks", () => {
  const file = join(mkdtempSync(join(tmpdir(), "jixiao-chunks-")), "a.csv")
  writeFileSync(file, "x".repeat(200_000))

  it("reads a file up to the limit", async () => {
    expect(await drain(chunks(file, 200_000))).toBe(200_000)
  })

  it("stops a file that is longer than the limit (one that grew after it was checked) with one Chinese line", async () => {
    const error = await drain(chunks(file, 100_000)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CliFailure)
    expect((error as CliFailure).message).toBe(
      `无法读取文件 ${file}：文件超过 1 MB 的输入上限（至少 1 MB）；请拆分后再读取`,
    )
  })

  it("opens nothing until read, and fails a missing file in Chinese instead of an unhandled 'error' event", async () => {
    const missing = join(tmpdir(), "jixiao-no-such-file.csv")
    const pending = chunks(missing) // never read: must not throw later from an event
    await new Promise((resolve) => setTimeout(resolve, 50))
    const error = await drain(chunks(missing)).catch((e: unknown) => e)
    expect((error as CliFailure).message).toBe(`无法读取文件 ${missing}：文件不存在`)
    await pending.return(undefined)
  })
})
