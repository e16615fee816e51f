import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import { describe, expect, it } from "vitest"
import { resolveAsOf } from "./config-mode.ts"

/** A clock that always says `iso`. */
const fixedClock = (iso: string): Clock.Clock => {
  const millis = Date.parse(iso)
  return {
    currentTimeMillisUnsafe: () => millis,
    currentTimeMillis: Effect.succeed(millis),
    currentTimeNanosUnsafe: () => BigInt(millis) * 1_000_000n,
    currentTimeNanos: Effect.succeed(BigInt(millis) * 1_000_000n),
    monotonicTimeNanosUnsafe: () => 0n,
    monotonicTimeNanos: Effect.succeed(0n),
    sleep: () => Effect.void,
  }
}

const at = (iso: string, asOf: string) =>
  Effect.runSync(resolveAsOf(asOf).pipe(Effect.provideService(Clock.Clock, fixedClock(iso))))

describe('resolveAsOf: "today" is the Clock\'s day in Asia/Shanghai', () => {
  it.each([
    ["2024-07-31T22:00:00.000Z", "2024-08-01"],
    ["2024-12-31T15:59:59.999Z", "2024-12-31"],
    ["2024-12-31T16:30:00.000Z", "2025-01-01"],
    ["2025-01-31T22:00:00.000Z", "2025-02-01"],
  ])("at %s today is %s", (iso, day) => {
    expect(at(iso, "today")).toBe(day)
  })

  it("leaves a written date as it is, whatever the clock", () => {
    expect(at("2024-12-31T16:30:00.000Z", "2024-07-31")).toBe("2024-07-31")
  })
})
