/**
 * What the engine reads: the projects of a target table (read whole, or as the rows of each project from
 * a stream), the actual rows and the budget rows (read whole, in step with the table, or all at once from
 * a stream). The engine never opens a file: a stream is an async iterable of row batches that the caller
 * made from whatever it reads (the CLI: a CSV file, chunk by chunk).
 */
import {
  type ActualRow,
  type ActualsTable,
  type BudgetRow,
  type BudgetTable,
  type Project,
  type ProjectStreamSummary,
  type RowRejection,
  type RowsContext,
  type SheetRow,
  streamProjectRows,
  type TableFormat,
  type TargetTable,
} from "@jixiao/core"
import { ActualIndex, actualEntry, type RowKeys, readerRejection } from "../match/actual-index.ts"
import { BudgetIndex, indexBudget } from "../match/budget-index.ts"
import type { Rejection } from "../model.ts"
import { type InStep, inStep } from "./in-step.ts"

/** A project of a table: read already (a whole table), or its rows, to be read where it is graded (a stream). */
export interface TableItem {
  readonly unit: string
  readonly name: string
  readonly slot: number
  readonly unitIndex: number
  readonly project?: Project | undefined
  readonly rows?: ReadonlyArray<SheetRow> | undefined
  /** A later part of a split project (counted once, by its first part). */
  readonly again?: boolean | undefined
}

/**
 * Yields a table's projects in order (in batches), then says what else the table held. `hold` names the
 * projects to hold back until the table ends (split ones, known from a first pass); `found` is told the
 * header's columns before the first rows come.
 */
export type ProjectSource = (
  hold: ReadonlySet<string>,
  found: (context: RowsContext) => void,
) => AsyncGenerator<ReadonlyArray<TableItem>, ProjectStreamSummary>

/** The projects of a table read whole, in table order. */
export const tableProjects = (table: TargetTable): ProjectSource =>
  async function* () {
    let slot = 0
    for (const [unitIndex, u] of table.units.entries())
      yield u.projects.map((project) => ({
        unit: project.unit,
        name: project.name,
        project,
        slot: slot++,
        unitIndex,
      }))
    return {
      department: table.department,
      units: table.units.map((u) => u.name),
      split: new Set<string>(),
      rejected: table.rejected,
    }
  }

/** Where a stream of rows comes from, for the places of its cells. */
export interface StreamOrigin {
  readonly file: string
  readonly format: TableFormat
}

/** The projects of a stream of target-table rows (each pass reads the stream afresh). */
export const streamedProjects =
  (rows: () => AsyncIterator<ReadonlyArray<SheetRow>>, origin: StreamOrigin): ProjectSource =>
  (hold, found) =>
    streamProjectRows(rows(), origin, hold, found)

/** What reading in step asks the census: whether a row's project was graded, whether two projects share keys. */
export interface CensusQuestions {
  readonly isLate: (keys: RowKeys) => boolean
  readonly isShared: (keys: RowKeys) => boolean
}

/** Indexed actual rows and the rows the reader refused; `pull`/`finish` when read in step with the table. */
export interface IndexedActuals extends Partial<InStep> {
  readonly index: ActualIndex
  readonly readerRejected: ReadonlyArray<Rejection>
}

/** Reads the actual rows for a pass: the first may read them in step with the table, a second all first. */
export type ActualsSource = (pass: 1 | 2, census: CensusQuestions) => Promise<IndexedActuals>

/** A stream of actual rows (as `streamActualRows` yields them), opened afresh for each pass. */
export type ActualBatches = () => AsyncIterator<ReadonlyArray<ActualRow | RowRejection>>

/**
 * Actual rows from a stream: in the first pass read in step with the target table (a row for a project
 * already graded sets the index's `conflict`, and the run starts over); in a second, all indexed first.
 */
export const streamedActuals =
  (batches: ActualBatches): ActualsSource =>
  async (pass, census) => {
    const index = new ActualIndex(pass === 1 ? census.isLate : undefined)
    const readerRejected: Rejection[] = []
    const add = (row: ActualRow | RowRejection) => {
      if ("code" in row) readerRejected.push(readerRejection(row))
      else index.add(actualEntry(row))
    }
    const step = inStep(batches(), add, () => index.conflict)
    if (pass === 1) return { index, readerRejected, ...step }
    await step.finish()
    return { index, readerRejected }
  }

/** The actual rows of a sheet read whole, indexed (the same for every pass). */
export const tableActuals =
  (table: ActualsTable): ActualsSource =>
  async () => {
    const index = new ActualIndex()
    for (const row of table.rows) index.add(actualEntry(row))
    return { index, readerRejected: table.rejected.map(readerRejection) }
  }

/** A budget sheet indexed, with its amount unit; `pull`/`finish` when read in step with the table. */
export interface IndexedBudget extends Partial<InStep> {
  readonly index: BudgetIndex
  readonly amountUnit: string | null
}

/** Reads the budget rows for a pass (in step with the table in the first). */
export type BudgetSource = (pass: 1 | 2, census: CensusQuestions) => Promise<IndexedBudget>

/** A stream of budget rows (as `streamBudgetRows` gives them: the amount unit, then the rows). */
export type BudgetBatches = () => Promise<{
  readonly amountUnit: string | null
  readonly rows: AsyncIterator<ReadonlyArray<BudgetRow | RowRejection>>
}>

/**
 * Budget rows from a stream: in the first pass read in step with the target table (a row that comes late,
 * or one that two projects might share, sets the index's `conflict`); in a second, all at once.
 */
export const streamedBudget =
  (batches: BudgetBatches): BudgetSource =>
  async (pass, census) => {
    const index = new BudgetIndex(pass === 1 ? census : undefined)
    const { amountUnit, rows } = await batches()
    const step = inStep(
      rows,
      (row) => ("code" in row ? index.addRejected(row) : index.add(row)),
      () => index.conflict,
    )
    if (pass === 1) return { index, amountUnit, ...step }
    await step.finish()
    return { index, amountUnit }
  }

/** A budget sheet read whole, indexed (the same for every pass). */
export const tableBudget =
  (table: BudgetTable): BudgetSource =>
  async () => ({ index: indexBudget(table), amountUnit: table.amountUnit })
