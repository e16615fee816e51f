/**
 * What can go wrong with the ledger, as data: a union keyed on a stable `code`, each carrying the file it
 * concerns. Wording lives in `messages-zh-CN.ts`; tests assert codes and data.
 */
/** A path looked at while finding the ledger: the config given with `--config`, the default one, the ledger. */
export interface TriedPath {
  readonly kind: "config_flag" | "config_default" | "ledger"
  readonly path: string
  readonly found: boolean
}

export type LedgerIssue =
  /**
   * better-sqlite3, the SQLite driver (an optional native dependency), is not installed, or its native
   * addon did not build or does not load here (`native_failed`).
   */
  | {
      readonly code: "sqlite_unavailable"
      readonly file: string
      readonly reason: "not_installed" | "native_failed"
      readonly detail: string
    }
  /** The SQLite file could not be opened or its schema could not be created. */
  | { readonly code: "open_failed"; readonly file: string; readonly detail: string }
  /**
   * No ledger file where one was looked for: no run recorded yet for this config, or a run made with another
   * `--config`. `tried` lists the paths looked at, in order; `nearby`, configs in or under the current
   * folder that have a ledger (searched only without `--config`).
   */
  | {
      readonly code: "no_ledger"
      readonly file: string
      readonly tried: ReadonlyArray<TriedPath>
      readonly nearby: ReadonlyArray<string>
    }
  /** The ledger was written by a newer jixiao whose schema this one does not know. */
  | {
      readonly code: "newer_schema"
      readonly file: string
      readonly version: number
      readonly supported: number
    }
  /** A statement failed (disk full, file corrupt, busy past the timeout…). */
  | { readonly code: "query_failed"; readonly file: string; readonly detail: string }
  /** No run has this id or id prefix. */
  | { readonly code: "run_not_found"; readonly file: string; readonly id: string }
  /** An id prefix shorter than `minimum` characters: too easy to mistype into another run. */
  | {
      readonly code: "prefix_too_short"
      readonly file: string
      readonly prefix: string
      readonly minimum: number
    }
  /** An id prefix that more than one run starts with. */
  | {
      readonly code: "ambiguous_prefix"
      readonly file: string
      readonly prefix: string
      readonly candidates: ReadonlyArray<string>
    }
  /** Another live process holds the writer lock (after waiting, if asked to); who, when it says so. */
  | {
      readonly code: "locked"
      readonly file: string
      readonly lockFile: string
      readonly pid?: number
      readonly startedAt?: string
    }
  /** The lock file could not be created, read or removed. */
  | {
      readonly code: "lock_failed"
      readonly file: string
      readonly lockFile: string
      readonly detail: string
    }
  /** The config file named the ledger, but could not be read or is not a JSON object with a string `ledger`. */
  | { readonly code: "config_unreadable"; readonly file: string; readonly detail: string }
