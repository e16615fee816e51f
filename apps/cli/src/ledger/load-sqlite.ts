/**
 * better-sqlite3, loaded the first time a ledger is opened and only then. It is a native addon and an
 * optional dependency: where its prebuilt binary cannot be downloaded and it cannot be compiled, `pnpm
 * install` goes on without it, and every command but `run` and `runs` works. The import stays a dynamic
 * import of an external module, so the bundle does not require it at start-up (and esbuild wraps none of
 * our modules: see the bundle test in test/cli.test.ts).
 */
import type BetterSqlite3 from "better-sqlite3"
import * as Effect from "effect/Effect"
import { detailOf, LedgerError } from "./ledger-error.ts"

/** The constructor of a better-sqlite3 database. */
export type SqliteDatabase = typeof BetterSqlite3

let loaded: SqliteDatabase | undefined

const notInstalled = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code
  return code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND"
}

const unavailable = (file: string, error: unknown) =>
  new LedgerError({
    issue: {
      code: "sqlite_unavailable",
      file,
      reason: notInstalled(error) ? "not_installed" : "native_failed",
      detail: detailOf(error).split("\n")[0] ?? "",
    },
  })

/**
 * better-sqlite3's Database, its native addon proven to load: an installed package whose build failed
 * (pnpm leaves a failed optional dependency in place) throws only when a database is first made, so an
 * in-memory one is made and closed here. `file` is the ledger the caller wants, for the message.
 */
export const loadSqlite = (file: string): Effect.Effect<SqliteDatabase, LedgerError> =>
  loaded !== undefined
    ? Effect.succeed(loaded)
    : Effect.tryPromise({
        try: async () => {
          const { default: Database } = await import("better-sqlite3")
          new Database(":memory:").close()
          loaded = Database
          return Database
        },
        catch: (error) => unavailable(file, error),
      })
