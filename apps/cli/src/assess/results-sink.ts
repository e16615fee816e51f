/**
 * Where a streamed assessment writes: each graded project's part of results.json and of 指标明细.csv goes
 * to a spool as soon as it is graded; `finish` writes both files in table order (unit, then first
 * appearance), each whole or not at all (temporary file, then rename), as writeFileAtomic does.
 */
import { closeSync, openSync, renameSync, writeSync } from "node:fs"
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
import type { GradedPieces } from "./graded-pieces.ts"
import { Spool } from "./spool.ts"

type ProjectJson = ResultsJson["projects"][number]

/** A project as spooled: its place, its unit, its byte ranges and its size. */
export interface Spooled {
  readonly place: Place
  readonly unit: string
  readonly json: readonly [number, number]
  readonly csv: readonly [number, number] | null
  readonly indicators: number
}

const byPlace = (a: Spooled, b: Spooled) => a.place.unit - b.place.unit || a.place.slot - b.place.slot

const temporary = (dir: string, name: string, tag: string) => join(dir, `.${name}.${tag}${process.pid}.tmp`)

/** Writes text pieces to a new file, renamed over `name` once complete. */
const writeWhole = (dir: string, name: string, write: (fd: number) => void): string => {
  const path = temporary(dir, name, "")
  const fd = openSync(path, "w")
  try {
    write(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(path, join(dir, name))
  return join(dir, name)
}

/** The spools of one streamed run in `dir`. */
export class ResultsSink {
  private readonly json: Spool
  private readonly csv: Spool | null
  private spooled: Spooled[] = []

  constructor(
    private readonly dir: string,
    readonly withCsv: boolean,
  ) {
    this.json = new Spool(temporary(dir, "results.json", "projects."))
    this.csv = withCsv ? new Spool(temporary(dir, "指标明细.csv", "rows.")) : null
  }

  /** Spools a graded project. Every JSON piece starts with `,\n`; the first in table order drops the comma. */
  add(pieces: GradedPieces, place: Place): void {
    const json = this.json.append(pieces.json)
    const csv = this.csv && pieces.csv !== null ? this.csv.append(pieces.csv) : null
    this.spooled.push({
      place,
      unit: pieces.digest.unit,
      json,
      csv,
      indicators: pieces.digest.indicators.length,
    })
  }

  /** Forgets everything spooled (a second pass starts over). */
  reset(): void {
    this.json.reset()
    this.csv?.reset()
    this.spooled = []
  }

  /** The spooled projects in table order. */
  ordered(): ReadonlyArray<Spooled> {
    const sorted = this.spooled.every((s, i) => i === 0 || byPlace(this.spooled[i - 1]!, s) <= 0)
    if (!sorted) this.spooled.sort(byPlace)
    return this.spooled
  }

  /** One spooled project, read back. */
  project(spooled: Spooled): ProjectJson {
    return JSON.parse(this.json.read([spooled.json[0] + 1, spooled.json[1] - 1])) as ProjectJson
  }

  /** Writes results.json (and 指标明细.csv when asked); returns the paths written. */
  finish(summary: AssessmentSummary, meta: ResultsMeta): string[] {
    const ordered = this.ordered()
    const written = [
      writeWhole(this.dir, "results.json", (fd) => {
        writeSync(fd, resultsHeadText(resultsHead(summary, meta)))
        // The first piece loses its leading comma: the array opens with a newline.
        const ranges = ordered.map((s, i) => (i === 0 ? ([s.json[0] + 1, s.json[1] - 1] as const) : s.json))
        this.json.copyTo(fd, ranges)
        writeSync(fd, resultsTailText(resultsTail(summary), ordered.length))
      }),
    ]
    const csv = this.csv
    if (csv) {
      written.push(
        writeWhole(this.dir, "指标明细.csv", (fd) => {
          writeSync(fd, `\uFEFF${indicatorCsvHeader(summary.basis).join(",")}\r\n`)
          csv.copyTo(
            fd,
            ordered.map((s) => s.csv!),
          )
        }),
      )
    }
    return written
  }

  /** Removes the spools. */
  close(): void {
    this.json.remove()
    this.csv?.remove()
  }
}
