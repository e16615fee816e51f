import type BetterSqlite3 from "better-sqlite3"
import type { LedgerIssue } from "./issues.ts"
import { type RunRow, rowToRun, runColumns } from "./rows.ts"
import type { RunRecord } from "./types.ts"

/** The fewest characters of a run id accepted as a prefix: shorter ones are too easily another run's. */
export const minimumPrefix = 4

type LookupIssue = Extract<LedgerIssue, { code: "run_not_found" | "prefix_too_short" | "ambiguous_prefix" }>

/** What looking a run up found: the run, or why not. */
export type RunLookup =
  | { readonly _tag: "found"; readonly run: RunRecord }
  | { readonly _tag: "not_found"; readonly issue: LookupIssue }

const newestFirst = "ORDER BY recorded_at DESC, rowid DESC"

/**
 * The run whose id is `idOrPrefix`, else the one run whose id starts with it. Compares with substr, not
 * LIKE, so `%` or `_` in what was typed match only themselves.
 */
export const findRun = (db: BetterSqlite3.Database, file: string, idOrPrefix: string): RunLookup => {
  const exact = db.prepare(`SELECT ${runColumns} FROM runs WHERE id = ?`).get(idOrPrefix) as
    | RunRow
    | undefined
  if (exact !== undefined) return { _tag: "found", run: rowToRun(exact) }
  if (idOrPrefix.length < minimumPrefix) {
    return {
      _tag: "not_found",
      issue: { code: "prefix_too_short", file, prefix: idOrPrefix, minimum: minimumPrefix },
    }
  }
  const rows = db
    .prepare(`SELECT ${runColumns} FROM runs WHERE substr(id, 1, ?) = ? ${newestFirst}`)
    .all(idOrPrefix.length, idOrPrefix) as RunRow[]
  const [only, ...others] = rows
  if (only === undefined) return { _tag: "not_found", issue: { code: "run_not_found", file, id: idOrPrefix } }
  if (others.length > 0) {
    const candidates = rows.map((row) => row.id)
    return { _tag: "not_found", issue: { code: "ambiguous_prefix", file, prefix: idOrPrefix, candidates } }
  }
  return { _tag: "found", run: rowToRun(only) }
}
