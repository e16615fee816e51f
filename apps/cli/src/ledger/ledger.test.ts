import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import type { Ledger } from "./ledger.ts"
import type { LedgerError } from "./ledger-error.ts"
import { openLedger } from "./open-ledger.ts"
import { sampleIndicator, sampleIndicators, sampleProject, sampleRun } from "./testing.ts"

let dir = ""
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-ledger-"))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Runs `use` on a fresh ledger in the temp dir. */
const withLedger = <A>(use: (ledger: Ledger) => Effect.Effect<A, LedgerError>) =>
  Effect.runPromise(Effect.scoped(Effect.flatMap(openLedger(join(dir, "l.sqlite")), use)))

/** The issue a failing ledger call failed with. */
const issueOf = async <A>(use: (ledger: Ledger) => Effect.Effect<A, LedgerError>) => {
  const exit = await Effect.runPromiseExit(
    Effect.scoped(Effect.flatMap(openLedger(join(dir, "l.sqlite")), use)),
  )
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  const error = exit.cause.reasons.find((r) => r._tag === "Fail")
  return (error as { error: LedgerError } | undefined)?.error.issue
}

describe("recordRun", () => {
  it("records a run once: the same id again is a no-op returning false", async () => {
    const [first, second, runs, indicators] = await withLedger((ledger) =>
      Effect.all([
        ledger.recordRun(sampleRun("aaaa1111"), [sampleProject("培训项目")], sampleIndicators(3)),
        ledger.recordRun(sampleRun("aaaa1111"), [sampleProject("培训项目")], sampleIndicators(3)),
        ledger.listRuns(),
        ledger.indicatorsOf("aaaa1111"),
      ]),
    )
    expect([first, second]).toEqual([true, false])
    expect(runs.map((run) => run.id)).toEqual(["aaaa1111"])
    expect(indicators).toEqual(sampleIndicators(3))
  })

  it("reads back exactly what it recorded: JSON parts, nulls and exact scores", async () => {
    const run = sampleRun("bbbb2222", { year: null, basis: "period" })
    const indicator = sampleIndicator(1, { target: null, actual: null, weight: null, score: 0.1 + 0.2 })
    const [got, indicators, projects] = await withLedger((ledger) =>
      Effect.all([
        Effect.andThen(
          ledger.recordRun(run, [sampleProject("p", { total: null })], [indicator]),
          ledger.getRun(run.id),
        ),
        ledger.indicatorsOf(run.id),
        ledger.projectsOf(run.id),
      ]),
    )
    expect(got).toEqual(run)
    expect(indicators).toEqual([indicator])
    expect(projects).toEqual([sampleProject("p", { total: null })])
  })
})

describe("listRuns and getRun", () => {
  const record = (ledger: Ledger) =>
    Effect.all(
      [
        ["abcd0001", "2025-01-10T09:00:00.000Z"],
        ["abcd0002", "2025-03-01T09:00:00.000Z"],
        ["ef010003", "2025-02-01T09:00:00.000Z"],
      ].map(([id, recordedAt]) => ledger.recordRun(sampleRun(id ?? "", { recordedAt }), [], [])),
    )

  it("lists the newest first", async () => {
    const runs = await withLedger((ledger) => Effect.andThen(record(ledger), ledger.listRuns()))
    expect(runs.map((run) => run.id)).toEqual(["abcd0002", "ef010003", "abcd0001"])
  })

  it("finds a run by a unique prefix of at least 4 characters", async () => {
    const run = await withLedger((ledger) => Effect.andThen(record(ledger), ledger.getRun("ef01")))
    expect(run.id).toBe("ef010003")
  })

  it("names the candidates of an ambiguous prefix", async () => {
    const issue = await issueOf((ledger) => Effect.andThen(record(ledger), ledger.getRun("abcd")))
    expect(issue).toMatchObject({
      code: "ambiguous_prefix",
      prefix: "abcd",
      candidates: ["abcd0002", "abcd0001"],
    })
  })

  it("refuses a prefix shorter than 4 and reports an unknown id", async () => {
    expect(await issueOf((ledger) => Effect.andThen(record(ledger), ledger.getRun("abc")))).toMatchObject({
      code: "prefix_too_short",
      minimum: 4,
    })
    expect(await issueOf((ledger) => Effect.andThen(record(ledger), ledger.getRun("9999")))).toMatchObject({
      code: "run_not_found",
      id: "9999",
    })
  })
})

describe("diffRuns on recorded runs", () => {
  it("diffs by id prefixes, within a year and across years", async () => {
    const changed = sampleIndicators(3).map((i) => (i.no === 2 ? { ...i, score: 4, status: "not_met" } : i))
    const diffs = await withLedger((ledger) =>
      Effect.gen(function* () {
        yield* ledger.recordRun(sampleRun("a0a0a0a0"), [sampleProject("培训项目")], sampleIndicators(3))
        yield* ledger.recordRun(sampleRun("b1b1b1b1"), [sampleProject("培训项目", { grade: "良" })], changed)
        const renumbered = changed.map((i) => ({ ...i, no: i.no + 10 }))
        yield* ledger.recordRun(
          sampleRun("c2c2c2c2", { year: 2025 }),
          [sampleProject("培训项目")],
          renumbered,
        )
        return yield* Effect.all([ledger.diffRuns("a0a0", "b1b1"), ledger.diffRuns("b1b1", "c2c2")])
      }),
    )
    const [sameYear, nextYear] = diffs
    expect(sameYear.acrossYears).toBe(false)
    expect(sameYear.indicators.map((i) => [i.no, i.before, i.after])).toEqual([
      [2, { status: "met", score: 10 }, { status: "not_met", score: 4 }],
    ])
    expect(sameYear.projects.map((p) => [p.name, p.before?.grade, p.after?.grade])).toEqual([
      ["培训项目", "优", "良"],
    ])
    // 2025 renumbered every indicator but kept the names and outcomes: only the grade changed back.
    expect(nextYear).toMatchObject({ from: "b1b1b1b1", to: "c2c2c2c2", acrossYears: true, indicators: [] })
    expect(nextYear.projects).toHaveLength(1)
  })
})
