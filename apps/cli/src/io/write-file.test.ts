import { join, resolve } from "node:path"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FileSystem from "effect/FileSystem"
import { describe, expect, it } from "vitest"
import { isTemporaryName } from "./temporary-name.ts"
import { writeFileAtomic, writeFileSet } from "./write-file.ts"

/** Runs a write against a file system that only records what it was asked to do. */
const run = (dir: string, name: string, contents: string | Uint8Array) => {
  const calls: string[] = []
  const fs = FileSystem.layerNoop({
    makeDirectory: (path) => Effect.sync(() => void calls.push(`mkdir ${path}`)),
    writeFile: (path, _, options) => Effect.sync(() => void calls.push(`write ${path} ${options?.flag}`)),
    rename: (from, to) => Effect.sync(() => void calls.push(`rename ${from} ${to}`)),
  })
  const exit = Effect.runSyncExit(writeFileAtomic(dir, name, contents).pipe(Effect.provide(fs)))
  return { exit, calls }
}

const temporaryOf = (call: string | undefined) => call?.split(" ")[1] ?? ""

describe("writeFileAtomic", () => {
  it("writes through a temporary file created exclusively (wx) under a random name, then renamed", () => {
    const { exit, calls } = run("out", "报告.md", "# 报告")
    expect(exit).toEqual(Exit.succeed(join("out", "报告.md")))
    const temporary = temporaryOf(calls[1])
    expect(calls).toEqual([
      `mkdir ${resolve("out")}`,
      `write ${temporary} wx`,
      `rename ${temporary} ${resolve("out", "报告.md")}`,
    ])
    expect(temporary.startsWith(`${resolve("out")}/.jixiao-`)).toBe(true)
    expect(isTemporaryName(temporary.slice(resolve("out").length + 1))).toBe(true)
    // Not the pid, not the report's name: nobody can plant a link at the name in advance.
    expect(temporary).not.toContain(String(process.pid))
    expect(temporaryOf(run("out", "报告.md", "x").calls[1])).not.toBe(temporary)
  })

  it("creates the folder of a nested name, and puts the temporary file beside its target", () => {
    const { calls } = run("out", "assets/图.png", new Uint8Array([1, 2]))
    expect(calls[0]).toBe(`mkdir ${resolve("out", "assets")}`)
    expect(temporaryOf(calls[1]).startsWith(`${resolve("out", "assets")}/.jixiao-`)).toBe(true)
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

  it("writes every file of a set before it renames any", () => {
    const calls: string[] = []
    const fs = FileSystem.layerNoop({
      makeDirectory: () => Effect.void,
      writeFile: () => Effect.sync(() => void calls.push("write")),
      rename: () => Effect.sync(() => void calls.push("rename")),
    })
    const files = ["a.md", "b.md", "c.md"].map((name) => ({ name, contents: name }))
    Effect.runSync(writeFileSet("out", files).pipe(Effect.provide(fs)))
    expect(calls).toEqual(["write", "write", "write", "rename", "rename", "rename"])
  })
})
