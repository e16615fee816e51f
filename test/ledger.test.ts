import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Effect from "effect/Effect"
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { type Ledger, type LedgerError, openLedger } from "../apps/cli/src/ledger/index.js"
import { sampleIndicators, sampleRun } from "../apps/cli/src/ledger/testing.js"
import { buildLedgerChild } from "./support/ledger-child.ts"

// The ledger across processes: two writers at once, and a writer killed mid-transaction. The child script
// is bundled beside apps/cli/node_modules so that it resolves better-sqlite3 as the CLI does.
let childScript = ""
beforeAll(async () => {
  childScript = await buildLedgerChild("jixiao-ledger-test")
})

let dir = ""
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-ledger-"))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const ledgerFile = () => join(dir, "jixiao-ledger.sqlite")

const withLedger = <A>(use: (ledger: Ledger) => Effect.Effect<A, LedgerError>) =>
  Effect.runPromise(Effect.scoped(Effect.flatMap(openLedger(ledgerFile()), use)))

const startChild = (args: ReadonlyArray<string>): ChildProcess =>
  spawn(process.execPath, [childScript, ...args], { stdio: ["ignore", "pipe", "pipe"] })

/** Collects a child's output until it exits. */
const finished = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => {
    let stdout = ""
    let stderr = ""
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }))
  })

/** Resolves once the child prints `line`. */
const printed = (child: ChildProcess, line: string) =>
  new Promise<void>((resolve, reject) => {
    let out = ""
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString()
      if (out.split("\n").includes(line)) resolve()
    })
    child.on("close", () => reject(new Error(`child exited before printing ${line}`)))
  })

describe("the ledger across processes", () => {
  it("records from two processes at once: every run, and a sound file", async () => {
    const children = [
      startChild(["record", ledgerFile(), "a", "40"]),
      startChild(["record", ledgerFile(), "b", "40"]),
    ]
    const results = await Promise.all(children.map(finished))
    expect(results.map((r) => [r.code, r.stdout, r.stderr])).toEqual([
      [0, "done\n", ""],
      [0, "done\n", ""],
    ])
    const [runs, problems, indicators] = await withLedger((ledger) =>
      Effect.all([ledger.listRuns(), ledger.integrityCheck(), ledger.indicatorsOf("b-39")]),
    )
    expect(runs).toHaveLength(80)
    expect(problems).toEqual([])
    expect(indicators).toHaveLength(50)
  })

  it("keeps no trace of a run whose process was killed in the middle of recording it", async () => {
    await withLedger((ledger) => ledger.recordRun(sampleRun("before"), [], sampleIndicators(3)))
    const child = startChild(["hang", ledgerFile(), "killed", "10000"])
    const exited = finished(child)
    await printed(child, "ready") // 5,000 of 10,000 indicator rows inserted, the transaction still open
    child.kill("SIGKILL")
    expect((await exited).signal).toBe("SIGKILL")
    const [hasKilled, runs, problems, recorded] = await withLedger((ledger) =>
      Effect.all([
        ledger.hasRun("killed"),
        ledger.listRuns(),
        ledger.integrityCheck(),
        // The ledger still takes writes: the dead writer's lock went with it.
        ledger.recordRun(sampleRun("after"), [], sampleIndicators(3)),
      ]),
    )
    expect(hasKilled).toBe(false)
    expect(runs.map((run) => run.id)).toEqual(["before"])
    expect(problems).toEqual([])
    expect(recorded).toBe(true)
  })
})

describe("the writer lock across processes", () => {
  it("lets exactly one of several processes take over a stale lock", async () => {
    const dead = spawn(process.execPath, ["-e", ""], { stdio: "ignore" })
    const pid = await new Promise<number>((resolve) => dead.on("exit", () => resolve(dead.pid ?? 0)))
    writeFileSync(
      `${ledgerFile()}.lock`,
      JSON.stringify({ pid, startedAt: "2025-01-10T09:30:00.000Z", token: "x" }),
    )
    // Each holds what it got for 1.5 s, longer than the others take to start and try.
    const children = [1, 2, 3, 4].map(() => startChild(["lock", ledgerFile(), "1500"]))
    const outcomes = (await Promise.all(children.map(finished))).map((r) => r.stdout.trim())
    // One holder: usually the one that took the stale lock over; a plain acquirer may slip in between the
    // takeover's unlink and link, and then holds it instead.
    expect(outcomes.filter((o) => o === "stale" || o === "acquired")).toHaveLength(1)
    expect(outcomes.filter((o) => o === "locked")).toHaveLength(3)
  })
})
