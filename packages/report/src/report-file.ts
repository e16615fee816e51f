import type { ResultsJson } from "@jixiao/scoring"

/** The report formats jixiao writes. */
export type ReportFormat = "html" | "xlsx" | "md" | "csv" | "docx"

/** One file of a report: a name relative to the output folder, and its bytes or text. */
export interface ReportFile {
  readonly name: string
  readonly contents: string | Uint8Array
}

/** A format renders a whole assessment into one or more files. Renderers are pure: no file system. */
export type Renderer = (results: ResultsJson) => Promise<ReadonlyArray<ReportFile>>
