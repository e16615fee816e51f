/**
 * Fuzz: a unit's name becomes part of a file name when a big run writes its reports per unit
 * (`报告-<单位>.html`). Whatever the unit is called, the file lands inside the chosen folder.
 */
import { basename, resolve, sep } from "node:path"
import { Effect, Exit } from "effect"
import * as FileSystem from "effect/FileSystem"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { unitFileName } from "../../apps/cli/src/assess/big-reports.js"
import { writeFileAtomic } from "../../apps/cli/src/output/write-file.js"
import { runs, timeout } from "./support.ts"

const PIECES = [
  "..",
  ".",
  "/",
  "\\",
  "../",
  "..\\",
  "C:",
  "/etc/passwd",
  "~",
  "\u0000",
  "\n",
  " ",
  "CON",
  "报告",
  "单位",
]
const unit = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join("")),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.string({ unit: "binary", maxLength: 30 }),
)

/** Writes through a file system that only records the paths it was asked for. */
const written = (dir: string, name: string) => {
  const paths: string[] = []
  const fs = FileSystem.layerNoop({
    makeDirectory: (path) => Effect.sync(() => void paths.push(path)),
    writeFileString: (path) => Effect.sync(() => void paths.push(path)),
    rename: (_, to) => Effect.sync(() => void paths.push(to)),
  })
  return { exit: Effect.runSyncExit(writeFileAtomic(dir, name, "x").pipe(Effect.provide(fs))), paths }
}

describe("fuzz: per-unit report file names", () => {
  it(
    "never hold a path separator or step out of the output folder, and are written there",
    () => {
      const dir = resolve("out-fuzz")
      fc.assert(
        fc.property(unit, (name) => {
          const file = `报告-${unitFileName(name)}.html`
          expect(basename(file)).toBe(file)
          expect(file).not.toMatch(/[\\/]/)
          expect(file.includes("\u0000")).toBe(false)
          const { exit, paths } = written(dir, file)
          expect(Exit.isSuccess(exit)).toBe(true)
          for (const path of paths) expect(path === dir || path.startsWith(`${dir}${sep}`)).toBe(true)
        }),
        runs(1000),
      )
    },
    timeout(5_000),
  )
})
