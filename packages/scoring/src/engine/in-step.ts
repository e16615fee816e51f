/**
 * Reading a sheet in step with the target table: before a project is graded, rows are read until one
 * belongs to another project (exports list projects in the same order in every sheet), so that only a
 * window of rows is held. What to do with each row, and when a row came too late, is the index's business.
 */
import type { RowRejection } from "@jixiao/core"
import { rowKeys } from "../match/actual-index.ts"

/** Reads rows up to a project's own, or all that are left. */
export interface InStep {
  /** Reads rows up to and including the given project's. */
  readonly pull: (project: { readonly unit: string; readonly name: string }) => Promise<void>
  /** Reads the rows left. */
  readonly finish: () => Promise<void>
}

/**
 * Reads `batches` one row at a time into `add` (rows the reader refused too); `stop` says when reading
 * on is pointless (the run starts over).
 */
export const inStep = <R extends { readonly unit: string; readonly project: string }>(
  batches: AsyncIterator<ReadonlyArray<R | RowRejection>>,
  add: (row: R | RowRejection) => void,
  stop: () => boolean,
): InStep => {
  let pending: ReadonlyArray<R | RowRejection> = []
  let at = 0
  let ended = false
  /** The next row (added), or false at the end. */
  const readOne = async (): Promise<R | RowRejection | false> => {
    while (at >= pending.length) {
      if (ended) return false
      const next = await batches.next()
      if (next.done) {
        ended = true
        return false
      }
      pending = next.value
      at = 0
    }
    const row = pending[at++]!
    add(row)
    return row
  }
  return {
    pull: async (project) => {
      const want = rowKeys({ unit: project.unit, project: project.name })
      for (;;) {
        const row = await readOne()
        if (row === false || stop()) return
        if ("code" in row) continue
        const got = rowKeys(row)
        if (got.nameKey !== want.nameKey || (got.unitKey !== "" && got.unitKey !== want.unitKey)) return
      }
    },
    finish: async () => {
      while ((await readOne()) !== false);
    },
  }
}
