/**
 * End-to-end assess at scale: a generated run of N indicators (`pnpm gen`) assessed by the built CLI in a
 * child process (`jixiao assess … --format csv`: CSV in, results.json and 指标明细.csv out), against the
 * baseline of parsing the same two CSV files with csv-parse alone (its streaming API, the readers' options),
 * also in a child process. Peak RSS is the child's own (process.resourceUsage, reported on exit by a preload),
 * so the bench's data does not count.
 */
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
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

const median = (xs: ReadonlyArray<number>): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Several runs as one figure: the median time, the highest peak RSS. */
const summary = (runs: ReadonlyArray<ChildRun>): ChildRun => ({
  seconds: median(runs.map((r) => r.seconds)),
  peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
})

/**
 * Generates N indicators, then runs the baseline and the CLI one after the other `repeats` times (pairs,
 * so that both see the machine in the same state), and removes the files. The ratio is the median of the
 * pairs' ratios: on a shared machine a single pair can be off by a tenth either way.
 */
export const scaleBench = (indicators: number, repeats = 3) => {
  const dir = mkdtempSync(join(tmpdir(), `jixiao-bench-${indicators}-`))
  try {
    const { files } = generate(indicators, 1, join(dir, "in"))
    const pairs = Array.from({ length: repeats }, (_, i) => {
      const baseline = runChild(["scripts/bench/baseline-child.mjs", files.targets, files.actuals])
      const assess = runChild([
        "apps/cli/bin/jixiao.mjs",
        "assess",
        ...["--targets", files.targets, "--actuals", files.actuals, "--budget", files.budget],
        ...["--year", "2024", "--out", join(dir, `out-${i}`), "--format", "csv"],
      ])
      rmSync(join(dir, `out-${i}`), { recursive: true, force: true })
      // `jixiao run` on the same files: the same engine, plus the digests of the inputs and the ledger's
      // records of every indicator (a fresh ledger each pair, or the rerun would record nothing).
      const config = join(dir, `run-${i}.config.json`)
      writeFileSync(
        config,
        JSON.stringify({
          year: 2024,
          inputs: { targets: files.targets, actuals: files.actuals, budget: files.budget },
          outputs: { folder: join(dir, `run-out-${i}`), formats: ["csv"] },
          ledger: join(dir, `ledger-${i}.sqlite`),
          failOn: "never",
        }),
      )
      const run = runChild(["apps/cli/bin/jixiao.mjs", "run", "--config", config, "--quiet"])
      rmSync(join(dir, `run-out-${i}`), { recursive: true, force: true })
      return { baseline, assess, run, ratio: assess.seconds / baseline.seconds }
    })
    return {
      indicators,
      baseline: summary(pairs.map((p) => p.baseline)),
      assess: summary(pairs.map((p) => p.assess)),
      run: summary(pairs.map((p) => p.run)),
      runRatios: pairs.map((p) => p.run.seconds / p.baseline.seconds),
      ratios: pairs.map((p) => p.ratio),
      ratio: median(pairs.map((p) => p.ratio)),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
