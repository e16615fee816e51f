/**
 * The in-memory counterpart of ResultsSink (results-sink.ts): each graded project's pieces of results.json
 * and 指标明细.csv are kept as strings, by the same byte ranges report's ResultsLayout orders, and `finish`
 * returns the two files' text for the output set to write. For `runInMemory` and tests: nothing touches
 * the disk, and the bytes are the ones the disk sink writes.
 */
import {
  type ByteRange,
  parseProject,
  projectPieces,
  projectRange,
  ResultsLayout,
  type Spooled,
  type Step,
} from "@jixiao/report"
import type { AssessmentSummary, GradedWork, Place, Policy, ResultsJson, ResultsMeta } from "@jixiao/scoring"
import type { OutputFile } from "./write-file.ts"

/** Appended text by byte range, held in memory (ranges may cut pieces, as the layout's do). */
class MemorySpool {
  private parts: Buffer[] = []
  private whole: Buffer = Buffer.alloc(0)
  private size = 0

  append(text: string): ByteRange {
    const bytes = Buffer.from(text)
    const start = this.size
    this.parts.push(bytes)
    this.size += bytes.length
    return [start, bytes.length]
  }

  /** The text of a byte range. */
  read([start, length]: ByteRange): string {
    if (this.whole.length !== this.size) {
      this.whole = Buffer.concat([this.whole, ...this.parts])
      this.parts = []
    }
    return this.whole.toString("utf8", start, start + length)
  }

  reset(): void {
    this.parts = []
    this.whole = Buffer.alloc(0)
    this.size = 0
  }
}

export class MemorySink {
  private readonly json = new MemorySpool()
  private readonly csv = new MemorySpool()
  private readonly layout = new ResultsLayout()

  constructor(
    readonly withCsv: boolean,
    private readonly policy: Policy,
  ) {}

  add(graded: GradedWork, place: Place): void {
    const pieces = projectPieces(graded.result, this.policy, this.withCsv)
    const json = this.json.append(pieces.json.join(""))
    const csv = pieces.csv === null ? null : this.csv.append(pieces.csv)
    this.layout.add({
      place,
      unit: graded.digest.unit,
      spool: 0,
      json,
      csv,
      indicators: graded.digest.indicators,
    })
  }

  reset(): void {
    this.json.reset()
    this.csv.reset()
    this.layout.reset()
  }

  ordered(): Iterable<Spooled> {
    return this.layout.ordered()
  }

  project(spooled: Spooled): ResultsJson["projects"][number] {
    return parseProject(this.json.read(projectRange(spooled)))
  }

  finish(summary: AssessmentSummary, meta: ResultsMeta): OutputFile[] {
    const text = (steps: Iterable<Step>, spool: MemorySpool) =>
      Array.from(steps, (step) => ("text" in step ? step.text : spool.read(step.range))).join("")
    const files = [
      { name: "results.json", contents: text(this.layout.resultsJson(summary, meta), this.json) },
    ]
    if (this.withCsv)
      files.push({ name: "指标明细.csv", contents: text(this.layout.indicatorCsv(summary.basis), this.csv) })
    return files
  }

  close(): void {}
}
