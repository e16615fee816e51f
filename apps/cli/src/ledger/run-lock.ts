import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import { detailOf, LedgerError } from "./ledger-error.ts"
import {
  ageMs,
  createExclusive,
  isAlive,
  type LockHolder,
  newHolder,
  parseHolder,
  readLockText,
  removeIfPresent,
} from "./lock-file.ts"
import { staleLockNote } from "./messages-zh-CN.ts"

/** The writer lock of a run, held from `acquireRunLock` until `release`. */
export interface RunLock {
  /** `<ledger>.lock` */
  readonly lockFile: string
  /** The dead process whose lock was taken over, if any: its run was interrupted. */
  readonly staleHolder: LockHolder | null
  /** A Chinese note to print when a stale lock was taken over, else null. */
  readonly note: string | null
  /** Removes the lock file if it is still ours; true if it was. Safe to call twice. */
  readonly release: () => boolean
}

/** How long to wait for a lock held by a live process. */
export interface RunLockOptions {
  /** 0 reports a held lock at once. */
  readonly waitMs: number
  /** How often to look again while waiting (default 150 ms). */
  readonly pollMs?: number
}

type Attempt =
  | { readonly _tag: "acquired"; readonly stale: LockHolder | null }
  | { readonly _tag: "held"; readonly holder: LockHolder }

// A takeover guard older than this was left by a process killed in the few microseconds of a takeover.
const staleGuardMs = 10_000

/**
 * Replaces the lock `seen` (left by a dead process) with `mine`. The guard file makes the check and the
 * swap one step among processes that all found the same stale lock: only the first swaps; the others then
 * find a live holder. A plain acquirer can still win between unlink and link; then we simply lost.
 */
const takeOver = (lockFile: string, seen: string, mine: LockHolder, now: number): boolean => {
  const guard = `${lockFile}.takeover`
  if (!createExclusive(guard, mine)) {
    if ((ageMs(guard, now) ?? 0) > staleGuardMs) removeIfPresent(guard)
    return false
  }
  try {
    if (readLockText(lockFile) !== seen) return false
    removeIfPresent(lockFile)
    return createExclusive(lockFile, mine)
  } finally {
    removeIfPresent(guard)
  }
}

/**
 * A lock naming our own pid but taken before this process started was left by an earlier process that had
 * the same pid (pid 1 in a container is every run's pid): it is stale, not ours.
 */
const previousLife = (holder: LockHolder): boolean => {
  if (holder.pid !== process.pid) return false
  const started = Date.now() - process.uptime() * 1000
  return Date.parse(holder.startedAt) < started - 1000
}

const tryAcquire = (file: string, lockFile: string, mine: LockHolder, now: number): Attempt => {
  for (;;) {
    if (createExclusive(lockFile, mine)) return { _tag: "acquired", stale: null }
    const text = readLockText(lockFile)
    if (text === null) continue // released between our two steps: try again
    const holder = parseHolder(text)
    if (holder === null) {
      throw new LedgerError({
        issue: {
          code: "lock_failed",
          file,
          lockFile,
          detail: "锁文件内容无法识别；确认没有评价在运行后可删除它",
        },
      })
    }
    if (isAlive(holder.pid) && !previousLife(holder)) return { _tag: "held", holder }
    if (takeOver(lockFile, text, mine, now)) return { _tag: "acquired", stale: holder }
    return { _tag: "held", holder }
  }
}

const releaser = (lockFile: string, mine: LockHolder) => (): boolean => {
  const text = readLockText(lockFile)
  if (text === null || parseHolder(text)?.token !== mine.token) return false
  return removeIfPresent(lockFile)
}

/**
 * Takes the writer lock of the ledger `ledgerPath` for a whole run: one run at a time writes reports and
 * records. A lock held by a live process is waited on (polling) up to `waitMs`, then reported as
 * `locked`; a lock whose process is gone (killed midway) is taken over, and the returned note says so.
 */
export const acquireRunLock = (
  ledgerPath: string,
  options: RunLockOptions,
): Effect.Effect<RunLock, LedgerError> =>
  Effect.gen(function* () {
    const lockFile = `${ledgerPath}.lock`
    const start = yield* Clock.currentTimeMillis
    const mine = newHolder(new Date(start).toISOString())
    const pollMs = Math.max(1, options.pollMs ?? 150)
    for (;;) {
      const now = yield* Clock.currentTimeMillis
      const attempt = yield* Effect.try({
        try: () => tryAcquire(ledgerPath, lockFile, mine, now),
        catch: (error) =>
          error instanceof LedgerError
            ? error
            : new LedgerError({
                issue: { code: "lock_failed", file: ledgerPath, lockFile, detail: detailOf(error) },
              }),
      })
      if (attempt._tag === "acquired") {
        const { stale } = attempt
        const note = stale === null ? null : staleLockNote(lockFile, stale.pid, stale.startedAt)
        return { lockFile, staleHolder: stale, note, release: releaser(lockFile, mine) }
      }
      const remaining = start + options.waitMs - now
      if (remaining <= 0) {
        const { pid, startedAt } = attempt.holder
        return yield* new LedgerError({
          issue: { code: "locked", file: ledgerPath, lockFile, pid, startedAt },
        })
      }
      yield* Effect.sleep(Math.min(pollMs, remaining))
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
        // A lock we cannot remove is taken over as stale by the next run, once this process is gone.
      }
    }),
  )
