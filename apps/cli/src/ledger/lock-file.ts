/**
 * The run lock as SQLite holds it: `<ledger>.lock.sqlite` is a small database whose write lock (a POSIX
 * advisory lock, `BEGIN IMMEDIATE`) a run keeps open from start to end. The kernel drops it when the holder
 * exits, however it exits (killed, crashed, power cut), so a lock is never left behind, and a pid that now
 * names another process (pid 1, a reused pid, another container's pid) cannot keep it. Who holds it and
 * since when is a row of the same database, committed by the holder just before it takes the lock; a
 * clean release deletes it, so a row found by the next holder names a run that was interrupted.
 */
import { randomUUID } from "node:crypto"
import { readFileSync, unlinkSync } from "node:fs"
import type BetterSqlite3 from "better-sqlite3"
import type { SqliteDatabase } from "./load-sqlite.ts"

/** Who holds (or held) the run lock. `token` tells this holder from a later one with the same pid. */
export interface LockHolder {
  readonly pid: number
  readonly startedAt: string
  readonly token: string
}

/** A new holder for this process. */
export const newHolder = (startedAt: string): LockHolder => ({
  pid: process.pid,
  startedAt,
  token: randomUUID(),
})

/** The lock database of a ledger. */
export const lockFileOf = (ledgerPath: string): string => `${ledgerPath}.lock.sqlite`

/** The lock file of jixiao before the lock was SQLite's: a JSON holder, `<ledger>.lock`. */
export const legacyLockFileOf = (ledgerPath: string): string => `${ledgerPath}.lock`

/** One attempt's outcome: the lock is ours (with the holder of an interrupted run, if any), or another's. */
export type Attempt =
  | { readonly _tag: "acquired"; readonly stale: LockHolder | null }
  | { readonly _tag: "held"; readonly holder: LockHolder | null }

type Db = BetterSqlite3.Database

const isBusy = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code
  return code === "SQLITE_BUSY" || code === "SQLITE_LOCKED"
}

const holderOf = (row: unknown): LockHolder | null => {
  const r = row as { pid?: unknown; started_at?: unknown; token?: unknown } | undefined
  return typeof r?.pid === "number" && typeof r.started_at === "string" && typeof r.token === "string"
    ? { pid: r.pid, startedAt: r.started_at, token: r.token }
    : null
}

/** The holder the database names, or null (none yet, or the table not made yet). */
const readHolder = (db: Db): LockHolder | null => {
  try {
    return holderOf(db.prepare("SELECT pid, started_at, token FROM holder WHERE id = 1").get())
  } catch {
    return null
  }
}

/** Takes the write lock without waiting; false when another process holds it. */
const beginNow = (db: Db): boolean => {
  db.pragma("busy_timeout = 0")
  try {
    db.exec("BEGIN IMMEDIATE")
  } catch (error) {
    if (isBusy(error)) return false
    throw error
  }
  // Statements within wait up to 1 s for a reader's shared lock (a waiter reading who holds the lock).
  db.pragma("busy_timeout = 1000")
  return true
}

/** Runs `body` in a write transaction; false when another process holds the write lock. */
const writeOnce = (db: Db, body: () => void): boolean => {
  if (!beginNow(db)) return false
  try {
    body()
    db.exec("COMMIT")
    return true
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK")
    if (isBusy(error)) return false
    throw error
  }
}

/** An open lock database, for one process's attempts. */
export class LockDatabase {
  private readonly db: Db

  constructor(
    Database: SqliteDatabase,
    readonly file: string,
  ) {
    // No busy wait on BEGIN (see beginNow): a held lock is reported at once and waited on by polling, on
    // the event loop, where a signal can still stop the run.
    this.db = new Database(file, { timeout: 0 })
  }

  /**
   * Tries once to take the lock for `mine`: publishes `mine` as the holder, then takes the write lock and
   * keeps it open; if another process slipped in between, it holds the lock (and its row), and we do not.
   */
  tryAcquire(mine: LockHolder): Attempt {
    let previous: LockHolder | null = null
    const published = writeOnce(this.db, () => {
      this.db.exec(
        "CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, started_at TEXT NOT NULL, token TEXT NOT NULL)",
      )
      previous = readHolder(this.db)
      this.db
        .prepare("INSERT OR REPLACE INTO holder (id, pid, started_at, token) VALUES (1, ?, ?, ?)")
        .run(mine.pid, mine.startedAt, mine.token)
    })
    if (!published || !beginNow(this.db)) return { _tag: "held", holder: readHolder(this.db) }
    const holder = readHolder(this.db)
    if (holder?.token === mine.token) return { _tag: "acquired", stale: previous }
    this.db.exec("ROLLBACK")
    return { _tag: "held", holder }
  }

  /** Ends our hold: the row goes (a later holder finds no interrupted run), then the lock. */
  release(mine: LockHolder): boolean {
    if (!this.db.inTransaction) return false
    this.db.prepare("DELETE FROM holder WHERE id = 1 AND token = ?").run(mine.token)
    this.db.exec("COMMIT")
    return true
  }

  /** Closes the database; an open hold ends with it (rolled back: its row stays, as a killed run's would). */
  close(): void {
    if (this.db.open) this.db.close()
  }
}

/**
 * Removes the JSON lock an earlier jixiao left beside the ledger: called while holding the new lock, so no
 * run of this version uses it. Returns the holder it named, or null when there was none.
 */
export const removeLegacyLock = (ledgerPath: string): LockHolder | null => {
  const file = legacyLockFileOf(ledgerPath)
  let text: string
  try {
    text = readFileSync(file, "utf8")
  } catch {
    return null
  }
  try {
    const value = JSON.parse(text) as Partial<LockHolder> | null
    if (typeof value?.pid !== "number" || typeof value.startedAt !== "string") return null
    unlinkSync(file)
    return { pid: value.pid, startedAt: value.startedAt, token: String(value.token ?? "") }
  } catch {
    return null
  }
}
