/**
 * Matches actual rows to indicators by unit + project + the indicator's number or name. Every row ends
 * up matched or rejected with its reason (unknown project or indicator, ambiguous, duplicate): nothing
 * is dropped silently.
 */
import type { ActualRow, ActualsTable, Indicator, Project, TargetTable } from "@jixiao/core"
import type { Rejection } from "./model.ts"

const key = (text: string) => text.replace(/\s/gu, "")

export interface Matched {
  readonly byIndicator: ReadonlyMap<Indicator, ActualRow>
  readonly rejected: ReadonlyArray<Rejection>
  readonly rows: number
}

const reject = (row: ActualRow, reason: string, data?: Record<string, string | number>): Rejection => ({
  file: row.at.file,
  row: row.at.row,
  sheet: row.at.sheet,
  reason,
  ...(data ? { data } : {}),
})

const findProject = (projects: ReadonlyArray<Project>, row: ActualRow): Project | string => {
  const named = projects.filter((p) => key(p.name) === key(row.project))
  const inUnit = row.unit.trim() === "" ? named : named.filter((p) => key(p.unit) === key(row.unit))
  if (inUnit.length === 1) return inUnit[0]!
  return inUnit.length === 0 ? "unknown_project" : "ambiguous_project"
}

const findIndicator = (project: Project, row: ActualRow): Indicator | string => {
  if (row.no !== null) {
    const byNo = project.indicators.find((i) => i.no === row.no)
    if (byNo && (row.indicator === null || key(row.indicator) === key(byNo.name))) return byNo
    if (byNo === undefined && row.indicator === null) return "unknown_indicator"
  }
  const named = project.indicators.filter((i) => row.indicator !== null && key(i.name) === key(row.indicator))
  if (named.length === 1) return named[0]!
  return named.length === 0 ? "unknown_indicator" : "ambiguous_indicator"
}

export const matchActuals = (table: TargetTable, actuals: ActualsTable): Matched => {
  const projects = table.units.flatMap((u) => u.projects)
  const byIndicator = new Map<Indicator, ActualRow>()
  const rejected: Rejection[] = actuals.rejected.map((r) => ({
    file: r.at.file,
    row: r.at.row,
    sheet: r.at.sheet,
    reason: r.code,
    ...(r.data ? { data: r.data } : {}),
  }))
  for (const row of actuals.rows) {
    const project = findProject(projects, row)
    if (typeof project === "string") {
      rejected.push(reject(row, project, { unit: row.unit, project: row.project }))
      continue
    }
    const indicator = findIndicator(project, row)
    if (typeof indicator === "string") {
      rejected.push(
        reject(row, indicator, { project: row.project, no: row.no ?? "", indicator: row.indicator ?? "" }),
      )
      continue
    }
    const first = byIndicator.get(indicator)
    if (first) {
      rejected.push(reject(row, "duplicate_row", { firstRow: first.at.row }))
      continue
    }
    byIndicator.set(indicator, row)
  }
  return { byIndicator, rejected, rows: actuals.rows.length + actuals.rejected.length }
}
