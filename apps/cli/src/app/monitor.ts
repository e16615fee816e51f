/**
 * `jixiao monitor` on files: reads the target table, the monitoring sheet and the budget sheet, runs
 * scoring's monitoring judgment (lights against 序时进度, form rules, the year-end engine over the
 * forecasts), writes results.json and the reports (绩效监控表.xlsx, 监控报告.html …) as one staged set,
 * and prints the summary.
 */
import { defaultMonitorFormats, type MonitorFormat, renderMonitorReports } from "@jixiao/report"
import {
  formatTimeProgressError,
  type MonitorResultsJson,
  monitor,
  monitoringToJson,
  type Policy,
  timeProgress,
} from "@jixiao/scoring"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import type * as FileSystem from "effect/FileSystem"
import { CliFailure } from "../errors.ts"
import { readBudget, readMonitorSheet, readTargets } from "../io/read-inputs.ts"
import { OutputSet, type StagedFile } from "../io/write-file.ts"
import { cliText } from "../present/messages-zh-CN.ts"
import { renderMonitorSummary } from "../present/monitor-summary.ts"
import { currentStyle } from "../present/output.ts"

export interface MonitorFiles {
  readonly targets: string
  /** The monitoring sheet (当前完成值 …). */
  readonly actuals: string
  readonly budget: string | null
  readonly policy: Policy
  /** The fiscal year; the as-of date's year when not given. */
  readonly year: number | undefined
  readonly asOf: string
  readonly out: string
  /** The reports written beside results.json; html and xlsx when not given. */
  readonly formats?: ReadonlyArray<MonitorFormat>
  readonly engineVersion: string
  readonly allowSymlinks?: boolean
  /** How results and messages name the inputs, when not by their paths (`run`: as its config writes them). */
  readonly labels?: { readonly targets?: string; readonly actuals?: string; readonly budget?: string }
  /** Print no summary (`run` logs its steps and prints the summary itself). */
  readonly quiet?: boolean
  /** How the staged set is committed: `monitor --ledger` and `run` commit and record it (record-monitor.ts). */
  readonly commit?: (
    set: OutputSet,
    results: MonitorResultsJson,
  ) => Effect.Effect<ReadonlyArray<string>, CliFailure, FileSystem.FileSystem>
}

/**
 * Renders the reports of a monitoring run in `formats` and stages them into `set`, to be committed with
 * results.json (and anything else staged there) as one set. `monitor` and `run` both write through it.
 */
export const stageMonitorReports = (
  set: OutputSet,
  results: MonitorResultsJson,
  formats: ReadonlyArray<MonitorFormat>,
): Effect.Effect<ReadonlyArray<StagedFile>, CliFailure, FileSystem.FileSystem> =>
  Effect.tryPromise({
    try: () => renderMonitorReports(results, formats),
    catch: (error) =>
      new CliFailure({
        code: "render_failed",
        message: cliText.monitorRenderFailed(error instanceof Error ? error.message : String(error)),
      }),
  }).pipe(Effect.flatMap((files) => Effect.forEach(files, (file) => set.stage(file))))

/** The as-of date checked before any file is read: a date outside the fiscal year is a usage error. */
const checkAsOf = (asOf: string, year: number | undefined) => {
  const time = timeProgress(asOf, year)
  return time.ok
    ? Effect.void
    : Effect.fail(new CliFailure({ code: "usage", message: formatTimeProgressError(time), data: time.data }))
}

/** Monitors the files into `out`; returns results.json as written. */
export const monitorFiles = (
  given: MonitorFiles,
): Effect.Effect<MonitorResultsJson, CliFailure, FileSystem.FileSystem> =>
  Effect.gen(function* () {
    yield* checkAsOf(given.asOf, given.year)
    const label = given.labels ?? {}
    const table = yield* readTargets(given.targets, label.targets)
    const sheet = yield* readMonitorSheet(given.actuals, label.actuals)
    const budget = given.budget === null ? undefined : yield* readBudget(given.budget, label.budget)
    const run = yield* Effect.promise(() =>
      monitor({ table, sheet, budget, policy: given.policy, asOf: given.asOf, year: given.year }),
    )
    if (!run.ok) return yield* checkAsOf(given.asOf, given.year).pipe(Effect.as(undefined as never))
    const results = monitoringToJson(run.value, {
      engineVersion: given.engineVersion,
      inputs: {
        targets: label.targets ?? given.targets,
        actuals: label.actuals ?? given.actuals,
        budget: given.budget === null ? null : (label.budget ?? given.budget),
      },
    })
    const set = new OutputSet(given.out, { allowSymlinks: given.allowSymlinks ?? false })
    yield* set.check()
    const paths = yield* set
      .stage({ name: "results.json", contents: `${JSON.stringify(results, null, 2)}\n` })
      .pipe(
        Effect.andThen(stageMonitorReports(set, results, given.formats ?? defaultMonitorFormats)),
        Effect.andThen(given.commit?.(set, results) ?? set.commit()),
        Effect.onExit(() => set.discard()),
      )
    if (given.quiet === true) return results
    const style = yield* currentStyle
    yield* Console.log(renderMonitorSummary(results, paths, style))
    return results
  })
