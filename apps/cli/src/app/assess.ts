/**
 * `jixiao assess` on files: scoring's engine over file sources. CSV inputs are streamed in whatever encoding
 * they are in (io/csv-sources.ts); text tables and Excel are read whole by the usual readers and handed to
 * the same engine, so that there is one way results are made and results.json is written. Reports: 指标明细.csv is streamed too; html, xlsx and md are
 * built whole up to {@link WHOLE_REPORT_LIMIT} indicators, per unit above it.
 */
import { dirname, join, resolve } from "node:path"
import { inferYearFromHead, TableReadError } from "@jixiao/core"
import type { ReportFormat } from "@jixiao/report"
import { type ResultsFrame, renderPerUnit, WHOLE_REPORT_LIMIT, wholeResults } from "@jixiao/report"
import {
  type EngineOutcome,
  type Formulas,
  type Policy,
  type PreviousYearRecord,
  previousYearOf,
  type ResultsJson,
  type ResultsMeta,
  resultsHead,
  resultsTail,
  runEngine,
  tableActuals,
  tableBudget,
  tableProjects,
} from "@jixiao/scoring"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import { CliFailure, tableFailure } from "../errors.ts"
import { AssessIo, type Sink } from "../io/assess-io.ts"
import { streams } from "../io/csv-file.ts"
import { csvActuals, csvBudget, csvProjects } from "../io/csv-sources.ts"
import { requireInputFile } from "../io/input-file.ts"
import { readActuals, readBudget, readTargets } from "../io/read-inputs.ts"
import { OutputSet, type WriteOptions } from "../io/write-file.ts"
import { type Ledger, LedgerError, ledgerMessage, openLedger, scopedRunLock } from "../ledger/index.ts"
import { renderAssessSummary } from "../present/assess-summary.ts"
import { folderWriteMessage, systemErrorReason } from "../present/file-error.ts"
import { cliText } from "../present/messages-zh-CN.ts"
import { currentStyle } from "../present/output.ts"
import type { Config } from "./config.ts"
import { findOverlap, runPaths } from "./path-overlap.ts"
import { assessOverlapMessage } from "./path-overlap-messages.ts"
import { recordRun } from "./record-run.ts"
import { runId } from "./run-id.ts"
import { fileDigest, type InputDigest } from "./run-inputs.ts"

export interface AssessFiles {
  readonly targets: string
  readonly actuals: string | null
  readonly budget: string | null
  readonly policy: Policy
  readonly formulas: Formulas | undefined
  readonly year: number | undefined
  readonly basis: "annual" | "period"
  readonly out: string
  readonly formats: ReadonlyArray<ReportFormat>
  readonly engineVersion: string
  /** Write through an output folder that is a link leading elsewhere; replace links at report paths. */
  readonly allowSymlinks?: boolean
  /** Overrides the department name the table states. */
  readonly department?: string | undefined
  /** Last year's run (the ledger's): baselines of previous-year references. */
  readonly previousYear?: { readonly source: string; readonly records: ReadonlyArray<PreviousYearRecord> }
  /**
   * How results and messages name each input, when not by the path it is read from (`run` names them as
   * its config writes them, relative to the config, so that results do not depend on where the folder is).
   */
  readonly labels?: { readonly targets?: string; readonly actuals?: string; readonly budget?: string }
  /** Whether to print the terminal summary (`run` logs steps instead). */
  readonly quiet?: boolean
  /** Record the run in this ledger, as `run` does (`assess --ledger`). */
  readonly ledger?: string | undefined
}

type Run<A = void> = Effect.Effect<A, CliFailure, FileSystem.FileSystem>

/**
 * A finished assessment, before its files are committed: the summary, results.json without its projects,
 * the projects read back one at a time, and the staged set of files (results.json, 指标明细.csv, reports).
 */
export interface Assessed {
  readonly summary: EngineOutcome["summary"]
  readonly frame: ResultsFrame
  readonly indicators: number
  /** The projects in table order, read back from the spool one at a time (valid until the run ends). */
  readonly projects: () => Iterable<ResultsJson["projects"][number]>
  readonly set: OutputSet
  /** Notices to print once the set is written (units whose reports were too big to write). */
  readonly notices: ReadonlyArray<string>
}

const failure = (error: unknown) =>
  error instanceof CliFailure
    ? error
    : error instanceof TableReadError
      ? tableFailure(error)
      : new CliFailure({
          code: "assess_failed",
          message: cliText.assessFailed(
            systemErrorReason(error) ??
              cliText.internalError(error instanceof Error ? error.message : String(error)),
          ),
        })

/** A budget sheet read whole by the usual reader (Excel, text, other encodings), indexed for each pass. */
const wholeBudget = (file: string, label: string) => Effect.map(readBudget(file, label), tableBudget)

/** How much of a target table is read to infer its year: its title and enough rows to count years. */
const inferencePrefix = 256 << 10

/** The fiscal year a table writes (its title, or failing that the year its targets name most), and the line saying so. */
export const tableYear = (targets: string) =>
  Effect.gen(function* () {
    const io = yield* AssessIo
    const head = yield* Effect.try({ try: () => io.head(targets, inferencePrefix), catch: failure })
    const inferred = inferYearFromHead(head)
    if (inferred === undefined)
      return {
        year: undefined,
        said: cliText.yearUnknown,
      }
    const from = inferred.source === "title" ? cliText.yearFromTitle : cliText.yearFromTargets(inferred.count)
    return {
      year: inferred.year,
      said: cliText.yearInferred(from, inferred.year),
    }
  })

/**
 * No `--year`: the fiscal year the table writes, said on stdout; undefined when the table writes none, and
 * then dates without a year are reported as such.
 */
const yearOf = (targets: string, quiet: boolean) =>
  Effect.gen(function* () {
    const { year, said } = yield* tableYear(targets)
    if (!quiet) yield* Console.log(cliText.yearSaidForFlag(said))
    return year
  })

/**
 * Assesses the files into `out`: results.json, the reports asked for, and the summary on stdout; with a
 * ledger, records the run there as `run` does (its lock held while the files are committed and recorded).
 */
export const assessFiles = (given: AssessFiles): Run =>
  given.ledger === undefined ? assessAndPrint(given, null) : withLedger(given, given.ledger)

/**
 * With `--ledger`: the paths checked, the ledger's folder made, its lock taken and the ledger opened before
 * anything is graded (a ledger that cannot be used stops the run before its files are written).
 */
const withLedger = (given: AssessFiles, ledgerPath: string): Run =>
  Effect.scoped(
    Effect.gen(function* () {
      yield* refuseOverlaps(given, ledgerPath)
      const fs = yield* FileSystem.FileSystem
      yield* fs
        .makeDirectory(dirname(resolve(ledgerPath)), { recursive: true })
        .pipe(
          Effect.mapError(
            (error) =>
              new CliFailure({ code: "ledger", message: folderWriteMessage(dirname(ledgerPath), error) }),
          ),
        )
      yield* scopedRunLock(ledgerPath, { waitMs: 0 })
      const ledger = yield* openLedger(ledgerPath)
      return yield* assessAndPrint(given, { path: ledgerPath, ledger })
    }),
  ).pipe(
    Effect.mapError((error) =>
      error instanceof LedgerError
        ? new CliFailure({ code: "ledger", message: ledgerMessage(error.issue) })
        : error,
    ),
  )

const assessAndPrint = (given: AssessFiles, open: { path: string; ledger: Ledger } | null): Run =>
  Effect.gen(function* () {
    return yield* assessInto(given, (done) =>
      Effect.gen(function* () {
        const ledger = open === null ? null : yield* recordInLedger(given, open.ledger, done)
        const paths = ledger?.paths ?? (yield* done.set.commit())
        if (given.quiet === true) return
        const [results, ...others] = paths
        const style = yield* currentStyle
        const head = cliText.written(results!)
        yield* Console.log(renderAssessSummary(done.frame, head, style, done.summary.statuses))
        for (const path of others) yield* Console.log(cliText.written(path))
        for (const notice of done.notices) yield* Console.log(notice)
        if (ledger !== null)
          yield* Console.log(
            ledger.recorded ? cliText.recorded(ledger.id, given.ledger!) : cliText.unchanged(ledger.id),
          )
      }),
    )
  })

/** The command line's files must be distinct from the ledger's (a ledger at out/results.json …). */
const refuseOverlaps = (given: AssessFiles, ledger: string) => {
  const config = {
    inputs: {
      targets: given.targets,
      ...(given.actuals === null ? {} : { actuals: given.actuals }),
      ...(given.budget === null ? {} : { budget: given.budget }),
    },
    outputs: { folder: given.out },
  } as Config
  const paths = runPaths(join(process.cwd(), "jixiao.config.json"), config, resolve(ledger), given.formats)
  const overlap = findOverlap(paths.filter((p) => p.role.kind !== "config"))
  return overlap === null
    ? Effect.void
    : Effect.fail(new CliFailure({ code: "paths_overlap", message: assessOverlapMessage(overlap) }))
}

/** Records a finished assessment in the open ledger: digests, run id, commit, record. */
const recordInLedger = (given: AssessFiles, ledger: Ledger, done: Assessed) =>
  Effect.gen(function* () {
    const inputs: InputDigest[] = []
    for (const role of ["targets", "actuals", "budget"] as const) {
      const path = given[role]
      if (path !== null) inputs.push({ role, path, sha256: yield* fileDigest(path) })
    }
    // The year graded on: --year, or the one inferred from the table.
    const year = done.summary.year
    const id = runId({
      engineVersion: given.engineVersion,
      year,
      basis: given.basis,
      department: given.department ?? null,
      policy: given.policy,
      inputs: inputs.map(({ role, sha256 }) => ({ role, sha256 })),
      outputs: { formats: given.formats },
    })
    const outputs = yield* done.set.commitChanged()
    const facts = {
      id,
      year,
      basis: given.basis,
      policy: given.policy.name,
      engineVersion: given.engineVersion,
      inputs,
    }
    const recorded = yield* recordRun(ledger, facts, done, outputs).pipe(
      Effect.mapError((error) => new CliFailure({ code: "ledger", message: ledgerMessage(error.issue) })),
    )
    return { id, recorded, paths: outputs.map((o) => o.path) }
  })

/**
 * Runs the engine over the files and stages everything it writes into one set, then hands the finished
 * assessment to `finish` (which commits the set, and may record the run) before the spools go. `assess`
 * and `run` both come through here.
 */
export const assessInto = <A>(given: AssessFiles, finish: (done: Assessed) => Run<A>): Run<A> =>
  Effect.gen(function* () {
    // Before anything opens them (the year is read from the targets, CSV files are streamed): each input
    // is a regular file within the input limit, or the run stops with one line naming it.
    for (const file of [given.targets, given.actuals, given.budget])
      if (file !== null) yield* requireInputFile(file)
    const input = { ...given, year: given.year ?? (yield* yearOf(given.targets, given.quiet === true)) }
    const { targets, actuals, out } = input
    const budgetFile = input.budget
    const label = {
      targets: given.labels?.targets ?? targets,
      actuals: given.labels?.actuals ?? actuals,
      budget: given.labels?.budget ?? budgetFile,
    }
    const io = yield* AssessIo
    const budget =
      budgetFile === null
        ? undefined
        : streams(budgetFile)
          ? csvBudget(io.chunks, budgetFile, label.budget!)
          : yield* wholeBudget(budgetFile, label.budget!)
    const wholeTargets = () => Effect.map(readTargets(targets, label.targets), tableProjects)
    const wholeActuals = (file: string) => Effect.map(readActuals(file, label.actuals!), tableActuals)
    const projects = streams(targets) ? csvProjects(io.chunks, targets, label.targets) : yield* wholeTargets()
    const actualRows =
      actuals === null
        ? undefined
        : streams(actuals)
          ? csvActuals(io.chunks, actuals, label.actuals!)
          : yield* wholeActuals(actuals)
    const set = new OutputSet(out, { allowSymlinks: given.allowSymlinks === true } satisfies WriteOptions)
    yield* set.check()
    const fs = yield* FileSystem.FileSystem
    yield* fs
      .makeDirectory(out, { recursive: true })
      .pipe(
        Effect.mapError(
          (error) => new CliFailure({ code: "output_unwritable", message: folderWriteMessage(out, error) }),
        ),
      )
    const sink = io.sink(out, input.formats.includes("csv"), input.policy)
    const lastYear = input.previousYear
    const grader = io.grader(targets, lastYear, sink)
    // results.json, 指标明细.csv and the reports are one set: staged as they are made, renamed together
    // once all are complete, so a failure midway (a full disk) leaves the previous set whole.
    return yield* Effect.gen(function* () {
      const previousYear = lastYear ? previousYearOf(lastYear.records, lastYear.source) : undefined
      const engineInput = { ...input, projects, actuals: actualRows, budget, grader, previousYear }
      const outcome = yield* Effect.tryPromise({ try: () => runEngine(engineInput, sink), catch: failure })
      const meta: ResultsMeta = {
        engineVersion: input.engineVersion,
        inputs: { targets: label.targets, actuals: label.actuals, budget: label.budget },
      }
      const { summary, indicators } = outcome
      if (indicators === 0) {
        // The same refusal as a whole-file read (requireIndicators): nothing to assess is an error, exit 1.
        const error = new TableReadError({
          code: "no_indicators",
          file: label.targets,
          data: { projects: summary.department.projects, rejected: summary.rows.rejected },
        })
        return yield* Effect.fail(tableFailure(error))
      }
      const staged = yield* Effect.try({ try: () => sink.finish(summary, meta), catch: failure })
      for (const file of staged) {
        if ("temporary" in file) set.adopt(file)
        else yield* set.stage(file)
      }
      const frame: ResultsFrame = { ...resultsHead(summary, meta), ...resultsTail(summary) }
      const documents = input.formats.filter((f) => f !== "csv")
      const notices =
        documents.length > 0
          ? yield* stageDocuments(frame, sink, io, documents, set, indicators, given.quiet)
          : []
      const projectsBack = function* () {
        for (const s of sink.ordered()) yield sink.project(s)
      }
      return yield* finish({ summary, frame, indicators, projects: projectsBack, set, notices })
    }).pipe(
      Effect.onExit(() => set.discard()),
      Effect.ensuring(Effect.sync(() => sink.close())),
    )
  })

const renderFailure = (error: unknown) =>
  new CliFailure({
    code: "render_failed",
    message: cliText.renderFailed(
      systemErrorReason(error) ??
        cliText.internalError(error instanceof Error ? error.message : String(error)),
    ),
  })

/**
 * html, xlsx and md, staged into the run's set: whole within the limit, per unit above it. Returns the
 * notices to print once the set is written (the units whose reports were not written).
 */
const stageDocuments = (
  frame: ResultsFrame,
  sink: Sink,
  io: AssessIo,
  formats: ReadonlyArray<ReportFormat>,
  set: OutputSet,
  indicators: number,
  quiet = false,
) =>
  Effect.gen(function* () {
    if (indicators <= WHOLE_REPORT_LIMIT) {
      const files = yield* Effect.tryPromise({
        try: () => io.render(wholeResults(frame, sink), formats),
        catch: renderFailure,
      })
      for (const file of files) yield* set.stage(file)
      return []
    }
    if (!quiet) yield* Console.log(cliText.splitReports(indicators, WHOLE_REPORT_LIMIT, formats))
    const services = yield* Effect.context<FileSystem.FileSystem>()
    const stage = (file: { name: string; contents: string | Uint8Array }) =>
      Effect.runPromiseWith(services)(Effect.asVoid(set.stage(file)))
    const skipped = yield* Effect.tryPromise({
      try: () => renderPerUnit(frame, sink, formats, io.render, stage),
      catch: (error) => (error instanceof CliFailure ? error : renderFailure(error)),
    })
    return skipped.map(({ unit, indicators: n }) =>
      cliText.unitNotWritten(unit, formats, n, WHOLE_REPORT_LIMIT),
    )
  })
