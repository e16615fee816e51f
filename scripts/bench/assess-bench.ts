/**
 * Assess throughput: the seed's 168 indicators and their illustrative actuals, repeated under fresh
 * project names until the table holds N indicators, graded in memory (no file I/O). The baseline, in
 * the same run, is compiling the same targets with the cache cleared: how much grading adds on top.
 */
import { readFileSync } from "node:fs"
import type { ActualRow, ActualsTable, Project, TargetTable } from "@jixiao/core"
import { clearTargetCache, compileTarget, parseActualsTable, parseTextTable } from "@jixiao/core"
import { assess, presets } from "@jixiao/scoring"
import { Effect } from "effect"

const seedFile = "seeds/000_6fa372ea3c00e953.txt"
const actualsFile = "seeds/sample-actuals-2024.csv"

/** The seed table repeated to `n` indicators, with actual rows for each. */
export const repeatedSeed = (n: number): { table: TargetTable; actuals: ActualsTable } => {
  const seed = parseTextTable(readFileSync(seedFile, "utf8"), seedFile)
  const sample = Effect.runSync(parseActualsTable({ file: actualsFile, bytes: readFileSync(actualsFile) }))
  const seedProjects = seed.units.flatMap((u) => u.projects)
  const actualOf = new Map(sample.rows.map((r) => [`${r.unit}\u0000${r.project}\u0000${r.no}`, r]))
  const projects: Project[] = []
  const rows: ActualRow[] = []
  let count = 0
  for (let copy = 0; count < n; copy++) {
    for (const project of seedProjects) {
      if (count >= n) break
      const indicators = project.indicators.slice(0, n - count)
      const name = `${project.name}#${copy}`
      projects.push({ ...project, name, indicators })
      for (const indicator of indicators) {
        const row = actualOf.get(`${project.unit}\u0000${project.name}\u0000${indicator.no}`)
        if (row) rows.push({ ...row, project: name })
      }
      count += indicators.length
    }
  }
  const units = seed.units.map((u) => ({ ...u, projects: projects.filter((p) => p.unit === u.name) }))
  return {
    table: { ...seed, units },
    actuals: { file: actualsFile, format: "csv", rows, rejected: [] },
  }
}

const seconds = (run: () => void) => {
  const start = process.hrtime.bigint()
  run()
  return Number(process.hrtime.bigint() - start) / 1e9
}

/** Measures assess on `n` indicators against the compile-only baseline. */
export const assessBench = async (n = 100_000) => {
  const { table, actuals } = repeatedSeed(n)
  const indicators = table.units.flatMap((u) => u.projects.flatMap((p) => p.indicators))
  clearTargetCache()
  const compileSeconds = seconds(() => {
    for (const i of indicators) {
      clearTargetCache()
      if (i.annual)
        compileTarget(i.annual.text, { level1: i.level1.raw, level2: i.level2.raw, name: i.name, year: 2024 })
    }
  })
  clearTargetCache()
  const start = process.hrtime.bigint()
  const result = await assess({ table, actuals, policy: presets.national!, year: 2024 })
  const assessSeconds = Number(process.hrtime.bigint() - start) / 1e9
  const graded = result.rows.graded
  return { indicators: indicators.length, graded, assessSeconds, compileSeconds }
}
