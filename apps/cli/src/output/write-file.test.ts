import { join, resolve } from "node:path"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FileSystem from "effect/FileSystem"
import { describe, expect, it } from "vitest"
import { writeFileAtomic } from "./write-file.ts"

/** Runs a write against a file system that only records what it was asked to do. */
const run = (dir: string, name: string, contents: string | Uint8Array) => {
  const calls: string[] = []
  const fs = FileSystem.layerNoop({
    makeDirectory: (path) => Effect.sync(() => void calls.push(`mkdir ${path}`)),
    writeFileString: (path) => Effect.sync(() => void calls.push(`text ${path}`)),
    writeFile: (path) => Effect.sync(() => void calls.push(`bytes ${path}`)),
    rename: (from, to) => Effect.sync(() => void calls.push(`rename ${from} ${to}`)),
  })
  const exit = Effect.runSyncExit(writeFileAtomic(dir, name, contents).pipe(Effect.provide(fs)))
  return { exit, calls }
}

describe("writeFileAtomic", () => {
  it("writes text through a temporary file renamed over the target", () => {
    const { exit, calls } = run("out", "报告.md", "# 报告")
    expect(exit).toEqual(Exit.succeed(join("out", "报告.md")))
    const target = resolve("out", "报告.md")
    const temporary = resolve("out", `.报告.md.${process.pid}.tmp`)
    expect(calls).toEqual([`mkdir ${resolve("out")}`, `text ${temporary}`, `rename ${temporary} ${target}`])
  })

  it("writes bytes as bytes, and creates the folder of a nested name", () => {
    const { calls } = run("out", "assets/图.png", new Uint8Array([1, 2]))
    expect(calls[0]).toBe(`mkdir ${resolve("out", "assets")}`)
    expect(calls[1]).toMatch(/^bytes .*\.图\.png\.\d+\.tmp$/)
  })

  it.each(["../报告.md", "/tmp/报告.md", "a/../../报告.md", "", "."])(
    "refuses %j, which would not land inside the output folder, before touching the disk",
    (name) => {
      const { exit, calls } = run("out", name, "x")
      const reason = Exit.isFailure(exit) ? exit.cause.reasons[0] : undefined
      expect(reason?._tag === "Fail" && reason.error.message).toBe(
        `拒绝写入 ${name}：文件名会落在输出目录 out 之外`,
      )
      expect(calls).toEqual([])
    },
  )
})
