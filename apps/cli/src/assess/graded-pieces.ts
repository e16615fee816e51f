/**
 * A project graded into what a streamed run keeps of it: its digest (for the sums), its unreadable rows,
 * and its parts of results.json and 指标明细.csv as text. The same function runs in the main thread and in
 * the grading workers, so the two write the same bytes.
 */
import type { Project } from "@jixiao/core"
import { indicatorCsvLines } from "@jixiao/report"
import {
  type DigestData,
  digestData,
  digestOf,
  type GradeSettings,
  gradePrepared,
  type Prepared,
  projectText,
  projectToJson,
  type Rejection,
} from "@jixiao/scoring"

/** A graded project as text and digest. */
export interface GradedPieces {
  readonly digest: DigestData
  readonly unreadable: ReadonlyArray<Rejection>
  /** `,\n` and the project as it sits in results.json's `projects` array. */
  readonly json: string
  /** Its lines of 指标明细.csv, or null when the CSV is not written. */
  readonly csv: string | null
}

/** Grades a prepared project into pieces. */
export const gradePieces = (
  project: Project,
  prepared: Prepared,
  settings: GradeSettings,
  withCsv: boolean,
): GradedPieces => {
  const { result, unreadable } = gradePrepared(project, prepared, settings)
  const json = projectToJson(result, settings.policy)
  return {
    digest: digestData(digestOf(result)),
    unreadable,
    json: `,\n${projectText(json)}`,
    csv: withCsv ? indicatorCsvLines(json) : null,
  }
}
