import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import type { Ledger } from "./ledger.ts"
import type { LedgerError } from "./ledger-error.ts"
import { openLedger } from "./open-ledger.ts"
import { schemaVersion } from "./schema.ts"
import {
  sampleIndicator,
  sampleIndicators,
  sampleMonitorIndicator,
  sampleMonitorProject,
  sampleMonitorRun,
  sampleProject,
  sampleRun,
} from "./testing.ts"
import type { AnyRunDiff, RunDiff } from "./types.ts"

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

/** A diff of two year-end runs, or the test fails. */
const yearEndDiff = (diff: AnyRunDiff | undefined): RunDiff => {
  if (diff?.kind !== "year_end") throw new Error(`expected a year-end diff, got ${diff?.kind}`)
  return diff
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
    const [sameYear, nextYear] = [yearEndDiff(diffs[0]), yearEndDiff(diffs[1])]
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

/** The schema as jixiao wrote it before monitoring runs (version 1), copied here so it stays what it was. */
const schemaV1 = `
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE runs (
  id TEXT PRIMARY KEY, recorded_at TEXT NOT NULL, department TEXT NOT NULL, year INTEGER,
  basis TEXT NOT NULL, policy TEXT NOT NULL, engine_version TEXT NOT NULL,
  inputs_json TEXT NOT NULL, outputs_json TEXT NOT NULL, summary_json TEXT NOT NULL
);
CREATE TABLE indicators (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE, unit TEXT NOT NULL, project TEXT NOT NULL,
  no INTEGER NOT NULL, name TEXT NOT NULL, level1 TEXT NOT NULL, level2 TEXT NOT NULL, target TEXT,
  actual TEXT, weight REAL, score REAL, status TEXT NOT NULL
);
CREATE INDEX indicators_run_id ON indicators(run_id);
CREATE TABLE projects (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE, unit TEXT NOT NULL, name TEXT NOT NULL,
  total REAL, grade TEXT NOT NULL
);
CREATE INDEX projects_run_id ON projects(run_id);
INSERT INTO schema_version (version) VALUES (1);
`

type Sqlite = new (
  file: string,
) => {
  exec(sql: string): void
  prepare(sql: string): { run(...values: unknown[]): unknown; all(): unknown[]; get(): unknown }
  close(): void
}

/** A ledger file as jixiao 0.1 with schema version 1 made it, holding one year-end run. */
const oldLedger = async (file: string) => {
  const { default: Database } = (await import("better-sqlite3")) as unknown as { default: Sqlite }
  const db = new Database(file)
  db.exec(schemaV1)
  const run = sampleRun("0ld0ld0ld0ld0ld0")
  db.prepare("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").run(
    run.id,
    run.recordedAt,
    run.department,
    run.year,
    run.basis,
    run.policy,
    run.engineVersion,
    JSON.stringify(run.inputs),
    JSON.stringify(run.outputs),
    JSON.stringify(run.summary),
  )
  for (const i of sampleIndicators(2))
    db.prepare("INSERT INTO indicators VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").run(
      run.id,
      i.unit,
      i.project,
      i.no,
      i.name,
      i.level1,
      i.level2,
      i.target,
      i.actual,
      i.weight,
      i.score,
      i.status,
    )
  db.prepare("INSERT INTO projects VALUES (?, ?, ?, ?, ?)").run(run.id, "测试单位", "培训项目", 95, "优")
  db.close()
  return run
}

describe("a ledger of schema version 1 (before monitoring runs)", () => {
  it("opens: its runs read back as year-end runs, and a monitoring run records beside them", async () => {
    const file = join(dir, "l.sqlite")
    const old = await oldLedger(file)
    const [runs, indicators, projects, diff] = await withLedger((ledger) =>
      Effect.gen(function* () {
        yield* ledger.recordRun(
          sampleMonitorRun("m0m0m0m0m0m0m0m0"),
          [sampleMonitorProject("培训项目")],
          [sampleMonitorIndicator(1), sampleMonitorIndicator(2, { light: "red", forecast: "90家" })],
        )
        return yield* Effect.all([
          ledger.listRuns(),
          ledger.indicatorsOf(old.id),
          ledger.projectsOf(old.id),
          ledger.diffRuns("m0m0", old.id),
        ])
      }),
    )
    expect(runs.map((r) => [r.id, r.kind, r.asOf])).toEqual([
      ["0ld0ld0ld0ld0ld0", "year_end", null],
      ["m0m0m0m0m0m0m0m0", "monitor", "2024-07-31"],
    ])
    expect(runs[0]).toEqual(old)
    expect(indicators).toEqual(sampleIndicators(2))
    expect(projects).toEqual([sampleProject("培训项目")])
    expect(diff.kind).toBe("forecast_outcome")
    const { default: Database } = (await import("better-sqlite3")) as unknown as { default: Sqlite }
    const db = new Database(file)
    expect(db.prepare("SELECT max(version) AS v FROM schema_version").get()).toEqual({ v: schemaVersion })
    db.close()
  })

  it("is migrated once: opening it again finds version 2 and adds nothing", async () => {
    const file = join(dir, "l.sqlite")
    await oldLedger(file)
    await Effect.runPromise(Effect.scoped(Effect.all([openLedger(file), openLedger(file)])))
    const { default: Database } = (await import("better-sqlite3")) as unknown as { default: Sqlite }
    const db = new Database(file)
    expect(db.prepare("SELECT version FROM schema_version ORDER BY version").all()).toEqual([
      { version: 1 },
      { version: 2 },
    ])
    db.close()
  })
})

describe("monitoring runs", () => {
  it("read back with their kind, as-of date, lights, forecasts and budget lights", async () => {
    const run = sampleMonitorRun("m1m1m1m1m1m1m1m1")
    const indicator = sampleMonitorIndicator(1, { completion: null, forecast: null, projectedScore: null })
    const [got, indicators, projects] = await withLedger((ledger) =>
      Effect.andThen(
        ledger.recordRun(
          run,
          [sampleMonitorProject("p", { budgetLight: null, budgetProgress: null })],
          [indicator],
        ),
        Effect.all([ledger.getRun(run.id), ledger.indicatorsOf(run.id), ledger.projectsOf(run.id)]),
      ),
    )
    expect(got).toEqual(run)
    expect(indicators).toEqual([indicator])
    expect(projects).toEqual([sampleMonitorProject("p", { budgetLight: null, budgetProgress: null })])
  })

  it("diff by kind: two monitoring runs give the lights, either order of monitor and year-end the forecast", async () => {
    const diffs = await withLedger((ledger) =>
      Effect.gen(function* () {
        yield* ledger.recordRun(
          sampleMonitorRun("a7a7a7a7"),
          [sampleMonitorProject("培训项目")],
          [sampleMonitorIndicator(1)],
        )
        yield* ledger.recordRun(
          sampleMonitorRun("b8b8b8b8", { asOf: "2024-10-31" }),
          [sampleMonitorProject("培训项目")],
          [sampleMonitorIndicator(1, { light: "yellow" })],
        )
        yield* ledger.recordRun(sampleRun("c9c9c9c9"), [sampleProject("培训项目")], sampleIndicators(1))
        return yield* Effect.all([
          ledger.diffRuns("a7a7", "b8b8"),
          ledger.diffRuns("a7a7", "c9c9"),
          ledger.diffRuns("c9c9", "a7a7"),
        ])
      }),
    )
    expect(diffs.map((d) => d.kind)).toEqual(["lights", "forecast_outcome", "forecast_outcome"])
    expect(diffs[1]).toEqual(diffs[2])
    expect(diffs[0]).toMatchObject({
      asOf: { before: "2024-07-31", after: "2024-10-31" },
      indicators: [{ no: 1, before: { light: "green" }, after: { light: "yellow" } }],
    })
  })
})
