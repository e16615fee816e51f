/** The rows of a streamed CSV actuals sheet, read one at a time as {@link readActualsRows} reads them all. */
import type { ActualRow } from "../../model/actuals.ts"
import type { RowRejection } from "../../model/table.ts"
import { ACTUALS_COLUMNS, readActualRow } from "../actuals-table.ts"
import { type RowSource, rowPlace, type SheetRow } from "../sheet-rows.ts"
import { locateHeaderStream } from "./header-stream.ts"

/** Each data row read, or its rejection, in batches; fails (throws) with the errors of the whole-sheet reader. */
export async function* streamActualRows(
  batches: AsyncIterator<ReadonlyArray<SheetRow>>,
  source: RowSource,
): AsyncGenerator<ReadonlyArray<ActualRow | RowRejection>> {
  const { columns, body } = await locateHeaderStream(batches, source, ACTUALS_COLUMNS)
  for await (const rows of body) yield rows.map((r) => readActualRow(columns, r, rowPlace(r, source)))
}
