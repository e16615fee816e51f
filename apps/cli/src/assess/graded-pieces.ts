/**
 * A project graded into what a streamed run keeps of it: its digest (for the sums), its unreadable rows,
 * and its parts of results.json and 指标明细.csv as text. The same function runs in the main thread and in
 * the grading workers, so the two write the same bytes.
 */
import {
  type BudgetRow,
  type Project,
  type RowRejection,
  type RowsContext,
  readProjectRows,
  type SheetRow,
} from "@jixiao/core"
import { indicatorCsvLines } from "@jixiao/report"
import {
  type ActualEntry,
  type DigestData,
  digestData,
  digestOf,
  type GradeSettings,
  gradePrepared,
  matchRows,
  type Prepared,
  projectText,
  projectToJson,
  type Rejection,
} from "@jixiao/scoring"
import type { ByteRange } from "./append-spool.ts"

/** A graded project as text and digest. */
export interface GradedPieces {
  readonly digest: DigestData
  readonly unreadable: ReadonlyArray<Rejection>
  /** `,\n` and the project as it sits in results.json's `projects` array. */
  readonly json: string
  /** Its lines of 指标明细.csv, or null when the CSV is not written. */
  readonly csv: string | null
}

/** One project to grade, as plain data: the project or its rows, its actual rows (null: its own cells). */
export interface GradeWork {
  readonly project?: Project | undefined
  readonly rows?: ReadonlyArray<SheetRow> | undefined
  readonly actuals: ReadonlyArray<ActualEntry> | null
  readonly budgetRow: BudgetRow | undefined
}

/** What grading one project's work gives: its pieces, and the rows it rejected (actual rows, table rows). */
export interface GradedWork extends GradedPieces {
  readonly rejected: ReadonlyArray<Rejection>
  readonly tableRejected: ReadonlyArray<RowRejection>
}

/** Where a graded project's text already is: in spool `spool` of the sink (a worker's), at these ranges. */
export interface SpooledText {
  readonly spool: number
  readonly json: ByteRange
  readonly csv: ByteRange | null
}

/** A project graded by a worker, which spooled its text itself: everything but the text. */
export interface GradedElsewhere extends Omit<GradedWork, "json" | "csv"> {
  readonly spooled: SpooledText
}

/** Reads (when given rows), matches and grades one project's work. */
export const gradeWork = (
  work: GradeWork,
  context: RowsContext | null,
  settings: GradeSettings,
  withCsv: boolean,
): GradedWork => {
  const read = work.project ? { project: work.project, rejected: [] } : readProjectRows(work.rows!, context!)
  const { project } = read
  const taken = work.actuals === null ? null : matchRows(project, work.actuals)
  const prepared: Prepared = {
    actuals: taken ? project.indicators.map((i) => taken.byIndicator.get(i) ?? null) : null,
    rejected: taken?.rejected ?? [],
    budgetRow: work.budgetRow,
  }
  return {
    ...gradePieces(project, prepared, settings, withCsv),
    rejected: prepared.rejected,
    tableRejected: read.rejected,
  }
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
