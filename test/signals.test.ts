import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Effect from "effect/Effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { acquireRunLock } from "../apps/cli/src/ledger/index.js"
import { generate } from "../scripts/gen.ts"
import { root } from "./support/run-cli.ts"

// Issue #15, item 11: SIGTERM and SIGINT stop a busy jixiao within 2 s, exiting 143 or 130, with the
// ledger's lock released and no temporary file (spools, staged reports) left behind. 5,000 indicators with
// every format keep assess busy for several seconds here: grading first, then rendering the reports.

let dir = ""
let files = { targets: "", actuals: "", budget: "" }
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-signals-"))
  files = generate(5_000, 7, join(dir, "in")).files
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Starts the bundled CLI, sends `signal` after `afterMs`, and says how it ended and how fast. */
const stopped = (args: ReadonlyArray<string>, signal: "SIGTERM" | "SIGINT", afterMs: number) =>
  new Promise<{ code: number | null; killedBy: string | null; stopMs: number; finishedFirst: boolean }>(
    (resolve) => {
      const { FORCE_COLOR: _, ...env } = process.env
      const child = spawn(process.execPath, ["apps/cli/bin/jixiao.mjs", ...args], {
        cwd: root,
        env: { ...env, NO_COLOR: "1" },
        stdio: "ignore",
      })
      let sentAt = 0
      const timer = setTimeout(() => {
        sentAt = Date.now()
        child.kill(signal)
      }, afterMs)
      child.on("exit", (code, killedBy) => {
        clearTimeout(timer)
        resolve({ code, killedBy, stopMs: Date.now() - sentAt, finishedFirst: sentAt === 0 })
      })
    },
  )

/** jixiao's temporary files: spools and staged reports are dot files (`.jixiao-….tmp`). */
const leftovers = (folder: string) =>
  existsSync(folder) ? readdirSync(folder).filter((name) => name.startsWith(".")) : []

const assessArgs = (out: string) => [
  "assess",
  ...["--targets", files.targets, "--actuals", files.actuals, "--budget", files.budget],
  ...["--year", "2024", "--out", out, "--format", "html,xlsx,md,csv"],
]

describe("a busy jixiao stops on a signal", () => {
  it.each([
    ["SIGTERM", 1_000, 143],
    ["SIGINT", 1_000, 130],
    ["SIGTERM", 2_500, 143],
  ] as const)(
    "assess: %s after %i ms exits %i within 2 s, leaving no temporary file",
    async (signal, afterMs, exit) => {
      const out = join(dir, `assess-${signal}-${afterMs}`)
      mkdirSync(out)
      const result = await stopped(assessArgs(out), signal, afterMs)
      expect(result.finishedFirst, "the run must still be busy when the signal is sent").toBe(false)
      expect(result).toMatchObject({ code: exit, killedBy: null })
      expect(result.stopMs).toBeLessThan(2_000)
      expect(leftovers(out)).toEqual([])
    },
  )

  it("report: SIGTERM while rendering a large results.json exits 143 within 2 s, leaving no temporary file", async () => {
    const results = join(dir, "report-from")
    mkdirSync(results)
    const made = spawnSync(
      process.execPath,
      ["apps/cli/bin/jixiao.mjs", ...assessArgs(results).slice(0, -2)],
      {
        cwd: root,
        stdio: "ignore",
      },
    )
    expect(made.status).toBe(0)
    const out = join(dir, "report-out")
    mkdirSync(out)
    const args = ["report", join(results, "results.json"), "--format", "html,xlsx,md", "--out", out]
    const result = await stopped(args, "SIGTERM", 1_000)
    expect(result.finishedFirst, "the report must still be busy when the signal is sent").toBe(false)
    expect(result).toMatchObject({ code: 143, killedBy: null })
    expect(result.stopMs).toBeLessThan(2_000)
    expect(leftovers(out)).toEqual([])
  })

  it("run: SIGTERM exits 143 within 2 s, releases the ledger's lock and leaves no temporary file", async () => {
    const work = join(dir, "run")
    mkdirSync(work)
    const config = join(work, "jixiao.config.json")
    writeFileSync(
      config,
      JSON.stringify({ year: 2024, inputs: files, outputs: { folder: "out" }, failOn: "never" }),
    )
    const result = await stopped(["run", "--config", config, "--quiet"], "SIGTERM", 1_500)
    expect(result.finishedFirst, "the run must still be busy when the signal is sent").toBe(false)
    expect(result).toMatchObject({ code: 143, killedBy: null })
    expect(result.stopMs).toBeLessThan(2_000)
    // The next run can start at once.
    const lock = await Effect.runPromise(acquireRunLock(join(work, "jixiao-ledger.sqlite"), { waitMs: 0 }))
    lock.release()
    expect(leftovers(work)).toEqual([])
    expect(leftovers(join(work, "out"))).toEqual([])
  })
})
