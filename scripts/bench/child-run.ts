/**
 * What the bench's sections share: a script run in its own Node process, timed from spawn to exit, with the
 * child's own peak RSS (process.resourceUsage, reported on exit by a preload, so the bench's data does not
 * count), and the median that makes one figure of several pairs.
 */
import { spawnSync } from "node:child_process"

/** One measured child run: its wall time, its peak RSS and what it printed. */
export interface ChildRun {
  readonly seconds: number
  readonly peakRssMb: number
  readonly stdout: string
}

// Reports the child's peak RSS on stderr as it exits; loaded with --import, so the child runs unchanged.
const RSS_HOOK = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\njixiao-bench-maxrss="+process.resourceUsage().maxRSS+"\\n"))`

/** Runs `node ARGS…` from the repository root; throws if it does not exit 0. */
export const runChild = (args: ReadonlyArray<string>): ChildRun => {
  const start = process.hrtime.bigint()
  const child = spawnSync(process.execPath, ["--import", RSS_HOOK, ...args], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
    env: { ...process.env, NO_COLOR: "1" },
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (child.status !== 0) throw new Error(`${args.join(" ")} failed (${child.status}): ${child.stderr}`)
  const kb = Number(/jixiao-bench-maxrss=(\d+)/.exec(child.stderr)?.[1] ?? Number.NaN)
  return { seconds, peakRssMb: kb / 1024, stdout: child.stdout }
}

/** The median of a non-empty list. */
export const median = (xs: ReadonlyArray<number>): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Several runs as one figure: the median time, the highest peak RSS. */
export const summary = (runs: ReadonlyArray<ChildRun>): Omit<ChildRun, "stdout"> => ({
  seconds: median(runs.map((r) => r.seconds)),
  peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
})
