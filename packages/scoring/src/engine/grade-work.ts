/**
 * One project's work, as plain data (it may cross to a worker thread), and grading it: its rows read into
 * a project (a streamed table) or the project itself, its actual rows matched to indicators, its budget
 * row, then {@link gradePrepared}. The same function runs in every thread, so the results cannot differ.
 */
import {
  type BudgetRow,
  type Project,
  type RowRejection,
  type RowsContext,
  readProjectRows,
  type SheetRow,
} from "@jixiao/core"
import { type ActualEntry, matchRows } from "../match/actual-index.ts"
import type { ProjectResult, Rejection } from "../model.ts"
import { type DigestData, digestData, digestOf } from "../sum/project-digest.ts"
import { type GradeSettings, gradePrepared, type Prepared } from "./assessor.ts"

/** One project to grade: the project or its rows, its actual rows (null: its own cells), its budget row. */
export interface GradeWork {
  readonly project?: Project | undefined
  readonly rows?: ReadonlyArray<SheetRow> | undefined
  readonly actuals: ReadonlyArray<ActualEntry> | null
  readonly budgetRow: BudgetRow | undefined
}

/** What the sums need of a graded project, wherever it was graded (plain data). */
export interface Graded {
  readonly digest: DigestData
  /** Matched rows whose actual could not be read. */
  readonly unreadable: ReadonlyArray<Rejection>
  /** The project's actual rows that matched no indicator (or repeated one). */
  readonly rejected: ReadonlyArray<Rejection>
  /** Rows of the project's own table rows that could not be read (a streamed table). */
  readonly tableRejected: ReadonlyArray<RowRejection>
}

/** A project graded in this thread: what the sums need, and the result itself. */
export interface GradedWork extends Graded {
  readonly result: ProjectResult
}

/** Reads (when given rows), matches and grades one project's work. */
export const gradeWork = (
  work: GradeWork,
  context: RowsContext | null,
  settings: GradeSettings,
): GradedWork => {
  const read = work.project ? { project: work.project, rejected: [] } : readProjectRows(work.rows!, context!)
  const { project } = read
  const taken = work.actuals === null ? null : matchRows(project, work.actuals)
  const lastYear = settings.previousYear
  const prepared: Prepared = {
    actuals: taken ? project.indicators.map((i) => taken.byIndicator.get(i) ?? null) : null,
    rejected: taken?.rejected ?? [],
    budgetRow: work.budgetRow,
    ...(lastYear
      ? {
          baselines: project.indicators.map(
            (i) => lastYear.actualOf(project.unit, project.name, i.name) ?? null,
          ),
          baselineSource: lastYear.source,
        }
      : {}),
  }
  const { result, unreadable } = gradePrepared(project, prepared, settings)
  return {
    result,
    digest: digestData(digestOf(result)),
    unreadable,
    rejected: prepared.rejected,
    tableRejected: read.rejected,
  }
}
