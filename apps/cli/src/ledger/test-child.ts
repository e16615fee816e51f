/**
 * A child process for test/ledger.test.ts (bundled there with esbuild), so tests can race two writers and
 * kill one in the middle of a transaction:
 *
 *   record FILE PREFIX COUNT   records runs PREFIX-0 … PREFIX-(COUNT-1), 50 indicators each; prints "done"
 *   hang FILE ID COUNT         records run ID with COUNT indicators, but halfway through the transaction
 *                              prints "ready" and blocks until it is killed
 *   lock FILE HOLD_MS          takes the writer lock at once (no waiting), prints "acquired" (or "stale" if
 *                              the last holder ended without releasing it) or "locked", holds it HOLD_MS, releases
 */
import { writeSync } from "node:fs"
import * as Effect from "effect/Effect"
import { openLedger } from "./open-ledger.ts"
import { acquireRunLock } from "./run-lock.ts"
import { sampleIndicators, sampleProject, sampleRun } from "./testing.ts"
import type { IndicatorRecord } from "./types.ts"

/** The indicators, except that reading the middle one announces "ready" and blocks the thread for good. */
const hangingHalfway = (count: number): ReadonlyArray<IndicatorRecord> => {
  const middle = String(Math.floor(count / 2))
  return new Proxy(sampleIndicators(count), {
    get(target, key, receiver) {
      if (key === middle) {
        writeSync(1, "ready\n")
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)
      }
      return Reflect.get(target, key, receiver)
    },
  })
}

const [mode, file = "", ...rest] = process.argv.slice(2)

const lockAndHold = (holdMs: number) =>
  Effect.gen(function* () {
    const lock = yield* Effect.result(acquireRunLock(file, { waitMs: 0 }))
    if (lock._tag === "Failure") return writeSync(1, `${lock.failure.issue.code}\n`)
    writeSync(1, lock.success.staleHolder === null ? "acquired\n" : "stale\n")
    yield* Effect.sleep(holdMs)
    lock.success.release()
  })

const records = (name: string, count: number) =>
  Effect.scoped(
    Effect.gen(function* () {
      const ledger = yield* openLedger(file)
      if (mode === "record") {
        for (let i = 0; i < count; i++) {
          yield* ledger.recordRun(
            sampleRun(`${name}-${i}`),
            [sampleProject("培训项目")],
            sampleIndicators(50),
          )
        }
      } else if (mode === "hang") {
        yield* ledger.recordRun(sampleRun(name), [sampleProject("培训项目")], hangingHalfway(count))
      }
      writeSync(1, "done\n")
    }),
  )

const [first = "", second = "0"] = rest
Effect.runPromise(mode === "lock" ? lockAndHold(Number(first)) : records(first, Number(second))).catch(
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
