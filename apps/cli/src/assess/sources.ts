/**
 * CSV files as the engine's sources: each pass reads the file afresh, 64 KB at a time (csv-file.ts), into
 * the rows of each project, the actual rows and the budget rows. Tables read whole are handed to the
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
import { chunks } from "./csv-file.ts"

const origin = (file: string) => ({ file, format: "csv" as const })
const rows = (file: string) => csvRowBatches(chunks(file), file)

/** The projects of a CSV target table, streamed as the rows of each. */
export const csvProjects = (file: string): ProjectSource => streamedProjects(() => rows(file), origin(file))

/** The actual rows of a CSV file: in step with the table in a first pass, all first in a second. */
export const csvActuals = (file: string): ActualsSource =>
  streamedActuals(() => streamActualRows(rows(file), origin(file)))

/** The budget rows of a CSV file: in step with the table in a first pass, all first in a second. */
export const csvBudget = (file: string): BudgetSource =>
  streamedBudget(() => streamBudgetRows(rows(file), origin(file)))
