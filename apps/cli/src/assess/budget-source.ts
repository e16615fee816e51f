/** Where a streamed run's budget rows come from: a CSV file, read in step or all at once, or a sheet read whole. */
import { type BudgetTable, csvRowBatches, streamBudgetRows } from "@jixiao/core"
import { BudgetIndex, indexBudget, type RowKeys } from "@jixiao/scoring"
import { chunks } from "./csv-file.ts"
import { type InStep, inStep } from "./in-step.ts"

/** A budget sheet indexed, with its amount unit; `pull`/`finish` when read in step with the table. */
export interface IndexedBudget extends Partial<InStep> {
  readonly index: BudgetIndex
  readonly amountUnit: string | null
}

/** What reading in step asks the census: whether a row's project was graded, whether two projects share keys. */
export interface CensusQuestions {
  readonly isLate: (keys: RowKeys) => boolean
  readonly isShared: (keys: RowKeys) => boolean
}

/**
 * The budget rows of a CSV file: read in step with the target table (`census` given: a row that comes
 * late, or a row two projects might share, sets the index's `conflict`), or all at once (null).
 */
export const csvBudget = async (file: string, census: CensusQuestions | null): Promise<IndexedBudget> => {
  const index = new BudgetIndex(census ?? undefined)
  const { amountUnit, rows } = await streamBudgetRows(csvRowBatches(chunks(file), file), {
    file,
    format: "csv",
  })
  const step = inStep(
    rows,
    (row) => ("code" in row ? index.addRejected(row) : index.add(row)),
    () => index.conflict,
  )
  if (census) return { index, amountUnit, ...step }
  await step.finish()
  return { index, amountUnit }
}

/** A budget sheet read whole, indexed. */
export const tableBudget = (table: BudgetTable): IndexedBudget => ({
  index: indexBudget(table),
  amountUnit: table.amountUnit,
})
