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

/** Projects by name, and each project's indicators by number and by name: rows are matched in O(1). */
const indexTable = (table: TargetTable) => {
  const projects = new Map<string, Project[]>()
  const byNo = new Map<Project, Map<number, Indicator>>()
  const byName = new Map<Project, Map<string, Indicator[]>>()
  for (const project of table.units.flatMap((u) => u.projects)) {
    const list = projects.get(key(project.name)) ?? []
    list.push(project)
    projects.set(key(project.name), list)
    byNo.set(project, new Map(project.indicators.map((i) => [i.no, i])))
    const names = new Map<string, Indicator[]>()
    for (const i of project.indicators) names.set(key(i.name), [...(names.get(key(i.name)) ?? []), i])
    byName.set(project, names)
  }
  return { projects, byNo, byName }
}

type Index = ReturnType<typeof indexTable>

const findProject = (index: Index, row: ActualRow): Project | string => {
  const named = index.projects.get(key(row.project)) ?? []
  const inUnit = row.unit.trim() === "" ? named : named.filter((p) => key(p.unit) === key(row.unit))
  if (inUnit.length === 1) return inUnit[0]!
  return inUnit.length === 0 ? "unknown_project" : "ambiguous_project"
}

const findIndicator = (index: Index, project: Project, row: ActualRow): Indicator | string => {
  if (row.no !== null) {
    const byNo = index.byNo.get(project)!.get(row.no)
    if (byNo && (row.indicator === null || key(row.indicator) === key(byNo.name))) return byNo
    if (byNo === undefined && row.indicator === null) return "unknown_indicator"
  }
  const named = row.indicator === null ? [] : (index.byName.get(project)!.get(key(row.indicator)) ?? [])
  if (named.length === 1) return named[0]!
  return named.length === 0 ? "unknown_indicator" : "ambiguous_indicator"
}

export const matchActuals = (table: TargetTable, actuals: ActualsTable): Matched => {
  const index = indexTable(table)
  const byIndicator = new Map<Indicator, ActualRow>()
  const rejected: Rejection[] = actuals.rejected.map((r) => ({
    file: r.at.file,
    row: r.at.row,
    sheet: r.at.sheet,
    reason: r.code,
    ...(r.data ? { data: r.data } : {}),
  }))
  for (const row of actuals.rows) {
    const project = findProject(index, row)
    if (typeof project === "string") {
      rejected.push(reject(row, project, { unit: row.unit, project: row.project }))
      continue
    }
    const indicator = findIndicator(index, project, row)
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
