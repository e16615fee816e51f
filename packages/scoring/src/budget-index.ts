/**
 * Budget rows by unit + project. Every row is used by one project or rejected with its reason
 * (duplicate, unknown project), like the actual rows.
 */
import type { BudgetRow, BudgetTable, Project } from "@jixiao/core"
import type { Rejection } from "./model.ts"

const key = (unit: string, project: string) =>
  `${unit.replace(/\s/gu, "")}\u0000${project.replace(/\s/gu, "")}`

export interface BudgetIndex {
  /** The budget row of a project (a row without a unit matches a project by name alone). */
  readonly rowOf: (project: Pick<Project, "unit" | "name">) => BudgetRow | undefined
  /** Rows not used by any project, and rows the reader or the index refused. */
  readonly rejected: () => ReadonlyArray<Rejection>
  readonly counts: () => { readonly in: number; readonly used: number; readonly rejected: number }
}

export const indexBudget = (budget: BudgetTable | undefined): BudgetIndex => {
  const rows = new Map<string, BudgetRow>()
  const refused: Rejection[] = (budget?.rejected ?? []).map((r) => ({
    file: r.at.file,
    row: r.at.row,
    reason: r.code,
  }))
  for (const row of budget?.rows ?? []) {
    const k = key(row.unit, row.project)
    if (rows.has(k)) refused.push({ file: row.at.file, row: row.at.row, reason: "duplicate_row" })
    else rows.set(k, row)
  }
  const used = new Set<BudgetRow>()
  const rejected = () => [
    ...refused,
    ...[...rows.values()]
      .filter((row) => !used.has(row))
      .map((row) => ({
        file: row.at.file,
        row: row.at.row,
        reason: "unknown_project",
        data: { unit: row.unit, project: row.project },
      })),
  ]
  return {
    rowOf: (project) => {
      const row = rows.get(key(project.unit, project.name)) ?? rows.get(key("", project.name))
      if (row) used.add(row)
      return row
    },
    rejected,
    counts: () => {
      const total = (budget?.rows.length ?? 0) + (budget?.rejected.length ?? 0)
      return { in: total, used: used.size, rejected: rejected().length }
    },
  }
}
