/**
 * A year-end assessment: every indicator graded, budget blocks scored, project totals graded, and
 * roll-ups to units and the department. Pure: the caller reads files and hands over tables. A streamed
 * run (the CLI's, for big inputs) takes the same steps project by project: {@link Assessor}, {@link AssessmentSum}.
 */
import type { ActualsTable, BudgetTable, TargetTable } from "@jixiao/core"
import { ActualIndex, actualEntry, readerRejection, tableRejection } from "./actual-index.ts"
import { AssessmentSum, type AssessmentSummary } from "./assessment-sum.ts"
import { Assessor } from "./assessor.ts"
import { ProjectCensus } from "./census.ts"
import type { Formulas } from "./formulas.ts"
import type { ProjectResult } from "./model.ts"
import type { Policy } from "./policy/policy.ts"
import type { PreviousYear } from "./previous-year.ts"
import { digestOf } from "./project-digest.ts"

export interface AssessInput {
  readonly table: TargetTable
  /** Actuals; without them the table's own 实际完成值 cells are used (a filled-in 自评表). */
  readonly actuals?: ActualsTable | undefined
  readonly budget?: BudgetTable | undefined
  readonly policy: Policy
  readonly year?: number | undefined
  readonly basis?: "annual" | "period" | undefined
  readonly formulas?: Formulas | undefined
  /** Last year's run (the CLI's ledger): baselines of previous-year references. */
  readonly previousYear?: PreviousYear | undefined
}

/** The whole assessment: its summary and every project's result, in table order. */
export interface Assessment extends AssessmentSummary {
  readonly projects: ReadonlyArray<ProjectResult>
}

/** Actual rows of a whole sheet, indexed. */
export const indexActuals = (actuals: ActualsTable): ActualIndex => {
  const index = new ActualIndex()
  for (const row of actuals.rows) index.add(actualEntry(row))
  return index
}

/**
 * Assesses a table against its actuals under a policy.
 *
 * @example
 * const result = assess({ table, actuals, budget, policy: presets.national, year: 2024 })
 * result.department.grade // → "良"
 */
export const assess = (input: AssessInput): Assessment => {
  const { table, policy } = input
  const basis = input.basis ?? "annual"
  const actuals = input.actuals ? indexActuals(input.actuals) : undefined
  const census = ProjectCensus.of(table.units.flatMap((u) => u.projects))
  const assessor = new Assessor({ ...input, basis, actuals })
  const sum = new AssessmentSum(policy)
  const projects: ProjectResult[] = []
  for (const [unitIndex, unit] of table.units.entries()) {
    for (const [slot, project] of unit.projects.entries()) {
      const graded = assessor.grade(project, census)
      projects.push(graded.result)
      sum.add(digestOf(graded.result), graded, { unit: unitIndex, slot })
    }
  }
  const summary = sum.finish({
    department: table.department ?? "",
    units: table.units.map((u) => u.name),
    actuals,
    readerRejected: input.actuals?.rejected.map(readerRejection) ?? [],
    tableRejected: table.rejected.map(tableRejection),
    census,
    budget: assessor.budget,
    basis,
    year: input.year ?? null,
  })
  return { ...summary, projects }
}
