/**
 * Issue 13, item 19: where better-sqlite3 (an optional native dependency) is missing or did not build,
 * every command but `run` and `runs` works, and those two say what is missing and what the build needs.
 * The bundle runs from a copy whose only resolvable package is exceljs, so better-sqlite3 cannot be found;
 * a second copy gets a better-sqlite3 whose native addon fails to load, as pnpm leaves a failed build.
 */
import { spawnSync } from "node:child_process"
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { root } from "./support/run-cli.ts"

const seeds = [
  "000_6fa372ea3c00e953.txt",
  "sample-actuals-2024.csv",
  "sample-budget-2024.csv",
  "seed-2024.config.json",
]
const targets = join(root, "seeds", seeds[0]!)

let dir = ""

/** A copy of the bundles in `<dir>/<name>/dist`, with exceljs and, if given, a fake better-sqlite3. */
const install = (name: string, sqlite?: string) => {
  const home = join(dir, name)
  mkdirSync(join(home, "dist"), { recursive: true })
  mkdirSync(join(home, "node_modules"))
  for (const file of ["jixiao.mjs", "grade-worker.mjs"]) {
    copyFileSync(join(root, "apps/cli/dist", file), join(home, "dist", file))
  }
  symlinkSync(realpathSync(join(root, "apps/cli/node_modules/exceljs")), join(home, "node_modules/exceljs"))
  if (sqlite !== undefined) {
    const pkg = join(home, "node_modules/better-sqlite3")
    mkdirSync(pkg)
    writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "better-sqlite3", main: "index.js" }))
    writeFileSync(join(pkg, "index.js"), sqlite)
  }
  mkdirSync(join(home, "seeds"))
  for (const file of seeds) copyFileSync(join(root, "seeds", file), join(home, "seeds", file))
  return home
}

const jixiao = (home: string, args: ReadonlyArray<string>, input = "") => {
  const { FORCE_COLOR: _, ...env } = process.env
  const result = spawnSync(process.execPath, [join(home, "dist/jixiao.mjs"), ...args], {
    cwd: home,
    input,
    encoding: "utf8",
    env: { ...env, NO_COLOR: "1" },
    timeout: 60_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

// What better-sqlite3 does when its build failed: it loads, and throws when a database is made.
const unbuilt = `module.exports = function Database() {
  throw new Error("Could not locate the bindings file. Tried:\\n → build/better_sqlite3.node")
}`

let absent = ""
let broken = ""
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-no-sqlite-"))
  absent = install("absent")
  broken = install("broken", unbuilt)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("without a usable better-sqlite3", () => {
  it("starts, and assesses, lints, compiles, reports and makes templates", () => {
    expect(jixiao(absent, ["--version"])).toMatchObject({ status: 0, stdout: "jixiao 0.1.0\n" })
    const out = join(absent, "out")
    const assessed = jixiao(absent, [
      "assess",
      "--targets",
      targets,
      "--out",
      out,
      "--format",
      "xlsx,md,html,csv",
    ])
    expect([assessed.status, assessed.stderr]).toEqual([0, ""])
    const reported = jixiao(absent, ["report", join(out, "results.json"), "--out", join(absent, "again")])
    expect([reported.status, reported.stderr]).toEqual([0, ""])
    expect(jixiao(absent, ["lint", targets, "--fail-on", "never"]).status).toBe(0)
    expect(jixiao(absent, ["compile", "--json"], "不少于150家\n").status).toBe(0)
    const template = jixiao(absent, ["template", "--targets", targets, "--out", join(absent, "模板.xlsx")])
    expect([template.status, template.stderr]).toEqual([0, ""])
  })

  it.each([
    ["not installed", () => absent, "pnpm install"],
    ["installed but not built", () => broken, "pnpm rebuild better-sqlite3"],
  ])("run and runs say what is missing (%s) and what the native build needs", (_, home, remedy) => {
    const ran = jixiao(home(), ["run", "--config", "seeds/seed-2024.config.json"])
    writeFileSync(join(home(), "seeds/jixiao-ledger.sqlite"), "")
    const listed = jixiao(home(), ["runs", "list", "--config", "seeds/seed-2024.config.json"])
    for (const failed of [ran, listed]) {
      expect(failed.status).toBe(1)
      for (const word of ["better-sqlite3", "python3", "make", "g++", remedy])
        expect(failed.stderr).toContain(word)
      expect(failed.stderr).not.toContain("内部错误")
    }
  })
})
