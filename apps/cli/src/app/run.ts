/**
 * `jixiao run`: a year-end assessment as a scheduled job would run it (a monitoring run with
 * `"mode": "monitor"`: run-monitor.ts). One config file names everything;
 * the run id is a digest of what the run read; a rerun with unchanged inputs writes the same bytes (so
 * touches no file) and records nothing new. One run at a time holds the ledger's lock. The assessment is
 * `assess`'s (the same engine, streamed, the same staged set of files); its files are committed before the
 * run is recorded in one transaction, so a run killed midway leaves no half-written report and no
 * half-recorded run.
 */

import type { ResultsFrame } from "@jixiao/report"
import { defaultReportFormats } from "@jixiao/report"
import { compileFormulas } from "@jixiao/scoring"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import { CliFailure } from "../errors.ts"
import { readTargets } from "../io/read-inputs.ts"
import { removeLeftovers } from "../io/write-outputs.ts"
import { type Ledger, LedgerError, ledgerMessage, shortId } from "../ledger/index.ts"
import { cliText } from "../present/messages-zh-CN.ts"
import type { RunLog } from "../present/run-log.ts"
import { version } from "../version.ts"
import { type Assessed, assessInto, tableYear } from "./assess.ts"
import { besideConfig, type Config, decodeConfig, defaultOutputFolder, formatConfigError } from "./config.ts"
import { attentionReason, type FailOn } from "./exit-status.ts"
import { defaultLedgerFile } from "./ledger-path.ts"
import { openRunLedger } from "./open-run-ledger.ts"
import { runPaths } from "./path-overlap.ts"
import { recordRun } from "./record-run.ts"
import { runId } from "./run-id.ts"
import { readRunInputs } from "./run-inputs.ts"
import { executeMonitorRun, type MonitorRunOutcome } from "./run-monitor.ts"

/** What a year-end run did. */
export interface YearEndRunOutcome {
  readonly kind: "year_end"
  readonly id: string
  readonly recorded: boolean
  /** results.json without its projects. */
  readonly frame: ResultsFrame
  readonly statuses: Assessed["summary"]["statuses"]
  readonly outputs: ReadonlyArray<{ readonly path: string; readonly written: boolean }>
  /** Why the run deserves attention under `failOn` (exit 2), or null. */
  readonly attention: string | null
}

/** What a run did: a year-end run, or a monitoring run (`"mode": "monitor"`). */
export type RunOutcome = YearEndRunOutcome | MonitorRunOutcome

const ledgerFailure = Effect.mapError((error: LedgerError | CliFailure) =>
  error instanceof LedgerError
    ? new CliFailure({ code: "ledger", message: ledgerMessage(error.issue) })
    : error,
)

/**
 * Last year's run of the same department in the ledger, as baselines of previous-year references
 * (`比上年增长8%`): the newest run recorded for year − 1. None without a fiscal year or such a run. The
 * department is the config's, else the table's: the table is read for it only when last year has runs.
 */
const lastYearOf = (
  ledger: Ledger,
  year: number | undefined,
  department: () => Effect.Effect<string, CliFailure, FileSystem.FileSystem>,
) =>
  Effect.gen(function* () {
    if (year === undefined) return undefined
    // A monitoring run's values are to date, not the year's outcome: never a baseline.
    const runs = (yield* ledger.listRuns()).filter((r) => r.year === year - 1 && r.kind === "year_end")
    if (runs.length === 0) return undefined
    const name = yield* department()
    const last = runs.find((r) => name === "" || r.department === name)
    if (last === undefined) return undefined
    const records = yield* ledger.indicatorsOf(last.id)
    return {
      id: last.id,
      previousYear: { records, source: cliText.previousYearRun(year - 1, shortId(last.id)) },
    }
  })

/** Reads and validates the config file. */
export const loadConfig = (file: string) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const text = yield* fs.readFileString(file).pipe(
      Effect.mapError(
        () =>
          new CliFailure({
            code: "config_invalid",
            message: cliText.configUnreadable(file),
          }),
      ),
    )
    const decoded = decodeConfig(text, file)
    if (decoded._tag === "Failure")
      return yield* new CliFailure({ code: "config_invalid", message: formatConfigError(decoded.failure) })
    return decoded.success as Config
  })

export const executeRun = (
  configFile: string,
  options: { readonly waitMs: number; readonly log: RunLog; readonly allowSymlinks?: boolean },
) =>
  Effect.scoped(
    Effect.gen(function* () {
      const { log } = options
      const steps = 5
      log.step(1, steps, "config", cliText.runReadConfig(configFile))
      const config = yield* loadConfig(configFile)
      if (config.mode === "monitor") return yield* executeMonitorRun(configFile, config, options)
      const ledgerPath = besideConfig(configFile, config.ledger ?? defaultLedgerFile)
      const formats = config.outputs?.formats ?? defaultReportFormats
      const ledger = yield* openRunLedger(
        configFile,
        runPaths(configFile, config, ledgerPath, formats),
        ledgerPath,
        options,
      )
      log.step(2, steps, "inputs", cliText.runReadInputs)
      const inputs = yield* readRunInputs(config, configFile)
      const basis = config.basis ?? "annual"
      const at = (path: string) => besideConfig(configFile, path)
      const targets = config.inputs.targets
      // The year graded on, decided once: the config's, or the table's (as assess infers it), so that the
      // run id, last year's lookup and the ledger's row all name the year the results do.
      let year = config.year
      if (year === undefined) {
        const inferred = yield* tableYear(at(targets))
        year = inferred.year
        log.event("year_inferred", inferred.said)
      }
      const tableDepartment = () =>
        Effect.map(readTargets(at(targets), targets), (table) => config.department ?? table.department ?? "")
      const lastYear = yield* lastYearOf(ledger, year, () =>
        config.department === undefined ? tableDepartment() : Effect.succeed(config.department),
      )
      const id = runId({
        engineVersion: version,
        year: year ?? null,
        basis,
        department: config.department ?? null,
        policy: inputs.policy,
        inputs: inputs.digests.map(({ role, sha256 }) => ({ role, sha256 })),
        // What the run writes is part of what it is: adding a format records a run listing the new file.
        outputs: { formats },
        // Last year's actuals are read too (baselines of `比上年增长8%`): another last year, another run.
        ...(lastYear ? { baselineRun: lastYear.id } : {}),
      })
      if (lastYear) log.event("previous_year", cliText.previousYearFrom(lastYear.previousYear.source))
      const outDir = besideConfig(configFile, config.outputs?.folder ?? defaultOutputFolder)
      const leftovers = yield* removeLeftovers(outDir)
      if (leftovers.length > 0) log.event("leftovers_removed", cliText.leftoversRemoved(leftovers.length))
      log.step(3, steps, "assess", cliText.runAssess(formats, shortId(id)))
      const formulas = yield* Effect.promise(() => compileFormulas(inputs.policy))
      const optional = (path: string | undefined) => (path === undefined ? null : at(path))
      const given = {
        targets: at(targets),
        actuals: optional(config.inputs.actuals),
        budget: optional(config.inputs.budget),
        labels: { targets, actuals: config.inputs.actuals, budget: config.inputs.budget },
        policy: inputs.policy,
        formulas,
        year,
        basis,
        out: outDir,
        // results.json is always written; 指标明细.csv when the csv format is asked for.
        formats,
        engineVersion: version,
        allowSymlinks: options.allowSymlinks === true || config.outputs?.allowSymlinks === true,
        department: config.department,
        previousYear: lastYear?.previousYear,
        quiet: true,
      }
      return yield* assessInto(given, (done) =>
        Effect.gen(function* () {
          log.step(4, steps, "render", cliText.runWrite(outDir))
          const outputs = yield* done.set.commitChanged()
          for (const notice of done.notices) log.event("reports_per_unit", notice)
          log.step(5, steps, "record", cliText.runRecord(ledgerPath))
          const facts = {
            id,
            year: year ?? null,
            basis,
            policy: inputs.policy.name,
            engineVersion: version,
            inputs: inputs.digests,
          }
          const recorded = yield* recordRun(ledger, facts, done, outputs)
          log.done()
          const failOn: FailOn = config.failOn ?? "rejected"
          return {
            kind: "year_end",
            id,
            recorded,
            frame: done.frame,
            statuses: done.summary.statuses,
            outputs,
            attention: attentionReason(done.frame, done.projects, failOn),
          } satisfies YearEndRunOutcome
        }).pipe(ledgerFailure),
      )
    }),
  ).pipe(ledgerFailure)
