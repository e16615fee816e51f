/**
 * Fuzzing with fast-check: how many cases, how long each may take, and the checks every target shares.
 * `pnpm test` runs each property's CI count; `pnpm fuzz` multiplies every count by FUZZ_RUNS (default 50,
 * see package.json). FUZZ_SEED replays a reported failure.
 */
import { Cause, Exit, Option } from "effect"
import type * as fc from "fast-check"
import { expect } from "vitest"

/** How many times the CI number of cases to run: FUZZ_RUNS, 1 when unset. */
export const FUZZ_SCALE = Math.max(1, Math.floor(Number(process.env.FUZZ_RUNS ?? "1")) || 1)

const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)

/** fast-check parameters: `ci` cases under `pnpm test`, `ci × FUZZ_RUNS` under `pnpm fuzz`. */
export const runs = <T>(ci: number): fc.Parameters<T> => ({
  numRuns: ci * FUZZ_SCALE,
  ...(seed === undefined ? {} : { seed }),
})

/** A vitest timeout for a property that takes about `ciMs` at CI scale. */
export const timeout = (ciMs: number): number => Math.max(60_000, ciMs * FUZZ_SCALE * 3)

/** No case may take longer than this: what a hang or a quadratic blow-up looks like to a fuzz test. */
export const CASE_MS = 2_000

/** Runs one case and fails it when it takes longer than {@link CASE_MS} (sync code cannot be interrupted). */
export const timed = <A>(run: () => A, limit = CASE_MS): A => {
  const start = performance.now()
  const result = run()
  expect(performance.now() - start, "one fuzz case took too long").toBeLessThan(limit)
  return result
}

/** The same for a promise. */
export const timedAsync = async <A>(run: () => Promise<A>, limit = CASE_MS): Promise<A> => {
  const start = performance.now()
  const result = await run()
  expect(performance.now() - start, "one fuzz case took too long").toBeLessThan(limit)
  return result
}

/**
 * An Effect's exit must be a success or a typed failure with the expected tag: never a defect (an
 * uncaught throw inside the parser) and never an interruption.
 */
export const expectNoDefect = <A, E extends { readonly _tag: string }>(
  exit: Exit.Exit<A, E>,
  tag: string,
): A | E => {
  if (Exit.isSuccess(exit)) return exit.value
  const error = Cause.findErrorOption(exit.cause)
  if (Cause.hasDies(exit.cause) || Option.isNone(error)) {
    expect.fail(`defect or interruption instead of a ${tag}:\n${Cause.pretty(exit.cause)}`)
  }
  expect(error.value._tag).toBe(tag)
  return error.value
}
