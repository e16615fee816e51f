/**
 * `pnpm bench`: throughput figures, each as a ratio against a baseline measured in the same run.
 * Never a timed test: the numbers are printed (and with --json written as one JSON object on the last line).
 *
 * At 10⁵ and 10⁶ indicators (`--sizes=100000,1000000` to choose): compile of distinct texts and of the
 * realistic mix with its cache; end-to-end `jixiao assess` of a generated run (CSV in, results.json and
 * 指标明细.csv out) against parsing the same CSV files with csv-parse alone, with the CLI's peak RSS, as
 * `--repeat=N` pairs (default 3) whose median ratio is reported; the distance to the limit on the same files (parsers-bench.ts): reading their bytes, and each candidate
 * CSV parser, as interleaved pairs against csv-parse, with the parsers' verdicts on the reader's CSV corner
 * cases (parser-cases.ts). Then, as before, the in-memory assess of the seed repeated to 10⁵ indicators
 * against the compile baseline. `--only=parsers` (or any of compile, assess, parsers, memory, comma
 * separated) runs those sections alone.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { assessBench } from "./bench/assess-bench.ts"
import { median } from "./bench/child-run.ts"
import { compileBench } from "./bench/compile-bench.ts"
import { checkParser, loadParser, PARSERS } from "./bench/parser-cases.ts"
import { parsersBench } from "./bench/parsers-bench.ts"
import { type GeneratedFiles, scaleBench } from "./bench/scale-bench.ts"
import { seedTargets } from "./bench/seed-texts.ts"
import { generate } from "./gen.ts"

const args = process.argv.slice(2)
const SECTIONS = ["compile", "assess", "parsers", "memory"] as const
const only = args.find((a) => a.startsWith("--only="))?.slice(7)
const sections = new Set(only === undefined ? SECTIONS : only.split(","))
const unknown = [...sections].filter((s) => !(SECTIONS as ReadonlyArray<string>).includes(s))
if (unknown.length > 0) {
  console.error(`未知的 --only 部分：${unknown.join("、")}（可选：${SECTIONS.join("、")}）`)
  process.exit(1)
}

const json = args.includes("--json")
const sizes = (args.find((a) => a.startsWith("--sizes="))?.slice(8) ?? "100000,1000000")
  .split(",")
  .map(Number)
const repeats = Number(args.find((a) => a.startsWith("--repeat="))?.slice(9) ?? 3)
const fmt = (x: number) => Math.round(x).toLocaleString("en-US")
const key = (n: number) => (Number.isInteger(Math.log10(n)) ? `1e${Math.log10(n)}` : String(n))
const targets = seedTargets()
const figures: Record<string, number | string | boolean> = { node: process.version }
/** A parser's name as a JSON key: csv-parser → csv_parser. */
const slug = (name: string) => name.replaceAll("-", "_")
const pairsText = (xs: ReadonlyArray<number>) => xs.map((r) => r.toFixed(2)).join(", ")

console.log(`jixiao bench — Node ${process.version}, ${(await import("node:os")).cpus().length} CPUs`)
/** Each parser's failed corner cases (scripts/bench/parser-cases.ts), checked before any timing. */
const failedCases = new Map<string, ReadonlyArray<string>>()
if (sections.has("parsers")) {
  console.log("CSV corner cases of the reader (scripts/bench/parser-cases.ts), fed whole and byte by byte")
  for (const name of PARSERS) {
    const verdicts = await checkParser(await loadParser(name))
    const failed = verdicts.filter((v) => !v.pass).map((v) => v.id)
    failedCases.set(name, failed)
    const passed = `${verdicts.length - failed.length}/${verdicts.length}`
    console.log(
      `  ${name.padEnd(11)} ${passed.padStart(5)} passed${failed.length > 0 ? `; failed: ${failed.join(", ")}` : ""}`,
    )
    Object.assign(figures, {
      [`parser_${slug(name)}_cases_passed`]: passed,
      [`parser_${slug(name)}_cases_failed`]: failed.join(","),
    })
  }
}

for (const n of sections.has("compile") || sections.has("assess") || sections.has("parsers") ? sizes : []) {
  console.log(`${n.toLocaleString("en-US")} indicators`)
  if (sections.has("compile")) compileSection(n)
  if (!sections.has("assess") && !sections.has("parsers")) continue
  const dir = mkdtempSync(join(tmpdir(), `jixiao-bench-${n}-`))
  try {
    const { files } = generate(n, 1, join(dir, "in"))
    if (sections.has("assess")) assessSection(n, files, dir)
    if (sections.has("parsers")) parsersSection(n, files)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function compileSection(n: number) {
  const { cold, cached } = compileBench(targets, n)
  console.log(
    `  compile, distinct texts        ${fmt(cold.perSecond).padStart(12)} texts/s  (${cold.seconds.toFixed(2)} s)`,
  )
  console.log(
    `  compile, realistic mix, cached ${fmt(cached.perSecond).padStart(12)} texts/s  (${cached.seconds.toFixed(2)} s)`,
  )
  Object.assign(figures, {
    [`compile_distinct_per_s_${key(n)}`]: Math.round(cold.perSecond),
    [`compile_mix_cached_per_s_${key(n)}`]: Math.round(cached.perSecond),
  })
}

function assessSection(n: number, files: GeneratedFiles, dir: string) {
  const run = scaleBench(files, dir, n, repeats)
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

function parsersSection(n: number, files: GeneratedFiles) {
  const p = parsersBench(files, repeats)
  console.log(
    `  distance to the limit: targets + actuals, ${fmt(p.bytes / 1e6)} MB, ${fmt(p.rows)} rows; csv-parse (the baseline) ${p.baseline.seconds.toFixed(2)} s, peak RSS ${fmt(p.baseline.peakRssMb)} MB; each against the csv-parse run just before it, median of ${repeats} interleaved pairs`,
  )
  for (const c of p.candidates) {
    const label = c.id === "raw_read" ? "raw read (createReadStream, 64 KB)" : c.id
    const agreement = c.agrees
      ? ""
      : c.id === "raw_read"
        ? `  READ ${fmt(c.count)} BYTES, NOT ${fmt(p.bytes)}`
        : `  DISAGREES: ${fmt(c.count)} rows, csv-parse ${fmt(p.rows)} (not a winner)`
    console.log(
      `    ${label.padEnd(36)} ${c.seconds.toFixed(2).padStart(7)} s  ${c.ratio.toFixed(2).padStart(5)}× csv-parse (pairs: ${pairsText(c.pairs)})  peak RSS ${fmt(c.peakRssMb)} MB${agreement}`,
    )
    const name = c.id === "raw_read" ? "raw_read" : `parser_${slug(c.id)}`
    Object.assign(figures, {
      [`${name}_seconds_${key(n)}`]: Number(c.seconds.toFixed(2)),
      [`${name}_over_csv_parse_${key(n)}`]: Number(c.ratio.toFixed(2)),
      [`${name}_over_csv_parse_pairs_${key(n)}`]: c.pairs.map((r) => r.toFixed(2)).join(","),
      [`${name}_peak_rss_mb_${key(n)}`]: Math.round(c.peakRssMb),
      [`${name}_${c.id === "raw_read" ? "bytes" : "rows"}_agree_${key(n)}`]: c.agrees,
    })
  }
  if (p.fastest) {
    const failed = failedCases.get(p.fastest.id) ?? []
    console.log(
      `    fastest parser that read every row: ${p.fastest.id}, ${(1 / p.fastest.ratio).toFixed(1)}× as fast as csv-parse${failed.length > 0 ? ` (fails ${failed.length} corner cases)` : ""}`,
    )
  }
  const passing = p.candidates
    .filter((c) => c.id !== "raw_read" && c.id !== "csv-parse" && c.agrees)
    .filter((c) => failedCases.get(c.id)?.length === 0)
    .sort((x, y) => x.ratio - y.ratio)[0]
  console.log(
    `    fastest parser that also passes every corner case: ${passing ? `${passing.id}, ${(1 / passing.ratio).toFixed(1)}× as fast as csv-parse` : "none but csv-parse"}`,
  )
  Object.assign(figures, {
    [`parsers_csv_parse_seconds_${key(n)}`]: Number(p.baseline.seconds.toFixed(2)),
    [`parsers_csv_parse_peak_rss_mb_${key(n)}`]: Math.round(p.baseline.peakRssMb),
    [`parsers_rows_${key(n)}`]: p.rows,
    [`parsers_bytes_${key(n)}`]: p.bytes,
    [`parser_fastest_${key(n)}`]: p.fastest?.id ?? "none",
    [`parser_fastest_over_csv_parse_${key(n)}`]: p.fastest ? Number(p.fastest.ratio.toFixed(2)) : 1,
    [`parser_fastest_passing_cases_${key(n)}`]: passing?.id ?? "csv-parse",
  })
}

const [small, big] = [figures.assess_seconds_1e5, figures.assess_seconds_1e6]
if (typeof small === "number" && typeof big === "number") {
  figures.growth_1e5_to_1e6 = Number((big / small).toFixed(2))
  console.log(`growth of assess time from 10⁵ to 10⁶ indicators: ${figures.growth_1e5_to_1e6}× (linear: 10×)`)
}

if (sections.has("memory")) await memorySection()

async function memorySection() {
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
  })
}
figures.bench_peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024)
if (json) console.log(JSON.stringify(figures))
