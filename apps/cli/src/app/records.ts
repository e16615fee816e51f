import type { ResultsFrame } from "@jixiao/report"
import type { ResultsJson } from "@jixiao/scoring"
import type { IndicatorRecord, ProjectRecord, RunRecord } from "../ledger/types.ts"

type ProjectJson = ResultsJson["projects"][number]

/** Every indicator of the projects, as the ledger keeps it (one project at a time: a run may be big). */
export function* indicatorRecords(projects: Iterable<ProjectJson>): Generator<IndicatorRecord> {
  for (const p of projects)
    for (const i of p.indicators)
      yield {
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
      }
}

/** Every project, as the ledger keeps it. */
export function* projectRecords(projects: Iterable<ProjectJson>): Generator<ProjectRecord> {
  for (const p of projects) yield { unit: p.unit, name: p.name, total: p.total, grade: p.grade }
}

/** The summary a ledger row carries. */
export const runSummary = (
  frame: ResultsFrame,
  statuses: Readonly<Record<string, number>>,
): RunRecord["summary"] => ({
  score: frame.department.score,
  grade: frame.department.grade,
  decimals: frame.policy.rounding.decimals,
  projects: frame.department.projects,
  grades: frame.department.grades,
  rows: frame.rows,
  // Only the statuses that occur, as before (a status none of the indicators has is left out).
  statuses: Object.fromEntries(Object.entries(statuses).filter(([, n]) => n > 0)),
})
