/**
 * Recording a monitoring run in the ledger, beside year-end runs: `monitor --ledger` and `run --config`
 * with `"mode": "monitor"`. The run id digests what the run read, its mode and as-of date (so it differs
 * from a year-end run on the same inputs); the staged files are committed (only those whose bytes changed),
 * then the run, its projects (projected, with their budget lights) and its indicators (lights, completion,
 * forecast and projected score) are recorded in one transaction.
 */

import { mkdirSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { defaultMonitorFormats, type MonitorFormat } from "@jixiao/report"
import type { MonitorResultsJson, Policy } from "@jixiao/scoring"
import * as Clock from "effect/Clock"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import type * as FileSystem from "effect/FileSystem"
import { CliFailure } from "../errors.ts"
import type { OutputSet } from "../io/write-file.ts"
import {
  type Ledger,
  LedgerError,
  ledgerMessage,
  type MonitorIndicatorRecord,
  type MonitorProjectRecord,
  openLedger,
  type RunRecord,
  scopedRunLock,
} from "../ledger/index.ts"
import { folderWriteMessage } from "../present/file-error.ts"
import { cliText } from "../present/messages-zh-CN.ts"
import type { Config } from "./config.ts"
import type { MonitorFiles } from "./monitor.ts"
import { findOverlap, monitorRunPaths } from "./path-overlap.ts"
import { assessOverlapMessage } from "./path-overlap-messages.ts"
import { runId } from "./run-id.ts"
import { fileDigest, type InputDigest } from "./run-inputs.ts"

/** What a monitoring run depends on besides its results: the run id is made of these. */
export interface MonitorFacts {
  readonly engineVersion: string
  readonly year: number
  readonly asOf: string
  readonly department: string | null
  readonly policy: Policy
  readonly inputs: ReadonlyArray<InputDigest>
  readonly formats: ReadonlyArray<string>
}

/**
 * A monitoring run's id. Mode and as-of date are part of it: a monitoring run on the same files as a
 * year-end run is another run, and so is the same sheet monitored as of another day. A year-end run's
 * identity has neither key, so year-end ids are as they were.
 */
export const monitorRunId = (facts: MonitorFacts): string =>
  runId({
    engineVersion: facts.engineVersion,
    year: facts.year,
    basis: "annual",
    department: facts.department,
    policy: facts.policy,
    inputs: facts.inputs.map(({ role, sha256 }) => ({ role, sha256 })),
    outputs: { formats: facts.formats },
    mode: "monitor",
    asOf: facts.asOf,
  })

type ProjectJson = MonitorResultsJson["projects"][number]

/** Every indicator of the run, as the ledger keeps a monitoring run's. */
export function* monitorIndicatorRecords(projects: Iterable<ProjectJson>): Generator<MonitorIndicatorRecord> {
  for (const p of projects)
    for (const i of p.indicators)
      yield {
        unit: p.unit,
        project: p.name,
        no: i.no,
        name: i.name,
        level1: i.level1,
        level2: i.level2,
        target: i.target,
        actual: i.toDate,
        weight: i.forecast?.weight ?? null,
        score: null,
        status: i.forecast?.status ?? "not_evaluated",
        light: i.light,
        completion: i.completion,
        forecast: i.forecast?.text ?? null,
        projectedScore: i.forecast?.score ?? null,
      }
}

/** Every project of the run: its projection and its budget's light. */
export const monitorProjectRecords = (projects: Iterable<ProjectJson>): MonitorProjectRecord[] =>
  [...projects].map((p) => ({
    unit: p.unit,
    name: p.name,
    total: p.projected.total,
    grade: p.projected.grade,
    budgetLight: p.budget?.light ?? null,
    budgetProgress: p.budget?.progress ?? null,
  }))

const countBy = <A>(items: Iterable<A>, key: (a: A) => string): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1
  return counts
}

/**
 * The summary a monitoring run's ledger row carries: the projected department score and grade, the
 * projected grades counted, the sheet's rows (in = answered indicators + rejected rows), the forecasts'
 * statuses, 序时进度 and the lights.
 */
export const monitorSummary = (results: MonitorResultsJson, decimals: number): RunRecord["summary"] => {
  const indicators = results.projects.flatMap((p) => p.indicators)
  const graded = indicators.filter((i) => "row" in i && i.row !== undefined).length
  const rejected = results.rejected.length
  return {
    score: results.department.projected.score,
    grade: results.department.projected.grade,
    decimals,
    projects: results.projects.length,
    grades: countBy(results.projects, (p) => p.projected.grade),
    rows: { in: graded + rejected, graded, rejected },
    statuses: countBy(indicators, (i) => i.forecast?.status ?? "not_evaluated"),
    ...(results.timeProgress === null ? {} : { timeProgress: results.timeProgress }),
    lights: results.lights,
    budgetLights: results.budgetLights,
  }
}

/** What recording found: the run id, and whether it was new (a rerun with unchanged inputs records nothing). */
export interface MonitorRecorded {
  readonly id: string
  readonly recorded: boolean
  readonly outputs: ReadonlyArray<{
    readonly path: string
    readonly sha256: string
    readonly written: boolean
  }>
}

const ledgerFailure = (error: LedgerError) =>
  new CliFailure({ code: "ledger", message: ledgerMessage(error.issue) })

/**
 * Commits the staged set (only files whose bytes changed) and records the run in the open ledger, in one
 * transaction. The id is given: `run` logs it before grading.
 */
export const commitAndRecordMonitor = (
  ledger: Ledger,
  id: string,
  facts: MonitorFacts,
  set: OutputSet,
  results: MonitorResultsJson,
): Effect.Effect<MonitorRecorded, CliFailure, FileSystem.FileSystem> =>
  Effect.gen(function* () {
    const outputs = yield* set.commitChanged()
    const recordedAt = new Date(yield* Clock.currentTimeMillis).toISOString()
    const run: RunRecord = {
      id,
      kind: "monitor",
      asOf: facts.asOf,
      recordedAt,
      department: facts.department ?? results.department.name,
      year: facts.year,
      basis: "annual",
      policy: facts.policy.name,
      engineVersion: facts.engineVersion,
      inputs: facts.inputs,
      outputs: outputs.map(({ path, sha256 }) => ({ path, sha256 })),
      summary: monitorSummary(results, facts.policy.rounding.decimals),
    }
    const recorded = yield* ledger
      .recordRun(run, monitorProjectRecords(results.projects), monitorIndicatorRecords(results.projects))
      .pipe(Effect.mapError(ledgerFailure))
    return { id, recorded, outputs }
  })

/** The digests of the files a monitoring run reads, by role. */
export const monitorInputDigests = (files: {
  readonly targets: string
  readonly actuals: string
  readonly budget: string | null
}) =>
  Effect.gen(function* () {
    const inputs: InputDigest[] = []
    for (const role of ["targets", "actuals", "budget"] as const) {
      const path = files[role]
      if (path !== null) inputs.push({ role, path, sha256: yield* fileDigest(path) })
    }
    return inputs
  })

/** The command line's files must be distinct from the ledger's (a ledger at out/results.json …). */
const refuseOverlaps = (given: MonitorFiles, ledger: string, formats: ReadonlyArray<MonitorFormat>) => {
  const config = {
    inputs: {
      targets: given.targets,
      actuals: given.actuals,
      ...(given.budget === null ? {} : { budget: given.budget }),
    },
    outputs: { folder: given.out },
  } as Config
  const paths = monitorRunPaths(join(process.cwd(), "jixiao.config.json"), config, resolve(ledger), formats)
  const overlap = findOverlap(paths.filter((p) => p.role.kind !== "config"))
  return overlap === null
    ? Effect.void
    : Effect.fail(new CliFailure({ code: "paths_overlap", message: assessOverlapMessage(overlap) }))
}

/**
 * `jixiao monitor --ledger FILE`: the paths checked, the ledger's folder made, its lock taken (no waiting,
 * as `assess --ledger`) and the ledger opened before anything is read; then `monitor` runs with a commit
 * that records, and the line saying so is printed after its summary.
 */
export const monitorWithLedger = <A>(
  given: MonitorFiles,
  ledgerPath: string,
  monitor: (given: MonitorFiles) => Effect.Effect<A, CliFailure, FileSystem.FileSystem>,
): Effect.Effect<A, CliFailure, FileSystem.FileSystem> =>
  Effect.scoped(
    Effect.gen(function* () {
      const formats = given.formats ?? defaultMonitorFormats
      yield* refuseOverlaps(given, ledgerPath, formats)
      yield* Effect.try({
        try: () => mkdirSync(dirname(resolve(ledgerPath)), { recursive: true }),
        catch: (error) =>
          new CliFailure({ code: "ledger", message: folderWriteMessage(dirname(ledgerPath), error) }),
      })
      yield* scopedRunLock(ledgerPath, { waitMs: 0 })
      const ledger = yield* openLedger(ledgerPath)
      let recorded: MonitorRecorded | null = null
      const result = yield* monitor({
        ...given,
        commit: (set, results) =>
          Effect.gen(function* () {
            const facts: MonitorFacts = {
              engineVersion: given.engineVersion,
              year: results.year,
              asOf: results.asOf,
              department: null,
              policy: given.policy,
              inputs: yield* monitorInputDigests(given),
              formats,
            }
            recorded = yield* commitAndRecordMonitor(ledger, monitorRunId(facts), facts, set, results)
            return recorded.outputs.map((o) => o.path)
          }),
      })
      const done = recorded as MonitorRecorded | null
      if (done !== null && given.quiet !== true)
        yield* Console.log(done.recorded ? cliText.recorded(done.id, ledgerPath) : cliText.unchanged(done.id))
      return result
    }),
  ).pipe(Effect.mapError((error) => (error instanceof LedgerError ? ledgerFailure(error) : error)))
