import { type ChildProcess, spawn } from "node:child_process"
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { acquireRunLock, type LedgerError, scopedRunLock } from "../apps/cli/src/ledger/index.js"
import { buildLedgerChild } from "./support/ledger-child.ts"
import { root } from "./support/run-cli.ts"

// The run lock is SQLite's (issue #15, item 18): the kernel releases it with its holder, so neither a dead
// holder nor a pid that now names another process (pid 1, started years ago) can keep it.

/** The part of better-sqlite3 these tests use (it resolves from the CLI package, as the bundle's does). */
type Db = {
  exec(sql: string): void
  prepare(sql: string): { all(): unknown[]; run(...values: unknown[]): unknown }
  close(): void
}
const Database = createRequire(join(root, "apps/cli/package.json"))("better-sqlite3") as new (
  file: string,
  options?: { readonly?: boolean },
) => Db

let dir = ""
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-lock-"))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const ledger = () => join(dir, "jixiao-ledger.sqlite")
const lockFile = () => `${ledger()}.lock.sqlite`
const acquire = (waitMs: number) => Effect.runPromise(acquireRunLock(ledger(), { waitMs, pollMs: 20 }))

const issueOf = async (waitMs: number) => {
  const exit = await Effect.runPromiseExit(acquireRunLock(ledger(), { waitMs, pollMs: 20 }))
  if (Exit.isSuccess(exit)) throw new Error("expected the lock to be refused")
  const reason = exit.cause.reasons.find((r) => r._tag === "Fail") as { error: LedgerError } | undefined
  return reason?.error
}

/** The holder row of the lock database, as a waiting run reads it. */
const holderRow = () => {
  const db = new Database(lockFile(), { readonly: true })
  try {
    return db.prepare("SELECT pid, started_at AS startedAt FROM holder").all()
  } finally {
    db.close()
  }
}

/** A lock database naming `pid` as its holder, with no process holding the lock: a run that was killed. */
const leftBy = (pid: number, startedAt: string) => {
  const db = new Database(lockFile())
  db.exec(
    "CREATE TABLE holder (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, started_at TEXT NOT NULL, token TEXT NOT NULL)",
  )
  db.prepare("INSERT INTO holder VALUES (1, ?, ?, 'old')").run(pid, startedAt)
  db.close()
}

// The child script is bundled beside apps/cli/node_modules so that it resolves better-sqlite3 as the CLI does.
let childScript = ""
beforeAll(async () => {
  childScript = await buildLedgerChild("jixiao-lock-test")
})

const startChild = (args: ReadonlyArray<string>): ChildProcess =>
  spawn(process.execPath, [childScript, ...args], { stdio: ["ignore", "pipe", "pipe"] })

const printed = (child: ChildProcess, line: string) =>
  new Promise<void>((resolve, reject) => {
    let out = ""
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString()
      if (out.split("\n").includes(line)) resolve()
    })
    child.on("close", () => reject(new Error(`child exited before printing ${line}: ${out}`)))
  })

describe("acquireRunLock", () => {
  it("names its holder {pid, startedAt} in <ledger>.lock.sqlite, and clears it on release", async () => {
    const lock = await acquire(0)
    expect(lock).toMatchObject({ lockFile: lockFile(), staleHolder: null, note: null })
    const [holder] = holderRow() as Array<{ pid: number; startedAt: string }>
    expect(holder?.pid).toBe(process.pid)
    expect(Number.isNaN(Date.parse(holder?.startedAt ?? ""))).toBe(false)
    expect(lock.release()).toBe(true)
    expect(holderRow()).toEqual([])
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

  it("reports `locked`, naming the holder's pid and start, when still held after waitMs", async () => {
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
    expect(holderRow()).toHaveLength(1) // refusing did not disturb the holder
    first.release()
  })

  it("is free again the moment its holder is killed, and says which run was interrupted", async () => {
    const child = startChild(["lock", ledger(), "600000"])
    await printed(child, "acquired")
    expect((await issueOf(0))?.issue).toMatchObject({ code: "locked", pid: child.pid })
    const exited = new Promise((resolve) => child.on("exit", resolve))
    child.kill("SIGKILL")
    await exited
    const lock = await acquire(0)
    expect(lock.staleHolder?.pid).toBe(child.pid)
    expect(lock.note).toContain(`进程 ${child.pid}`)
    lock.release()
  })

  it("is not kept by a live but unrelated process that the last holder's row names (pid 1)", async () => {
    leftBy(1, "2019-03-01T00:00:00.000Z")
    const lock = await acquire(0)
    expect(lock.staleHolder).toMatchObject({ pid: 1, startedAt: "2019-03-01T00:00:00.000Z" })
    lock.release()
  })

  it("removes the JSON lock of an earlier jixiao naming pid 1, instead of waiting for it forever", async () => {
    const legacy = `${ledger()}.lock`
    writeFileSync(legacy, JSON.stringify({ pid: 1, startedAt: "2019-03-01T00:00:00.000Z", token: "old" }))
    const lock = await acquire(0)
    expect(lock.note).toContain(`已删除旧版本 jixiao 的锁文件 ${legacy}（进程 1`)
    expect(existsSync(legacy)).toBe(false)
    lock.release()
  })

  it("refuses a lock file that is not a lock database, rather than guess", async () => {
    writeFileSync(lockFile(), "not a database, but long enough to have a header of sorts, surely")
    expect((await issueOf(0))?.issue).toMatchObject({ code: "lock_failed", lockFile: lockFile() })
  })

  it("releases a scoped lock when the scope fails", async () => {
    const failing = Effect.scoped(Effect.andThen(scopedRunLock(ledger(), { waitMs: 0 }), Effect.fail("boom")))
    expect(Exit.isFailure(await Effect.runPromiseExit(failing))).toBe(true)
    expect(holderRow()).toEqual([])
    ;(await acquire(0)).release()
  })
})

describe("the lock across processes", () => {
  it("lets exactly one of several processes in, after a holder was killed", async () => {
    const killed = startChild(["lock", ledger(), "600000"])
    await printed(killed, "acquired")
    const exited = new Promise((resolve) => killed.on("exit", resolve))
    killed.kill("SIGKILL")
    await exited
    // Each holds what it got for 1.5 s, longer than the others take to start and try.
    const children = [1, 2, 3, 4].map(() => startChild(["lock", ledger(), "1500"]))
    const outcomes = await Promise.all(
      children.map(
        (child) =>
          new Promise<string>((resolve) => {
            let out = ""
            child.stdout?.on("data", (chunk: Buffer) => {
              out += chunk.toString()
            })
            child.on("close", () => resolve(out.trim()))
          }),
      ),
    )
    expect(outcomes.filter((o) => o === "stale")).toHaveLength(1)
    expect(outcomes.filter((o) => o === "locked")).toHaveLength(3)
  })
})
