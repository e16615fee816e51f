/**
 * What an assessment needs of the machine, behind one service, so that the same use-case runs on disk
 * (the CLI) and in memory (`runInMemory`, tests, embedding): reading an input's head and its chunks, the
 * spools graded projects go to, the grader (worker threads or this thread) and the report renderer.
 * Files the user sees are written through Effect's FileSystem (OutputSet); this service holds what is on
 * the hot path, where a synchronous descriptor beats an effect per piece.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs"
import type { ReportFile, ReportFormat } from "@jixiao/report"
import type { GradedWork, GraderFactory, Policy, PreviousYearRecord, ResultsJson } from "@jixiao/scoring"
import * as Context from "effect/Context"
import { chunks } from "./csv-file.ts"
import { type GradedElsewhere, inThreadGrader, workerCount, workerGrader } from "./grader.ts"
import type { MemorySink } from "./memory-sink.ts"
import { renderReportsStoppable } from "./render-stoppable.ts"
import { ResultsSink } from "./results-sink.ts"

/** Where a run's graded projects go, and how results.json and 指标明细.csv are made from them. */
export type Sink = ResultsSink | MemorySink

export interface AssessIo {
  /** The first `bytes` bytes of a file (what a table's year is inferred from). */
  readonly head: (file: string, bytes: number) => Uint8Array
  /** A file's bytes in chunks, opened when first read. */
  readonly chunks: (file: string) => AsyncIterable<Uint8Array>
  /** The spools of one run whose outputs go to `out`. */
  readonly sink: (out: string, withCsv: boolean, policy: Policy) => Sink
  /** The grader for a table: worker threads from a size on, else this thread. */
  readonly grader: (
    targets: string,
    previousYear:
      | { readonly source: string; readonly records: ReadonlyArray<PreviousYearRecord> }
      | undefined,
    sink: Sink,
  ) => GraderFactory<GradedWork | GradedElsewhere>
  /** html, xlsx, md (and docx) of results held whole. */
  readonly render: (
    results: ResultsJson,
    formats: ReadonlyArray<ReportFormat>,
  ) => Promise<ReadonlyArray<ReportFile>>
}

/** Worker threads pay from about 20,000 indicators (a 4 MB target table) on; JIXIAO_WORKERS decides when set. */
const workersFor = (targets: string): number =>
  process.env.JIXIAO_WORKERS !== undefined || statSync(targets).size > 4 << 20 ? workerCount() : 0

/** The machine's disk, threads and signals: what the CLI runs with. */
export const diskIo: AssessIo = {
  head: (file, bytes) => {
    const fd = openSync(file, "r")
    try {
      const buffer = Buffer.alloc(bytes)
      return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0))
    } finally {
      closeSync(fd)
    }
  },
  chunks: (file) => chunks(file),
  sink: (out, withCsv, policy) => new ResultsSink(out, withCsv, policy),
  grader: (targets, previousYear, sink) =>
    (sink instanceof ResultsSink
      ? workerGrader(previousYear, workersFor(targets), (w) => sink.workerSpool(w))
      : null) ?? inThreadGrader,
  render: renderReportsStoppable,
}

/** The assessment's adapters: the disk unless a layer says otherwise. */
export const AssessIo = Context.Reference<AssessIo>("@jixiao/cli/io/AssessIo", { defaultValue: () => diskIo })
