/**
 * Where a streamed run's projects come from: a CSV target table read chunk by chunk (the rows of each
 * project), or (text tables, Excel, CSV in other encodings) a table read whole and handed on the same way.
 */
import {
  csvRowBatches,
  type Project,
  type ProjectStreamSummary,
  type RowsContext,
  type SheetRow,
  streamProjectRows,
  type TargetTable,
} from "@jixiao/core"
import { chunks } from "./csv-file.ts"

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
