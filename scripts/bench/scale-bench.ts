/**
 * End-to-end assess at scale: a generated run of N indicators (`pnpm gen`, made by bench.ts) assessed by the built CLI in a
 * child process (`jixiao assess … --format csv`: CSV in, results.json and 指标明细.csv out), against the
 * baseline of parsing the same two CSV files with csv-parse alone (its streaming API, the readers' options),
 * also in a child process (child-run.ts: peak RSS is the child's own).
 */
import { rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { median, runChild, summary } from "./child-run.ts"

/** The generated run's CSV files (scripts/gen.ts). */
export interface GeneratedFiles {
  readonly targets: string
  readonly actuals: string
  readonly budget: string
}

/**
 * On the generated files of N indicators, runs the baseline and the CLI one after the other `repeats`
 * times (pairs, so that both see the machine in the same state), writing its outputs under `dir` and
 * removing them. The ratio is the median of the pairs' ratios: on a shared machine a single pair can be
 * off by a tenth either way.
 */
export const scaleBench = (files: GeneratedFiles, dir: string, indicators: number, repeats = 3) => {
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
}
