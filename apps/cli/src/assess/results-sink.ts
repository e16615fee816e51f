/**
 * Where a streamed assessment writes: each graded project's part of results.json and of 指标明细.csv goes
 * to a spool as soon as it is graded (the sink's own, or the spool of the worker that graded it);
 * `finish` writes both files in table order (unit, then first appearance) to temporary files, which the
 * caller renames over their targets together with the reports of the run (see OutputSet).
 */
import { closeSync, existsSync, openSync, unlinkSync, writeSync } from "node:fs"
import { join } from "node:path"
import { indicatorCsvHeader } from "@jixiao/report"
import {
  type AssessmentSummary,
  type Place,
  type ResultsJson,
  type ResultsMeta,
  resultsHead,
  resultsHeadText,
  resultsTail,
  resultsTailText,
} from "@jixiao/scoring"
import { CliFailure } from "../errors.ts"
import { removeOnStop } from "../interrupt.ts"
import { temporaryPath } from "../output/temporary-name.ts"
import type { StagedFile } from "../output/write-file.ts"
import { fileWriteMessage } from "../render/file-error.ts"
import type { ByteRange } from "./append-spool.ts"
import type { GradedElsewhere, GradedPieces } from "./graded-pieces.ts"
import type { WorkerSpool } from "./grader.ts"
import { Spool } from "./spool.ts"

type ProjectJson = ResultsJson["projects"][number]

/** A project as spooled: its place, its unit, its spool (0: the sink's own), its byte ranges and its size. */
export interface Spooled {
  readonly place: Place
  readonly unit: string
  readonly spool: number
  readonly json: ByteRange
  readonly csv: ByteRange | null
  readonly indicators: number
}

const byPlace = (a: Spooled, b: Spooled) => a.place.unit - b.place.unit || a.place.slot - b.place.slot

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
    throw new CliFailure({ message: fileWriteMessage(shown, error, true) })
  }
  return { temporary, target: join(dir, name), shown, forget }
}

/** Copies pieces of spools to an open file in the order given, adjacent pieces of one spool in one go. */
const copyPieces = (fd: number, pieces: ReadonlyArray<{ spool: Spool; range: ByteRange }>): void => {
  let i = 0
  while (i < pieces.length) {
    const { spool } = pieces[i]!
    const ranges: ByteRange[] = []
    for (; i < pieces.length && pieces[i]!.spool === spool; i++) ranges.push(pieces[i]!.range)
    spool.copyTo(fd, ranges)
  }
}

/** The spools of one streamed run in `dir`. */
export class ResultsSink {
  /** Spool 0 is the sink's own; spool k + 1 is worker k's, opened for reading when first read. */
  private readonly json: Spool[]
  private readonly csv: Array<Spool | null>
  private readonly workers: WorkerSpool[] = []
  private spooled: Spooled[] = []

  constructor(
    private readonly dir: string,
    readonly withCsv: boolean,
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

  /**
   * Spools a graded project, or notes where its worker spooled it. Every JSON piece starts with `,\n`;
   * the first in table order drops the comma.
   */
  add(pieces: GradedPieces | GradedElsewhere, place: Place): void {
    const { unit, indicators } = pieces.digest
    if ("spooled" in pieces) {
      const { spool, json, csv } = pieces.spooled
      this.spooled.push({ place, unit, spool, json, csv, indicators: indicators.length })
      return
    }
    const json = this.json[0]!.append(pieces.json)
    const own = this.csv[0]
    const csv = own && pieces.csv !== null ? own.append(pieces.csv) : null
    this.spooled.push({ place, unit, spool: 0, json, csv, indicators: indicators.length })
  }

  /** Forgets everything spooled (a second pass starts over; its workers empty their spools). */
  reset(): void {
    this.json[0]!.reset()
    this.csv[0]?.reset()
    this.closeReaders()
    this.spooled = []
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
  ordered(): ReadonlyArray<Spooled> {
    const sorted = this.spooled.every((s, i) => i === 0 || byPlace(this.spooled[i - 1]!, s) <= 0)
    if (!sorted) this.spooled.sort(byPlace)
    return this.spooled
  }

  /** One spooled project, read back. */
  project(spooled: Spooled): ProjectJson {
    const spool = this.spool("json", spooled.spool)
    return JSON.parse(spool.read([spooled.json[0] + 1, spooled.json[1] - 1])) as ProjectJson
  }

  /** Writes results.json (and 指标明细.csv when asked) to temporary files; returns them, to be renamed. */
  finish(summary: AssessmentSummary, meta: ResultsMeta): StagedFile[] {
    const ordered = this.ordered()
    const written = [
      writeWhole(this.dir, "results.json", (fd) => {
        writeSync(fd, resultsHeadText(resultsHead(summary, meta)))
        // The first piece loses its leading comma: the array opens with a newline.
        const pieces = ordered.map((s, i) => ({
          spool: this.spool("json", s.spool),
          range: i === 0 ? ([s.json[0] + 1, s.json[1] - 1] as const) : s.json,
        }))
        copyPieces(fd, pieces)
        writeSync(fd, resultsTailText(resultsTail(summary), ordered.length))
      }),
    ]
    if (this.withCsv) {
      written.push(
        writeWhole(this.dir, "指标明细.csv", (fd) => {
          writeSync(fd, `\uFEFF${indicatorCsvHeader(summary.basis).join(",")}\r\n`)
          copyPieces(
            fd,
            ordered.map((s) => ({ spool: this.spool("csv", s.spool), range: s.csv! })),
          )
        }),
      )
    }
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
