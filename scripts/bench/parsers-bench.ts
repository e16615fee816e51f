/**
 * The distance to the limit (issue #18): on the generated targets and actuals, the time to read their
 * bytes (read-child.mjs) and the time of each candidate CSV parser (parser-child.mjs NAME), each in its
 * own process, against csv-parse as the baseline parses them (baseline-child.mjs). Pairs are interleaved,
 * round after round (csv-parse, raw read, csv-parse, udsv, …, then the next round), so that the load of a
 * shared machine falls on both sides of every pair and on every candidate alike; each figure is the median
 * of its pairs' ratios. A parser is a winner only if it read as many rows as csv-parse did.
 */
import { statSync } from "node:fs"
import { type ChildRun, median, runChild, summary } from "./child-run.ts"
import { PARSERS, type ParserName } from "./parser-cases.ts"
import type { GeneratedFiles } from "./scale-bench.ts"

/** One candidate's figures: times and RSS over its runs, its ratios to the csv-parse run just before. */
export interface CandidateFigures {
  readonly id: "raw_read" | ParserName
  readonly seconds: number
  readonly peakRssMb: number
  readonly pairs: ReadonlyArray<number>
  readonly ratio: number
  /** Rows parsed (bytes read, for the raw read). */
  readonly count: number
  /** Whether the count is the one expected: csv-parse's rows, or the files' size. */
  readonly agrees: boolean
}

const count = (run: ChildRun): number => Number(run.stdout.trim())

/** The raw read and every parser of {@link PARSERS}, `repeats` interleaved pairs each. */
export const parsersBench = (files: GeneratedFiles, repeats = 3) => {
  const inputs = [files.targets, files.actuals]
  const bytes = inputs.reduce((sum, file) => sum + statSync(file).size, 0)
  const candidates = [
    { id: "raw_read" as const, args: ["scripts/bench/read-child.mjs"] },
    ...PARSERS.map((name) => ({ id: name, args: ["scripts/bench/parser-child.mjs", name] })),
  ]
  const baselines: ChildRun[] = []
  const runs = new Map(candidates.map((c) => [c.id, [] as Array<{ run: ChildRun; ratio: number }>]))
  for (let round = 0; round < repeats; round++) {
    for (const candidate of candidates) {
      const baseline = runChild(["scripts/bench/baseline-child.mjs", ...inputs])
      const run = runChild([...candidate.args, ...inputs])
      baselines.push(baseline)
      runs.get(candidate.id)!.push({ run, ratio: run.seconds / baseline.seconds })
    }
  }
  const rows = count(baselines[0]!)
  if (!baselines.every((b) => count(b) === rows)) throw new Error("csv-parse 各次读到的行数不同")
  const figures: CandidateFigures[] = candidates.map(({ id }) => {
    const own = runs.get(id)!
    const counts = own.map((r) => count(r.run))
    const expected = id === "raw_read" ? bytes : rows
    return {
      id,
      ...summary(own.map((r) => r.run)),
      pairs: own.map((r) => r.ratio),
      ratio: median(own.map((r) => r.ratio)),
      count: counts[0]!,
      agrees: counts.every((n) => n === expected),
    }
  })
  const parsers = figures.filter((f) => f.id !== "raw_read" && f.id !== "csv-parse" && f.agrees)
  const fastest = parsers.reduce<CandidateFigures | undefined>(
    (best, f) => (best === undefined || f.ratio < best.ratio ? f : best),
    undefined,
  )
  return { bytes, rows, baseline: summary(baselines), candidates: figures, fastest }
}
