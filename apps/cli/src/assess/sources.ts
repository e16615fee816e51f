/**
 * Where a streamed run's projects and actual rows come from: a CSV file read chunk by chunk, or (for text
 * tables, Excel and CSV in other encodings) a file read whole by the usual readers and handed on the same way.
 */
import { createReadStream } from "node:fs"
import {
  type ActualRow,
  type ActualsTable,
  type BudgetRow,
  csvRowBatches,
  type Project,
  type ProjectStreamSummary,
  type RowRejection,
  type RowsContext,
  type SheetRow,
  streamActualRows,
  streamBudgetRows,
  streamProjectRows,
  type TargetTable,
} from "@jixiao/core"
import {
  type ActualEntry,
  ActualIndex,
  actualEntry,
  BudgetIndex,
  type Rejection,
  type RowKeys,
  readerRejection,
  rowKeys,
} from "@jixiao/scoring"

/** A project of a table: read already (a whole table), or its rows, to be read where it is graded (CSV). */
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
 * Yields a table's projects in order (in batches), then says what else the table held. `found` is told
 * the header's columns before the first rows come.
 */
export type ProjectSource = (
  hold: ReadonlySet<string>,
  found: (context: RowsContext) => void,
) => AsyncGenerator<ReadonlyArray<TableItem>, ProjectStreamSummary>

/** Whether a file is read as a stream (CSV); other formats are read whole. */
export const streams = (file: string): boolean => /\.csv$/i.test(file)

const chunks = (file: string) => createReadStream(file, { highWaterMark: 1 << 20 })

/** The projects of a CSV target table, streamed as the rows of each. */
export const csvProjects =
  (file: string): ProjectSource =>
  (hold, found) =>
    streamProjectRows(csvRowBatches(chunks(file), file), { file, format: "csv" }, hold, found)

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

/** Indexed actual rows and the rows the reader refused. */
export interface IndexedActuals {
  readonly index: ActualIndex
  readonly readerRejected: ReadonlyArray<Rejection>
  /** Reads rows up to and including the given project's (a stream read in step with the table). */
  readonly pull?: (project: { readonly unit: string; readonly name: string }) => Promise<void>
  /** Reads the rows left (those of no project, and any that come late). */
  readonly finish?: () => Promise<void>
}

/**
 * The actual rows of a CSV file, read in step with the target table: before a project is graded, rows
 * are read until one belongs to another project (exports list projects in the same order), so that only
 * a window of rows is held. A row for a project already graded sets the index's `conflict`, and the run
 * starts over with {@link csvActuals}.
 */
export const csvActualsInStep = (file: string, isLate: (keys: RowKeys) => boolean): IndexedActuals => {
  const index = new ActualIndex(isLate)
  const readerRejected: Rejection[] = []
  const batches = streamActualRows(csvRowBatches(chunks(file), file), { file, format: "csv" })
  let pending: ReadonlyArray<ActualRow | RowRejection> = []
  let at = 0
  let ended = false
  /** Reads one row into the index; false at the end. */
  const readOne = async (): Promise<ActualEntry | null | false> => {
    while (at >= pending.length) {
      if (ended) return false
      const next = await batches.next()
      if (next.done) {
        ended = true
        return false
      }
      pending = next.value
      at = 0
    }
    const row = pending[at++]!
    if ("code" in row) {
      readerRejected.push(readerRejection(row))
      return null
    }
    const entry = actualEntry(row)
    index.add(entry)
    return entry
  }
  return {
    index,
    readerRejected,
    pull: async (project) => {
      const want = rowKeys({ unit: project.unit, project: project.name })
      for (;;) {
        const entry = await readOne()
        if (entry === false || index.conflict) return
        if (entry === null) continue
        const got = rowKeys(entry)
        if (got.nameKey !== want.nameKey || (got.unitKey !== "" && got.unitKey !== want.unitKey)) return
      }
    },
    finish: async () => {
      while ((await readOne()) !== false);
    },
  }
}

/** The actual rows of a CSV file, streamed into an index (rows are kept lean). */
export const csvActuals = async (file: string): Promise<IndexedActuals> => {
  const index = new ActualIndex()
  const readerRejected: Rejection[] = []
  for await (const rows of streamActualRows(csvRowBatches(chunks(file), file), { file, format: "csv" })) {
    for (const row of rows) {
      if ("code" in row) readerRejected.push(readerRejection(row))
      else index.add(actualEntry(row))
    }
  }
  return { index, readerRejected }
}

/** The actual rows of a sheet read whole, indexed. */
export const tableActuals = (table: ActualsTable): IndexedActuals => {
  const index = new ActualIndex()
  for (const row of table.rows) index.add(actualEntry(row))
  return { index, readerRejected: table.rejected.map(readerRejection) }
}

/** A budget sheet indexed, with its amount unit. */
export interface IndexedBudget {
  readonly index: BudgetIndex
  readonly amountUnit: string | null
  /** Reads rows up to and including the given project's (a stream read in step with the table). */
  readonly pull?: (project: { readonly unit: string; readonly name: string }) => Promise<void>
  /** Reads the rows left. */
  readonly finish?: () => Promise<void>
}

const squeeze = (text: string) => text.replace(/\s/gu, "")

/**
 * The budget rows of a CSV file: read in step with the target table (`inStep`, which says whether a row's
 * project was already graded: rows are read up to the first row of another project before each project
 * asks for its row, and a row that comes late sets the index's `conflict`), or all at once (null).
 */
export const csvBudget = async (
  file: string,
  inStep: {
    readonly isLate: (keys: RowKeys) => boolean
    readonly isShared: (keys: RowKeys) => boolean
  } | null,
): Promise<IndexedBudget> => {
  const index = new BudgetIndex(inStep ?? undefined)
  const { amountUnit, rows } = await streamBudgetRows(csvRowBatches(chunks(file), file), {
    file,
    format: "csv",
  })
  let pending: ReadonlyArray<BudgetRow | RowRejection> = []
  let at = 0
  let ended = false
  const readOne = async (): Promise<BudgetRow | null | false> => {
    while (at >= pending.length) {
      if (ended) return false
      const next = await rows.next()
      if (next.done) {
        ended = true
        return false
      }
      pending = next.value
      at = 0
    }
    const row = pending[at++]!
    if ("code" in row) {
      index.addRejected(row)
      return null
    }
    index.add(row)
    return row
  }
  const finish = async () => {
    while ((await readOne()) !== false);
  }
  if (!inStep) {
    await finish()
    return { index, amountUnit }
  }
  return {
    index,
    amountUnit,
    finish,
    pull: async (project) => {
      const [unit, name] = [squeeze(project.unit), squeeze(project.name)]
      for (;;) {
        const row = await readOne()
        if (row === false || index.conflict) return
        if (row === null) continue
        const rowUnit = squeeze(row.unit)
        if (squeeze(row.project) !== name || (rowUnit !== "" && rowUnit !== unit)) return
      }
    },
  }
}
