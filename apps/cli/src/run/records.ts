import type { ResultsJson } from "@jixiao/scoring"
import type { IndicatorRecord, ProjectRecord, RunRecord } from "../ledger/types.ts"

/** Every indicator of a result, as the ledger keeps it. */
export const indicatorRecords = (results: ResultsJson): IndicatorRecord[] =>
  results.projects.flatMap((p) =>
    p.indicators.map((i) => ({
      unit: p.unit,
      project: p.name,
      no: i.no,
      name: i.name,
      level1: i.level1,
      level2: i.level2,
      target: i.target,
      actual: i.actual,
      weight: i.weight,
      score: i.score,
      status: i.status,
    })),
  )

/** Every project of a result, as the ledger keeps it. */
export const projectRecords = (results: ResultsJson): ProjectRecord[] =>
  results.projects.map((p) => ({ unit: p.unit, name: p.name, total: p.total, grade: p.grade }))

/** The summary a ledger row carries. */
export const runSummary = (results: ResultsJson): RunRecord["summary"] => {
  const statuses: Record<string, number> = {}
  for (const p of results.projects)
    for (const i of p.indicators) statuses[i.status] = (statuses[i.status] ?? 0) + 1
  return {
    score: results.department.score,
    grade: results.department.grade,
    decimals: results.policy.rounding.decimals,
    projects: results.department.projects,
    grades: results.department.grades,
    rows: results.rows,
    statuses,
  }
}
