/**
 * End-to-end assess at scale: a generated run of N indicators (`pnpm gen`) assessed by the built CLI in a
 * child process (`jixiao assess … --format csv`: CSV in, results.json and 指标明细.csv out), against the
 * baseline of parsing the same two CSV files with csv-parse alone (its streaming API, the readers' options),
 * also in a child process. Peak RSS is the child's own (process.resourceUsage, reported on exit by a preload),
 * so the bench's data does not count.
 */
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { generate } from "../gen.ts"

/** One measured child run. */
export interface ChildRun {
  readonly seconds: number
  readonly peakRssMb: number
}

// Reports the child's peak RSS on stderr as it exits; loaded with --import, so the CLI runs unchanged.
const RSS_HOOK = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\njixiao-bench-maxrss="+process.resourceUsage().maxRSS+"\\n"))`

const runChild = (args: ReadonlyArray<string>): ChildRun => {
  const start = process.hrtime.bigint()
  const child = spawnSync(process.execPath, ["--import", RSS_HOOK, ...args], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
    env: { ...process.env, NO_COLOR: "1" },
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (child.status !== 0) throw new Error(`${args.join(" ")} failed (${child.status}): ${child.stderr}`)
  const kb = Number(/jixiao-bench-maxrss=(\d+)/.exec(child.stderr)?.[1] ?? Number.NaN)
  return { seconds, peakRssMb: kb / 1024 }
}

/** Generates N indicators, runs the baseline and the CLI, and removes the files. */
export const scaleBench = (indicators: number) => {
  const dir = mkdtempSync(join(tmpdir(), `jixiao-bench-${indicators}-`))
  try {
    const { files } = generate(indicators, 1, join(dir, "in"))
    const baseline = runChild(["scripts/bench/baseline-child.mjs", files.targets, files.actuals])
    const assess = runChild([
      "apps/cli/bin/jixiao.mjs",
      "assess",
      ...["--targets", files.targets, "--actuals", files.actuals, "--budget", files.budget],
      ...["--year", "2024", "--out", join(dir, "out"), "--format", "csv"],
    ])
    return { indicators, baseline, assess }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
