/**
 * Fuzz: a unit's name becomes part of a file name when a big run writes its reports per unit
 * (`报告-<单位>.html`). Whatever the units are called, each file lands inside the chosen folder, within
 * the 255 bytes a file name may have, free of control and bidi characters, and no two units share one.
 */
import { basename, resolve, sep } from "node:path"
import { uniqueUnitParts, unitFileName } from "@jixiao/report"
import { Effect, Exit } from "effect"
import * as FileSystem from "effect/FileSystem"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { writeFileAtomic } from "../../apps/cli/src/io/write-file.js"
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
  "\r",
  "\b",
  "\x1b[2J",
  "\u202e",
  "\u2066",
  "\u0085",
  " ",
  "CON",
  "报告",
  "单位",
  "很长的单位名称很长的单位名称很长的单位名称很长的单位名称",
  "👍🏽",
  "(2)",
  "~",
]
const unit = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join("")),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.string({ unit: "grapheme", minLength: 60, maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 30 }),
)

/** Writes through a file system that only records the paths it was asked for. */
const written = (dir: string, name: string) => {
  const paths: string[] = []
  const fs = FileSystem.layerNoop({
    makeDirectory: (path) => Effect.sync(() => void paths.push(path)),
    writeFile: (path) => Effect.sync(() => void paths.push(path)),
    rename: (_, to) => Effect.sync(() => void paths.push(to)),
  })
  return { exit: Effect.runSyncExit(writeFileAtomic(dir, name, "x").pipe(Effect.provide(fs))), paths }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach a file name
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u
const FORMATS = ["报告-{}.html", "自评表-{}.xlsx", "报告-{}.md"]

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
          expect(file).not.toMatch(CONTROL)
          const { exit, paths } = written(dir, file)
          expect(Exit.isSuccess(exit)).toBe(true)
          for (const path of paths) expect(path === dir || path.startsWith(`${dir}${sep}`)).toBe(true)
        }),
        runs(1000),
      )
    },
    timeout(5_000),
  )

  it(
    "fit in 255 bytes, temporary names too, and distinct units get distinct names",
    () => {
      fc.assert(
        fc.property(fc.uniqueArray(unit, { minLength: 1, maxLength: 12 }), (units) => {
          // Units alike but for case, or for characters that become `_`, land on the same base name.
          const similar = [...units, ...units.map((u) => u.toUpperCase()), ...units.map((u) => `${u}/`)]
          const parts = uniqueUnitParts(new Set(similar))
          const names = [...parts.values()]
          expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(parts.size)
          for (const part of names) {
            for (const format of FORMATS) {
              const file = format.replace("{}", part)
              expect(Buffer.byteLength(file, "utf8")).toBeLessThanOrEqual(255)
            }
          }
          // The same units in the same order always get the same names.
          expect([...uniqueUnitParts(new Set(similar)).values()]).toEqual(names)
        }),
        runs(500),
      )
    },
    timeout(10_000),
  )
})
