import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import { Ledger } from "./ledger.ts"
import { detailOf, LedgerError } from "./ledger-error.ts"
import { configure, ensureSchema, schemaVersion } from "./schema.ts"
import { SqliteFiles } from "./sqlite-files.ts"

/** How to open a ledger. */
export interface OpenLedgerOptions {
  /** Create the file and its schema if absent (default true). False for readers: a missing file is `no_ledger`. */
  readonly create?: boolean
  /** How long a statement waits for another process's write lock before failing (default 10 s). */
  readonly busyTimeoutMs?: number
}

const openFailed = (file: string, error: unknown) =>
  new LedgerError({ issue: { code: "open_failed", file, detail: detailOf(error) } })

/**
 * Opens the SQLite run ledger at `file` for the life of the scope, creating its schema if absent, in WAL
 * mode with foreign keys on. better-sqlite3 is loaded here, lazily (`load-sqlite.ts`), so that commands
 * that never touch the ledger neither load a native addon at start-up nor need one installed.
 */
export const openLedger = (
  file: string,
  options: OpenLedgerOptions = {},
): Effect.Effect<Ledger, LedgerError, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.gen(function* () {
      const files = yield* SqliteFiles
      if (options.create === false && !files.exists(file)) {
        const tried = [{ kind: "ledger", path: file, found: false }] as const
        return yield* new LedgerError({ issue: { code: "no_ledger", file, tried, nearby: [] } })
      }
      const Database = yield* files.load(file)
      return yield* Effect.try({
        try: () => {
          const db = new Database(file, { fileMustExist: options.create === false })
          try {
            configure(db, options.busyTimeoutMs ?? 10_000)
            const version = ensureSchema(db)
            if (version > schemaVersion) {
              throw new LedgerError({
                issue: { code: "newer_schema", file, version, supported: schemaVersion },
              })
            }
            return new Ledger(file, db)
          } catch (error) {
            db.close()
            throw error
          }
        },
        catch: (error) => (error instanceof LedgerError ? error : openFailed(file, error)),
      })
    }),
    (ledger) => Effect.sync(() => ledger.close()),
  )
