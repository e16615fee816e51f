/**
 * `pnpm bench`: throughput figures, each as a ratio against a baseline measured in the same run.
 * Never a timed test: the numbers are printed (and with --json written as one JSON object on the last line).
 *
 * At 10⁵ and 10⁶ indicators (`--sizes=100000,1000000` to choose): compile of distinct texts and of the
 * realistic mix with its cache; end-to-end `jixiao assess` of a generated run (CSV in, results.json and
 * 指标明细.csv out) against parsing the same CSV files with csv-parse alone, with the CLI's peak RSS, as
 * `--repeat=N` pairs (default 3) whose median ratio is reported. Then,
 * as before, the in-memory assess of the seed repeated to 10⁵ indicators against the compile baseline.
 */
import { assessBench } from "./bench/assess-bench.ts"
import { compileBench } from "./bench/compile-bench.ts"
import { scaleBench } from "./bench/scale-bench.ts"

const median = (xs: ReadonlyArray<number>): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

import { seedTargets } from "./bench/seed-texts.ts"

const args = process.argv.slice(2)

const json = args.includes("--json")
const sizes = (args.find((a) => a.startsWith("--sizes="))?.slice(8) ?? "100000,1000000")
  .split(",")
  .map(Number)
const repeats = Number(args.find((a) => a.startsWith("--repeat="))?.slice(9) ?? 3)
const fmt = (x: number) => Math.round(x).toLocaleString("en-US")
const key = (n: number) => (Number.isInteger(Math.log10(n)) ? `1e${Math.log10(n)}` : String(n))
const targets = seedTargets()
const figures: Record<string, number | string> = { node: process.version }

console.log(`jixiao bench — Node ${process.version}, ${(await import("node:os")).cpus().length} CPUs`)
for (const n of sizes) {
  const { cold, cached } = compileBench(targets, n)
  console.log(`${n.toLocaleString("en-US")} indicators`)
  console.log(
    `  compile, distinct texts        ${fmt(cold.perSecond).padStart(12)} texts/s  (${cold.seconds.toFixed(2)} s)`,
  )
  console.log(
    `  compile, realistic mix, cached ${fmt(cached.perSecond).padStart(12)} texts/s  (${cached.seconds.toFixed(2)} s)`,
  )
  const run = scaleBench(n, repeats)
  const { ratio } = run
  console.log(
    `  assess end to end (CSV → results.json + 指标明细.csv) ${fmt(n / run.assess.seconds).padStart(9)} indicators/s  (${run.assess.seconds.toFixed(2)} s, peak RSS ${fmt(run.assess.peakRssMb)} MB)`,
  )
  console.log(
    `  baseline: csv-parse alone on the same two files  ${fmt(n / run.baseline.seconds).padStart(9)} indicators/s  (${run.baseline.seconds.toFixed(2)} s, peak RSS ${fmt(run.baseline.peakRssMb)} MB)`,
  )
  console.log(
    `  assess ÷ baseline: ${ratio.toFixed(2)}× (median of ${run.ratios.length} pairs: ${run.ratios.map((r) => r.toFixed(2)).join(", ")}; times above are medians)`,
  )
  const runRatio = median(run.runRatios)
  console.log(
    `  run (the same, with input digests and the ledger's records) ${run.run.seconds.toFixed(2)} s, peak RSS ${fmt(run.run.peakRssMb)} MB; run ÷ baseline ${runRatio.toFixed(2)}× (pairs: ${run.runRatios.map((r) => r.toFixed(2)).join(", ")})`,
  )
  Object.assign(figures, {
    [`compile_distinct_per_s_${key(n)}`]: Math.round(cold.perSecond),
    [`compile_mix_cached_per_s_${key(n)}`]: Math.round(cached.perSecond),
    [`assess_seconds_${key(n)}`]: Number(run.assess.seconds.toFixed(2)),
    [`assess_per_s_${key(n)}`]: Math.round(n / run.assess.seconds),
    [`baseline_seconds_${key(n)}`]: Number(run.baseline.seconds.toFixed(2)),
    [`assess_over_baseline_${key(n)}`]: Number(ratio.toFixed(2)),
    [`assess_over_baseline_pairs_${key(n)}`]: run.ratios.map((r) => r.toFixed(2)).join(","),
    [`peak_rss_mb_${key(n)}`]: Math.round(run.assess.peakRssMb),
    [`run_seconds_${key(n)}`]: Number(run.run.seconds.toFixed(2)),
    [`run_over_baseline_${key(n)}`]: Number(runRatio.toFixed(2)),
    [`run_peak_rss_mb_${key(n)}`]: Math.round(run.run.peakRssMb),
  })
}
const [small, big] = [figures.assess_seconds_1e5, figures.assess_seconds_1e6]
if (typeof small === "number" && typeof big === "number") {
  figures.growth_1e5_to_1e6 = Number((big / small).toFixed(2))
  console.log(`growth of assess time from 10⁵ to 10⁶ indicators: ${figures.growth_1e5_to_1e6}× (linear: 10×)`)
}

const { uncached, cached } = compileBench(targets, 100_000)
const assessed = await assessBench(100_000)
const assessRate = assessed.indicators / assessed.assessSeconds
console.log("in memory, the seed repeated to 100,000 indicators")
console.log(
  `  cache speed-up on the realistic mix: ${(cached.perSecond / uncached.perSecond).toFixed(1)}× the uncached baseline`,
)
console.log(
  `  assess (grade + roll up, in memory) ${fmt(assessRate).padStart(12)} indicators/s  (${assessed.assessSeconds.toFixed(2)} s, ${fmt(assessed.graded)} graded)`,
)
console.log(
  `  assess ÷ compile-only baseline (cache cleared per text): ${(assessed.assessSeconds / assessed.compileSeconds).toFixed(2)}×`,
)
Object.assign(figures, {
  compile_mix_uncached_per_s: Math.round(uncached.perSecond),
  cache_speedup: Number((cached.perSecond / uncached.perSecond).toFixed(2)),
  in_memory_assess_per_s: Math.round(assessRate),
  in_memory_assess_over_compile_baseline: Number(
    (assessed.assessSeconds / assessed.compileSeconds).toFixed(2),
  ),
  bench_peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
})
if (json) console.log(JSON.stringify(figures))
