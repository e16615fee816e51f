import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import * as NodeServices from "@effect/platform-node/NodeServices"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import type { CliFailure } from "../errors.ts"
import { openLedger } from "../ledger/index.ts"
import { makeRunLog } from "../present/run-log.ts"
import { executeRun } from "./run.ts"

// `jixiao run` with "mode": "monitor" and "asOf": "today", in this process, with the clock fixed.

const seeds = fileURLToPath(new URL("../../../../seeds/", import.meta.url))
let dir = ""
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-run-monitor-"))
  for (const name of ["000_6fa372ea3c00e953.txt", "sample-monitor-2024-07.csv", "sample-budget-2024-07.csv"])
    copyFileSync(join(seeds, name), join(dir, name))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const fixedClock = (iso: string): Clock.Clock => {
  const millis = Date.parse(iso)
  return {
    currentTimeMillisUnsafe: () => millis,
    currentTimeMillis: Effect.succeed(millis),
    currentTimeNanosUnsafe: () => BigInt(millis) * 1_000_000n,
    currentTimeNanos: Effect.succeed(BigInt(millis) * 1_000_000n),
    monotonicTimeNanosUnsafe: () => 0n,
    monotonicTimeNanos: Effect.succeed(0n),
    sleep: () => Effect.void,
  }
}

const config = (extra: Record<string, unknown>) => {
  const file = join(dir, "monitor.config.json")
  writeFileSync(
    file,
    JSON.stringify({
      mode: "monitor",
      asOf: "today",
      inputs: {
        targets: "000_6fa372ea3c00e953.txt",
        actuals: "sample-monitor-2024-07.csv",
        budget: "sample-budget-2024-07.csv",
      },
      outputs: { formats: [] },
      failOn: "never",
      ...extra,
    }),
  )
  return file
}

const log = makeRunLog({ format: "human", quiet: true, tty: false, now: () => new Date(0), write: () => {} })

const runAt = (iso: string, file: string) =>
  Effect.runPromiseExit(
    executeRun(file, { waitMs: 0, log }).pipe(
      Effect.provideService(Clock.Clock, fixedClock(iso)),
      Effect.provide(NodeServices.layer),
    ),
  )

const recorded = (file: string) =>
  Effect.runPromise(Effect.scoped(Effect.flatMap(openLedger(file, { create: false }), (l) => l.listRuns())))

describe('run --config with "asOf": "today"', () => {
  it("monitors as of the clock's day in Shanghai and records that date", async () => {
    const exit = await runAt("2024-07-31T15:00:00.000Z", config({}))
    expect(Exit.isSuccess(exit)).toBe(true)
    const runs = await recorded(join(dir, "jixiao-ledger.sqlite"))
    expect(runs.map((r) => [r.kind, r.asOf, r.year])).toEqual([["monitor", "2024-07-31", 2024]])
    expect(runs[0]!.summary.timeProgress).toBe(58.2)
    // 2024-07-31T16:30Z is 1 August in Shanghai: another day, another run.
    await runAt("2024-07-31T16:30:00.000Z", config({}))
    const again = await recorded(join(dir, "jixiao-ledger.sqlite"))
    expect(again.map((r) => r.asOf)).toEqual(["2024-08-01", "2024-07-31"])
    expect(new Set(again.map((r) => r.id)).size).toBe(2)
  })

  it("at 2024-12-31T16:30Z today is 2025-01-01: outside fiscal year 2024, an error naming the date", async () => {
    const exit = await runAt("2024-12-31T16:30:00.000Z", config({ year: 2024 }))
    expect(Exit.isFailure(exit)).toBe(true)
    const failure = Exit.isFailure(exit)
      ? (exit.cause.reasons.find((r) => r._tag === "Fail") as { error: CliFailure } | undefined)?.error
      : undefined
    expect(failure?.code).toBe("usage")
    expect(failure?.message).toContain("2025-01-01")
    expect(failure?.message).toContain("2024")
    // Nothing was recorded, though the ledger was opened.
    expect(await recorded(join(dir, "jixiao-ledger.sqlite"))).toEqual([])
  })

  it("at 2024-12-31T15:59Z today is still 2024-12-31, the whole fiscal year", async () => {
    const exit = await runAt("2024-12-31T15:59:00.000Z", config({ year: 2024 }))
    expect(Exit.isSuccess(exit)).toBe(true)
    const [run] = await recorded(join(dir, "jixiao-ledger.sqlite"))
    expect([run?.asOf, run?.summary.timeProgress]).toEqual(["2024-12-31", 100])
  })
})
