/**
 * Finds the header of a streamed sheet as {@link locateHeader} does on a whole one (within the top 20
 * non-empty rows; title rows above it), then hands on the data rows in batches: empty rows and repeats of
 * the header are left out and shapes checked, exactly as the whole-sheet reader does.
 */
import { Effect, Result } from "effect"
import type { TableReadError } from "../../model/errors.ts"
import { type ColumnSchema, HEADER_SEARCH_ROWS, resolveColumns } from "../columns.ts"
import { bodyRows, type HeadedRows, locateHeader, type RowSource, type SheetRow } from "../sheet-rows.ts"

const filled = (r: SheetRow) => r.cells.some((c) => c.trim() !== "")

/** The header and the rows above it; `body` yields the data rows below it, in batches. */
export interface HeadedStream extends Omit<HeadedRows, "body"> {
  readonly body: AsyncGenerator<ReadonlyArray<SheetRow>>
}

/** Reads rows until the header is decided; fails (throws) with what {@link locateHeader} would fail with. */
export const locateHeaderStream = async (
  batches: AsyncIterator<ReadonlyArray<SheetRow>>,
  source: RowSource,
  schema: ColumnSchema,
): Promise<HeadedStream> => {
  const seen: SheetRow[] = []
  let ended = false
  let rest: ReadonlyArray<SheetRow> = []
  search: while (seen.length < HEADER_SEARCH_ROWS) {
    const next = await batches.next()
    if (next.done) {
      ended = true
      break
    }
    for (const [i, r] of next.value.entries()) {
      if (!filled(r)) continue
      seen.push(r)
      if (resolveColumns(r.cells, schema).size >= 3 || seen.length >= HEADER_SEARCH_ROWS) {
        rest = next.value.slice(i + 1)
        break search
      }
    }
  }
  const located = Effect.runSync(Effect.result(locateHeader(seen, source, schema)))
  if (Result.isFailure(located)) throw located.failure as TableReadError
  const { columns, header, above, body: first } = located.success
  const data = (rows: ReadonlyArray<SheetRow>) => bodyRows(rows.filter(filled), header, columns, source)
  async function* body(): AsyncGenerator<ReadonlyArray<SheetRow>> {
    yield [...first, ...data(rest)]
    if (ended) return
    for (let next = await batches.next(); !next.done; next = await batches.next()) yield data(next.value)
  }
  return { columns, header, above, body: body() }
}
