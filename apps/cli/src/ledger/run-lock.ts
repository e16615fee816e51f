import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import { detailOf, LedgerError } from "./ledger-error.ts"
import { LockDatabase, type LockHolder, lockFileOf, newHolder, removeLegacyLock } from "./lock-file.ts"
import { legacyLockNote, staleLockNote } from "./messages-zh-CN.ts"
import { SqliteFiles } from "./sqlite-files.ts"

/** The writer lock of a run, held from `acquireRunLock` until `release`. */
export interface RunLock {
  /** `<ledger>.lock.sqlite` */
  readonly lockFile: string
  /** The holder of a run that ended without releasing the lock (killed, crashed), if any. */
  readonly staleHolder: LockHolder | null
  /** A Chinese note to print when the last run was interrupted (or left an old lock file), else null. */
  readonly note: string | null
  /** Releases the lock; true if it was held. Safe to call twice. */
  readonly release: () => boolean
}

/** How long to wait for a lock held by another process. */
export interface RunLockOptions {
  /** 0 reports a held lock at once. */
  readonly waitMs: number
  /** How often to look again while waiting (default 150 ms). */
  readonly pollMs?: number
}

const lockFailed = (file: string, lockFile: string, error: unknown) =>
  error instanceof LedgerError
    ? error
    : new LedgerError({ issue: { code: "lock_failed", file, lockFile, detail: detailOf(error) } })

/**
 * Takes the writer lock of the ledger `ledgerPath` for a whole run: one run at a time writes reports and
 * records. The lock is SQLite's own (see lock-file.ts): the kernel releases it with its holder, so only a
 * live holder makes us wait (polling, up to `waitMs`, then `locked`, naming it). A run that ended without
 * releasing it (killed) left its row; the returned note names it.
 */
export const acquireRunLock = (
  ledgerPath: string,
  options: RunLockOptions,
): Effect.Effect<RunLock, LedgerError> =>
  Effect.gen(function* () {
    const lockFile = lockFileOf(ledgerPath)
    const Database = yield* (yield* SqliteFiles).load(ledgerPath)
    const start = yield* Clock.currentTimeMillis
    const mine = newHolder(new Date(start).toISOString())
    const pollMs = Math.max(1, options.pollMs ?? 150)
    const db = yield* Effect.try({
      try: () => new LockDatabase(Database, lockFile),
      catch: (error) => lockFailed(ledgerPath, lockFile, error),
    })
    const close = () => {
      try {
        db.close()
      } catch {
        // Closing ends the hold anyway; nothing is left to undo.
      }
    }
    for (;;) {
      const attempt = yield* Effect.try({
        try: () => db.tryAcquire(mine),
        catch: (error) => lockFailed(ledgerPath, lockFile, error),
      }).pipe(Effect.tapError(() => Effect.sync(close)))
      if (attempt._tag === "acquired") {
        const { stale } = attempt
        const legacy = removeLegacyLock(ledgerPath)
        const notes = [
          stale === null ? null : staleLockNote(lockFile, stale.pid, stale.startedAt),
          legacy === null ? null : legacyLockNote(`${ledgerPath}.lock`, legacy.pid, legacy.startedAt),
        ].filter((n) => n !== null)
        let held = true
        const release = (): boolean => {
          if (!held) return false
          held = false
          try {
            return db.release(mine)
          } finally {
            close()
          }
        }
        return { lockFile, staleHolder: stale, note: notes.length > 0 ? notes.join("\n") : null, release }
      }
      const now = yield* Clock.currentTimeMillis
      const remaining = start + options.waitMs - now
      if (remaining <= 0) {
        close()
        const holder = attempt.holder
        return yield* new LedgerError({
          issue: {
            code: "locked",
            file: ledgerPath,
            lockFile,
            ...(holder === null ? {} : { pid: holder.pid, startedAt: holder.startedAt }),
          },
        })
      }
      // Interruptible: a signal while waiting ends the wait (and closes the database, below).
      yield* Effect.sleep(Math.min(pollMs, remaining)).pipe(Effect.onInterrupt(() => Effect.sync(close)))
    }
  })

/** `acquireRunLock` for the life of the scope: released however the scope ends (success, failure, Ctrl-C). */
export const scopedRunLock = (
  ledgerPath: string,
  options: RunLockOptions,
): Effect.Effect<RunLock, LedgerError, Scope.Scope> =>
  Effect.acquireRelease(acquireRunLock(ledgerPath, options), (lock) =>
    Effect.sync(() => {
      try {
        lock.release()
      } catch {
        // The kernel releases the lock when this process exits; its row then reads as an interrupted run.
      }
    }),
  )
