import { defaultMonitorFormats, type MonitorFormat } from "@jixiao/report"
import type { MonitorResultsJson } from "@jixiao/scoring"
import * as Effect from "effect/Effect"
import { removeLeftovers } from "../io/write-outputs.ts"
import { shortId } from "../ledger/index.ts"
import { cliText } from "../present/messages-zh-CN.ts"
import type { RunLog } from "../present/run-log.ts"
import { version } from "../version.ts"
import { besideConfig, type Config, defaultOutputFolder } from "./config.ts"
import { resolveAsOf } from "./config-mode.ts"
import { type FailOn, monitorAttentionReason } from "./exit-status.ts"
import { defaultLedgerFile } from "./ledger-path.ts"
import { monitorFiles } from "./monitor.ts"
import { openRunLedger } from "./open-run-ledger.ts"
import { monitorRunPaths } from "./path-overlap.ts"
import {
  commitAndRecordMonitor,
  type MonitorFacts,
  type MonitorRecorded,
  monitorRunId,
} from "./record-monitor.ts"
import { readRunInputs } from "./run-inputs.ts"

/** What a monitoring run did: its id, whether it was new, its results and files, and why it needs attention. */
export interface MonitorRunOutcome {
  readonly kind: "monitor"
  readonly id: string
  readonly recorded: boolean
  readonly results: MonitorResultsJson
  readonly outputs: ReadonlyArray<{ readonly path: string; readonly written: boolean }>
  readonly attention: string | null
}

/** Runs the config's monitoring (its mode keys already checked by decodeConfig). */
export const executeMonitorRun = (
  configFile: string,
  config: Config,
  options: { readonly waitMs: number; readonly log: RunLog; readonly allowSymlinks?: boolean },
) =>
  Effect.gen(function* () {
    const { log } = options
    const steps = 5
    const ledgerPath = besideConfig(configFile, config.ledger ?? defaultLedgerFile)
    // decodeConfig refused any other format in monitor mode.
    const formats = (config.outputs?.formats ?? defaultMonitorFormats) as ReadonlyArray<MonitorFormat>
    const paths = monitorRunPaths(configFile, config, ledgerPath, formats)
    const ledger = yield* openRunLedger(configFile, paths, ledgerPath, options)
    log.step(2, steps, "inputs", cliText.monitorReadInputs)
    const inputs = yield* readRunInputs(config, configFile)
    const written = config.asOf ?? "today"
    const asOf = yield* resolveAsOf(written)
    if (written === "today") log.event("as_of_today", cliText.asOfToday(asOf))
    const year = config.year ?? Number(asOf.slice(0, 4))
    const facts: MonitorFacts = {
      engineVersion: version,
      year,
      asOf,
      department: config.department ?? null,
      policy: inputs.policy,
      inputs: inputs.digests,
      formats,
    }
    const id = monitorRunId(facts)
    const at = (path: string) => besideConfig(configFile, path)
    const outDir = at(config.outputs?.folder ?? defaultOutputFolder)
    const leftovers = yield* removeLeftovers(outDir)
    if (leftovers.length > 0) log.event("leftovers_removed", cliText.leftoversRemoved(leftovers.length))
    log.step(3, steps, "monitor", cliText.runMonitor(asOf, formats, shortId(id)))
    let done: MonitorRecorded | null = null
    const results = yield* monitorFiles({
      targets: at(config.inputs.targets),
      // decodeConfig refused monitor mode without a sheet.
      actuals: at(config.inputs.actuals ?? ""),
      budget: config.inputs.budget === undefined ? null : at(config.inputs.budget),
      policy: inputs.policy,
      year: config.year,
      asOf,
      out: outDir,
      formats,
      engineVersion: version,
      allowSymlinks: options.allowSymlinks === true || config.outputs?.allowSymlinks === true,
      labels: {
        targets: config.inputs.targets,
        actuals: config.inputs.actuals,
        budget: config.inputs.budget,
      },
      quiet: true,
      commit: (set, results) =>
        Effect.gen(function* () {
          log.step(4, steps, "render", cliText.runWrite(outDir))
          const recording = commitAndRecordMonitor(ledger, id, facts, set, results)
          log.step(5, steps, "record", cliText.runRecord(ledgerPath))
          done = yield* recording
          return done.outputs.map((o) => o.path)
        }),
    })
    log.done()
    const recorded = done as MonitorRecorded | null
    const failOn: FailOn = config.failOn ?? "rejected"
    return {
      kind: "monitor",
      id,
      recorded: recorded?.recorded ?? false,
      results,
      outputs: recorded?.outputs ?? [],
      attention: monitorAttentionReason(results, failOn),
    } satisfies MonitorRunOutcome
  })
