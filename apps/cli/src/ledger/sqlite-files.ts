/**
 * How the ledger reaches its SQLite files: better-sqlite3 on the disk, unless a layer says otherwise
 * (`runInMemory` keeps each ledger file as bytes in its world, opened as an in-memory database and
 * written back when closed, so that `run` and `runs` work there as they do on disk).
 */
import { existsSync } from "node:fs"
import * as Context from "effect/Context"
import type * as Effect from "effect/Effect"
import type { LedgerError } from "./ledger-error.ts"
import { loadSqlite, type SqliteDatabase } from "./load-sqlite.ts"

export interface SqliteFiles {
  /** The Database constructor for `file` (better-sqlite3's, or one over memory). */
  readonly load: (file: string) => Effect.Effect<SqliteDatabase, LedgerError>
  /** Whether a ledger file is there (readers refuse a missing one rather than create it). */
  readonly exists: (file: string) => boolean
}

export const SqliteFiles = Context.Reference<SqliteFiles>("@jixiao/cli/ledger/SqliteFiles", {
  defaultValue: () => ({ load: loadSqlite, exists: existsSync }),
})
