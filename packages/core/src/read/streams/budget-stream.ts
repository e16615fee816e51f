/** The rows of a streamed CSV budget-execution sheet, read one batch at a time as {@link readBudgetRows} reads them all. */
import type { BudgetRow } from "../../model/actuals.ts"
import type { RowRejection } from "../../model/table.ts"
import { amountUnitOf, BUDGET_COLUMNS, readBudgetRow, sheetUnitOf } from "../budget-table.ts"
import type { RowSource, SheetRow } from "../sheet-rows.ts"
import { locateHeaderStream } from "./header-stream.ts"

/**
 * The sheet's amount unit (from the header or the title rows), then its rows in batches. Fails (throws)
 * with the errors of the whole-sheet reader.
 */
export const streamBudgetRows = async (
  batches: AsyncIterator<ReadonlyArray<SheetRow>>,
  source: RowSource,
): Promise<{
  readonly amountUnit: string | null
  readonly rows: AsyncGenerator<ReadonlyArray<BudgetRow | RowRejection>>
}> => {
  const headed = await locateHeaderStream(batches, source, BUDGET_COLUMNS)
  // A sheet without a 单位 column may name its unit above the header, as the whole-sheet reader reads it.
  const unit = sheetUnitOf(headed) ?? ""
  async function* rows(): AsyncGenerator<ReadonlyArray<BudgetRow | RowRejection>> {
    for await (const batch of headed.body) {
      const read: Array<BudgetRow | RowRejection> = []
      for (const r of batch) {
        const row = readBudgetRow(headed.columns, r, source, unit)
        if (row !== null) read.push(row)
      }
      yield read
    }
  }
  return { amountUnit: amountUnitOf(headed), rows: rows() }
}
