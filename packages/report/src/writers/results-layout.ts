/**
 * How results.json and 指标明细.csv are put together from a streamed run's pieces: each graded project's
 * part of either file is appended to a spool as soon as it is graded (a writer's own, or a worker's), in
 * whatever order projects finish; the layout remembers where each piece is and, at the end, says what to
 * write in what order: the head, every project's piece in table order, the tail. It decides the bytes;
 * the caller only moves them (a file spool copies byte ranges, a string spool slices text).
 */
import {
  type AssessmentSummary,
  type Place,
  type Policy,
  PROJECT_INDENT,
  type ProjectResult,
  projectLine,
  projectToJson,
  type ResultsJson,
  type ResultsMeta,
  resultsHead,
  resultsHeadText,
  resultsTail,
  resultsTailText,
} from "@jixiao/scoring"
import { indicatorCsvHeader, indicatorCsvLines } from "../formats/csv.ts"
import { SpooledTable } from "./spooled-table.ts"

type ProjectJson = ResultsJson["projects"][number]

/** A byte range in a spool: [start, length]. */
export type ByteRange = readonly [start: number, length: number]

/** A graded project's parts of the two files, as text. */
export interface ProjectPieces {
  /**
   * Its piece of results.json's `projects` array: what goes before its line (the separator and the
   * indent), then the line. Joined they are the piece; a writer that encodes them into bytes writes the
   * two one after the other, so that the line is not first copied into one string with its separator.
   */
  readonly json: readonly [head: string, line: string]
  /** Its lines of 指标明细.csv, or null when the CSV is not written. */
  readonly csv: string | null
}

/**
 * The pieces of one graded project. Every JSON piece starts with `,\n`, so that pieces written one after
 * another are one stretch of bytes; the first in table order is written without its comma.
 */
export const projectPieces = (result: ProjectResult, policy: Policy, withCsv: boolean): ProjectPieces => {
  const json = projectToJson(result, policy)
  return {
    json: [`,\n${PROJECT_INDENT}`, projectLine(json)],
    csv: withCsv ? indicatorCsvLines(json) : null,
  }
}

/** Where a project's pieces are: its place, its unit, its spool, its byte ranges and its size. */
export interface Spooled {
  readonly place: Place
  readonly unit: string
  readonly spool: number
  readonly json: ByteRange
  readonly csv: ByteRange | null
  readonly indicators: number
}

/** One step of writing a file: text, or a byte range of a spool. */
export type Step = { readonly text: string } | { readonly spool: number; readonly range: ByteRange }

/** Where every piece of a run is, and how the two files are made of them. */
export class ResultsLayout {
  private spooled = new SpooledTable()

  /** Notes where a graded project's pieces were spooled. */
  add(spooled: Spooled): void {
    this.spooled.add(spooled)
  }

  /** Forgets everything (a second pass starts over). */
  reset(): void {
    this.spooled = new SpooledTable()
  }

  /** The spooled projects in table order (unit order, then first appearance), made one at a time. */
  *ordered(): Iterable<Spooled> {
    const table = this.spooled
    for (const i of table.inPlaceOrder()) yield table.at(i)
  }

  /** results.json: the head, the projects (the first without its comma), the tail. */
  *resultsJson(summary: AssessmentSummary, meta: ResultsMeta): Iterable<Step> {
    yield { text: resultsHeadText(resultsHead(summary, meta)) }
    // The array opens with a newline: the first piece drops its comma.
    let first = true
    for (const s of this.ordered()) {
      yield { spool: s.spool, range: first ? trimComma(s.json) : s.json }
      first = false
    }
    yield { text: resultsTailText(resultsTail(summary), this.spooled.size) }
  }

  /** 指标明细.csv: the BOM and header, then every project's lines. */
  *indicatorCsv(basis: AssessmentSummary["basis"]): Iterable<Step> {
    yield { text: `\uFEFF${indicatorCsvHeader(basis).join(",")}\r\n` }
    for (const s of this.ordered()) yield { spool: s.spool, range: s.csv! }
  }
}

/** The piece without its leading `,`. */
const trimComma = ([start, length]: ByteRange): ByteRange => [start + 1, length - 1]

/** The range of a project's JSON text within its piece (without its comma), to read it back. */
export const projectRange = (s: Spooled): ByteRange => [s.json[0] + 1, s.json[1] - 1]

/** A project read back from the text of {@link projectRange}. */
export const parseProject = (text: string): ProjectJson => JSON.parse(text) as ProjectJson
