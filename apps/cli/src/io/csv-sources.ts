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

// `file` is read; `label` names it in results and messages (the same but for `run`, which names inputs as
// its config writes them).
const origin = (label: string) => ({ file: label, format: "csv" as const })
const rows = (file: string, label: string) => csvRowBatches(chunks(file), label)

/** The projects of a CSV target table, streamed as the rows of each. */
export const csvProjects = (file: string, label = file): ProjectSource =>
  streamedProjects(() => rows(file, label), origin(label))

/** The actual rows of a CSV file: in step with the table in a first pass, all first in a second. */
export const csvActuals = (file: string, label = file): ActualsSource =>
  streamedActuals(() => streamActualRows(rows(file, label), origin(label)))

/** The budget rows of a CSV file: in step with the table in a first pass, all first in a second. */
export const csvBudget = (file: string, label = file): BudgetSource =>
  streamedBudget(() => streamBudgetRows(rows(file, label), origin(label)))
