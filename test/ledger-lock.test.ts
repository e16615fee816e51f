import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { acquireRunLock, type LedgerError, scopedRunLock } from "../apps/cli/src/ledger/index.js"

let dir = ""
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-lock-"))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const ledger = () => join(dir, "jixiao-ledger.sqlite")
const lockFile = () => `${ledger()}.lock`
const acquire = (waitMs: number) => Effect.runPromise(acquireRunLock(ledger(), { waitMs, pollMs: 20 }))

const issueOf = async (waitMs: number) => {
  const exit = await Effect.runPromiseExit(acquireRunLock(ledger(), { waitMs, pollMs: 20 }))
  if (Exit.isSuccess(exit)) throw new Error("expected the lock to be refused")
  const reason = exit.cause.reasons.find((r) => r._tag === "Fail") as { error: LedgerError } | undefined
  return reason?.error
}

/** The pid of a process that has exited (and been reaped): nobody has it now. */
const deadPid = () =>
  new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" })
    child.on("exit", () => resolve(child.pid ?? 0))
  })

describe("acquireRunLock", () => {
  it("writes {pid, startedAt} into <ledger>.lock and removes it on release", async () => {
    const lock = await acquire(0)
    expect(lock).toMatchObject({ lockFile: lockFile(), staleHolder: null, note: null })
    const holder = JSON.parse(readFileSync(lockFile(), "utf8")) as { pid: number; startedAt: string }
    expect(holder.pid).toBe(process.pid)
    expect(Number.isNaN(Date.parse(holder.startedAt))).toBe(false)
    expect(lock.release()).toBe(true)
    expect(existsSync(lockFile())).toBe(false)
    expect(lock.release()).toBe(false)
  })

  it("makes a second run wait, then lets it in once the first releases", async () => {
    const first = await acquire(0)
    const started = Date.now()
    const second = acquire(5_000)
    setTimeout(() => first.release(), 300)
    const lock = await second
    expect(Date.now() - started).toBeGreaterThanOrEqual(280)
    expect(lock.staleHolder).toBeNull()
    lock.release()
  })

  it("reports `locked`, naming the pid, when still held after waitMs", async () => {
    const first = await acquire(0)
    const started = Date.now()
    const error = await issueOf(300)
    expect(Date.now() - started).toBeGreaterThanOrEqual(280)
    expect(error?.issue).toMatchObject({
      code: "locked",
      file: ledger(),
      lockFile: lockFile(),
      pid: process.pid,
    })
    expect(error?.message).toContain(`另一个评价正在运行（进程 ${process.pid}，开始于`)
    expect(error?.message).toContain(`账本 ${ledger()} 被锁定`)
    expect(existsSync(lockFile())).toBe(true) // refusing did not disturb the holder
    first.release()
  })

  it("takes over a lock whose process is dead, and says so", async () => {
    const pid = await deadPid()
    writeFileSync(lockFile(), JSON.stringify({ pid, startedAt: "2025-01-10T09:30:00.000Z", token: "old" }))
    const lock = await acquire(0)
    expect(lock.staleHolder).toMatchObject({ pid, startedAt: "2025-01-10T09:30:00.000Z" })
    expect(lock.note).toContain(`进程 ${pid}`)
    expect(JSON.parse(readFileSync(lockFile(), "utf8"))).toMatchObject({ pid: process.pid })
    lock.release()
  })

  it("leaves a lock that is no longer its own in place on release", async () => {
    const lock = await acquire(0)
    const other = JSON.stringify({
      pid: process.pid,
      startedAt: "2025-01-10T09:30:00.000Z",
      token: "someone else",
    })
    writeFileSync(lockFile(), other)
    expect(lock.release()).toBe(false)
    expect(readFileSync(lockFile(), "utf8")).toBe(other)
  })

  it("refuses a lock file it cannot read as a holder, rather than guess", async () => {
    writeFileSync(lockFile(), "not json")
    expect((await issueOf(0))?.issue).toMatchObject({ code: "lock_failed", lockFile: lockFile() })
  })

  it("releases a scoped lock when the scope fails", async () => {
    const failing = Effect.scoped(Effect.andThen(scopedRunLock(ledger(), { waitMs: 0 }), Effect.fail("boom")))
    expect(Exit.isFailure(await Effect.runPromiseExit(failing))).toBe(true)
    expect(existsSync(lockFile())).toBe(false)
  })
})

describe("a lock left by an earlier process with our own pid", () => {
  it("is stale when it was taken before this process started (pid 1 in a container)", async () => {
    writeFileSync(
      lockFile(),
      JSON.stringify({ pid: process.pid, startedAt: "2020-01-01T00:00:00.000Z", token: "old" }),
    )
    const lock = await acquire(0)
    expect(lock.staleHolder?.pid).toBe(process.pid)
    lock.release()
  })
})
