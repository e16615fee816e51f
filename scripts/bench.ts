/**
 * `pnpm bench`: throughput figures, each as a ratio against a baseline measured in the same run.
 * Never a timed test: the numbers are printed (and with --json written as one JSON object on the last line).
 */
import { assessBench } from "./bench/assess-bench.ts"
import { compileBench } from "./bench/compile-bench.ts"
import { seedTargets } from "./bench/seed-texts.ts"

const json = process.argv.includes("--json")
const n = Number(process.argv.find((a) => a.startsWith("--indicators="))?.split("=")[1] ?? 100_000)
const targets = seedTargets()
const { uncached, cold, cached } = compileBench(targets, n)
const fmt = (x: number) => Math.round(x).toLocaleString("en-US")

console.log(
  `jixiao bench — Node ${process.version}, ${n.toLocaleString("en-US")} targets from the seed's ${targets.length} (annual + period)`,
)
for (const row of [uncached, cold, cached]) {
  console.log(
    `  compile, ${row.label.padEnd(30)} ${fmt(row.perSecond).padStart(12)} texts/s  (${row.seconds.toFixed(2)} s)`,
  )
}
console.log(
  `  cache speed-up on the realistic mix: ${(cached.perSecond / uncached.perSecond).toFixed(1)}× the uncached baseline`,
)
console.log(`  distinct texts vs uncached mix: ${(cold.perSecond / uncached.perSecond).toFixed(2)}×`)
const assessed = assessBench(n)
const assessRate = assessed.indicators / assessed.assessSeconds
console.log(
  `  assess (grade + roll up, in memory) ${fmt(assessRate).padStart(12)} indicators/s  (${assessed.assessSeconds.toFixed(2)} s, ${fmt(assessed.graded)} graded)`,
)
console.log(
  `  assess ÷ compile-only baseline (cache cleared per text): ${(assessed.assessSeconds / assessed.compileSeconds).toFixed(2)}×`,
)
console.log(`  peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
if (json) {
  console.log(
    JSON.stringify({
      indicators: n,
      compile_distinct_per_s: Math.round(cold.perSecond),
      compile_mix_cached_per_s: Math.round(cached.perSecond),
      compile_mix_uncached_per_s: Math.round(uncached.perSecond),
      cache_speedup: Number((cached.perSecond / uncached.perSecond).toFixed(2)),
      assess_per_s: Math.round(assessRate),
      assess_over_compile_baseline: Number((assessed.assessSeconds / assessed.compileSeconds).toFixed(2)),
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  )
}
