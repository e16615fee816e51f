/** Where a streamed run's actual rows come from: a CSV file, read in step or all at once, or a sheet read whole. */
import { type ActualsTable, csvRowBatches, streamActualRows } from "@jixiao/core"
import { ActualIndex, actualEntry, type Rejection, type RowKeys, readerRejection } from "@jixiao/scoring"
import { chunks } from "./csv-file.ts"
import { type InStep, inStep } from "./in-step.ts"

/** Indexed actual rows and the rows the reader refused; `pull`/`finish` when read in step with the table. */
export interface IndexedActuals extends Partial<InStep> {
  readonly index: ActualIndex
  readonly readerRejected: ReadonlyArray<Rejection>
}

const rowsOf = (file: string) => streamActualRows(csvRowBatches(chunks(file), file), { file, format: "csv" })

/**
 * The actual rows of a CSV file, read in step with the target table. A row for a project already graded
 * (`isLate`, from the census) sets the index's `conflict`, and the run starts over with {@link csvActuals}.
 */
export const csvActualsInStep = (file: string, isLate: (keys: RowKeys) => boolean): IndexedActuals => {
  const index = new ActualIndex(isLate)
  const readerRejected: Rejection[] = []
  const step = inStep(
    rowsOf(file),
    (row) => {
      if ("code" in row) readerRejected.push(readerRejection(row))
      else index.add(actualEntry(row))
    },
    () => index.conflict,
  )
  return { index, readerRejected, ...step }
}

/** The actual rows of a CSV file, all streamed into an index first (rows are kept lean). */
export const csvActuals = async (file: string): Promise<IndexedActuals> => {
  const index = new ActualIndex()
  const readerRejected: Rejection[] = []
  for await (const rows of rowsOf(file)) {
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
