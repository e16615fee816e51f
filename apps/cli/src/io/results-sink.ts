/**
 * Where a streamed assessment writes: each graded project's part of results.json and of 指标明细.csv goes
 * to a spool as soon as it is graded (the sink's own, or the spool of the worker that graded it);
 * `finish` writes both files to temporary files, which the caller renames over their targets together with
 * the reports of the run (see OutputSet). What bytes go where, in what order, is report's ResultsLayout;
 * this file only keeps the spool files and copies their ranges.
 */
import { closeSync, existsSync, openSync, unlinkSync, writeSync } from "node:fs"
import { join } from "node:path"
import {
  parseProject,
  projectPieces,
  projectRange,
  ResultsLayout,
  type Spooled,
  type Step,
} from "@jixiao/report"
import type { AssessmentSummary, GradedWork, Place, Policy, ResultsJson, ResultsMeta } from "@jixiao/scoring"
import { CliFailure } from "../errors.ts"
import { removeOnStop } from "../interrupt.ts"
import { fileWriteMessage } from "../present/file-error.ts"
import type { ByteRange } from "./append-spool.ts"
import type { GradedElsewhere, WorkerSpool } from "./grader.ts"
import { Spool } from "./spool.ts"
import { temporaryPath } from "./temporary-name.ts"
import type { StagedFile } from "./write-file.ts"

type ProjectJson = ResultsJson["projects"][number]

export type { Spooled }

/**
 * Writes text pieces to a new temporary file (created exclusively under a random name), to be renamed
 * over `name` by the caller. A failure removes the temporary file and names the file in Chinese.
 */
const writeWhole = (dir: string, name: string, write: (fd: number) => void): StagedFile => {
  const temporary = temporaryPath(dir)
  const shown = join(dir, name)
  const forget = removeOnStop(temporary)
  try {
    const fd = openSync(temporary, "wx")
    try {
      write(fd)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary)
    forget()
    throw new CliFailure({ code: "output_unwritable", message: fileWriteMessage(shown, error, true) })
  }
  return { temporary, target: join(dir, name), shown, forget }
}

/**
 * Writes a file's steps (report's layout says which) to an open file: text as it is, spool ranges copied,
 * adjacent ranges of one spool in one go.
 */
const writeSteps = (fd: number, steps: Iterable<Step>, spool: (index: number) => Spool): void => {
  let index = -1
  let ranges: ByteRange[] = []
  const flush = () => {
    if (ranges.length > 0) spool(index).copyTo(fd, ranges)
    ranges = []
  }
  for (const step of steps) {
    if ("text" in step) {
      flush()
      writeSync(fd, step.text)
      continue
    }
    if (step.spool !== index) {
      flush()
      index = step.spool
    }
    ranges.push(step.range)
  }
  flush()
}

/** The spools of one streamed run in `dir`. */
export class ResultsSink {
  /** Spool 0 is the sink's own; spool k + 1 is worker k's, opened for reading when first read. */
  private readonly json: Spool[]
  private readonly csv: Array<Spool | null>
  private readonly workers: WorkerSpool[] = []
  private readonly layout = new ResultsLayout()

  constructor(
    private readonly dir: string,
    readonly withCsv: boolean,
    private readonly policy: Policy,
  ) {
    this.json = [new Spool(temporaryPath(dir))]
    this.csv = [withCsv ? new Spool(temporaryPath(dir)) : null]
  }

  /** The spool files of worker `w` (which writes them itself). */
  workerSpool(w: number): WorkerSpool {
    const known = this.workers[w]
    if (known) return known
    const spool = {
      index: w + 1,
      json: temporaryPath(this.dir),
      csv: this.withCsv ? temporaryPath(this.dir) : null,
    }
    this.workers[w] = spool
    return spool
  }

  /** Spools a project graded in this thread (its pieces, as report makes them), or notes where its worker did. */
  add(graded: GradedWork | GradedElsewhere, place: Place): void {
    const { unit, indicators } = graded.digest
    if ("spooled" in graded) {
      const { spool, json, csv } = graded.spooled
      this.layout.add({ place, unit, spool, json, csv, indicators })
      return
    }
    const pieces = projectPieces(graded.result, this.policy, this.withCsv)
    const json = this.json[0]!.append(pieces.json.join(""))
    const own = this.csv[0]
    const csv = own && pieces.csv !== null ? own.append(pieces.csv) : null
    this.layout.add({ place, unit, spool: 0, json, csv, indicators })
  }

  /** Forgets everything spooled (a second pass starts over; its workers empty their spools). */
  reset(): void {
    this.json[0]!.reset()
    this.csv[0]?.reset()
    this.closeReaders()
    this.layout.reset()
  }

  /** A spool to read from: the sink's own, or a worker's opened for reading. */
  private spool(kind: "json" | "csv", index: number): Spool {
    const spools = kind === "json" ? this.json : this.csv
    const open = spools[index]
    if (open) return open
    const worker = this.workers[index - 1]!
    const spool = Spool.reader(kind === "json" ? worker.json : worker.csv!)
    spools[index] = spool
    return spool
  }

  private closeReaders(): void {
    for (const spools of [this.json, this.csv]) {
      for (const spool of spools.splice(1)) spool?.close()
    }
  }

  /** The spooled projects in table order. */
  ordered(): Iterable<Spooled> {
    return this.layout.ordered()
  }

  /** One spooled project, read back. */
  project(spooled: Spooled): ProjectJson {
    return parseProject(this.spool("json", spooled.spool).read(projectRange(spooled)))
  }

  /** Writes results.json (and 指标明细.csv when asked) to temporary files; returns them, to be renamed. */
  finish(summary: AssessmentSummary, meta: ResultsMeta): StagedFile[] {
    const written = [
      writeWhole(this.dir, "results.json", (fd) =>
        writeSteps(fd, this.layout.resultsJson(summary, meta), (i) => this.spool("json", i)),
      ),
    ]
    if (this.withCsv)
      written.push(
        writeWhole(this.dir, "指标明细.csv", (fd) =>
          writeSteps(fd, this.layout.indicatorCsv(summary.basis), (i) => this.spool("csv", i)),
        ),
      )
    return written
  }

  /** Removes the spools, the workers' too. */
  close(): void {
    this.closeReaders()
    this.json[0]!.remove()
    this.csv[0]?.remove()
    for (const worker of this.workers) {
      for (const path of [worker.json, worker.csv]) if (path !== null && existsSync(path)) unlinkSync(path)
    }
  }
}
