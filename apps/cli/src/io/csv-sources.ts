/**
 * CSV files as the engine's sources: each pass reads the file afresh, 64 KB at a time (csv-file.ts), into
 * the rows of each project, the actual rows and the budget rows (the chunks come from AssessIo). Tables read whole are handed to the
 * engine as they are (scoring's tableProjects, tableActuals, tableBudget).
 */
import { csvRowBatches, streamActualRows, streamBudgetRows } from "@jixiao/core"
import {
  type ActualsSource,
  type BudgetSource,
  type ProjectSource,
  streamedActuals,
  streamedBudget,
  streamedProjects,
} from "@jixiao/scoring"

// `file` is read; `label` names it in results and messages (the same but for `run`, which names inputs as
// its config writes them).
const origin = (label: string) => ({ file: label, format: "csv" as const })
/** A file's bytes in chunks (AssessIo's `chunks`: the disk, or memory). */
export type Chunks = (file: string) => AsyncIterable<Uint8Array>

/** The projects of a CSV target table, streamed as the rows of each. */
export const csvProjects = (read: Chunks, file: string, label = file): ProjectSource =>
  streamedProjects(() => csvRowBatches(read(file), label), origin(label))

/** The actual rows of a CSV file: in step with the table in a first pass, all first in a second. */
export const csvActuals = (read: Chunks, file: string, label = file): ActualsSource =>
  streamedActuals(() => streamActualRows(csvRowBatches(read(file), label), origin(label)))

/** The budget rows of a CSV file: in step with the table in a first pass, all first in a second. */
export const csvBudget = (read: Chunks, file: string, label = file): BudgetSource =>
  streamedBudget(() => streamBudgetRows(csvRowBatches(read(file), label), origin(label)))
