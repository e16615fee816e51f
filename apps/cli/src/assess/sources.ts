/**
 * Where a streamed run's projects and actual rows come from: a CSV file read chunk by chunk, or (for text
 * tables, Excel and CSV in other encodings) a file read whole by the usual readers and handed on the same way.
 */
import { createReadStream } from "node:fs"
import {
  type ActualsTable,
  csvRowBatches,
  type Project,
  type ProjectStreamSummary,
  type RowsContext,
  type SheetRow,
  streamActualRows,
  streamProjectRows,
  type TargetTable,
} from "@jixiao/core"
import { ActualIndex, actualEntry, type Rejection, readerRejection } from "@jixiao/scoring"

/** A project of a table: read already (a whole table), or its rows, to be read where it is graded (CSV). */
export interface TableItem {
  readonly unit: string
  readonly name: string
  readonly slot: number
  readonly unitIndex: number
  readonly project?: Project | undefined
  readonly rows?: ReadonlyArray<SheetRow> | undefined
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
