/**
 * A year-end assessment of tables in memory: every indicator graded, budget blocks scored, project totals
 * graded, and roll-ups to units and the department. It is the {@link runEngine engine} run over the tables,
 * graded in this thread, its projects collected in table order; a CLI run is the same engine over file
 * streams. Pure: the caller reads files and hands over tables.
 */
import type { ActualsTable, BudgetTable, TargetTable } from "@jixiao/core"
import { ActualIndex, actualEntry } from "../match/actual-index.ts"
import { ProjectCensus } from "../match/census.ts"
import type { PreviousYear } from "../match/previous-year.ts"
import type { ProjectResult } from "../model.ts"
import type { Formulas } from "../policy/formulas/formulas.ts"
import type { Policy } from "../policy/policy.ts"
import type { AssessmentSummary, Place } from "../sum/assessment-sum.ts"
import { runEngine } from "./engine.ts"
import type { GradedWork } from "./grade-work.ts"
import { inThreadGrader } from "./grader.ts"
import { tableActuals, tableBudget, tableProjects } from "./sources.ts"

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

const byPlace = (a: { place: Place }, b: { place: Place }) =>
  a.place.unit - b.place.unit || a.place.slot - b.place.slot

/**
 * Assesses a table against its actuals under a policy.
 *
 * @example
 * const result = await assess({ table, actuals, budget, policy: presets.national, year: 2024 })
 * result.department.grade // → "良"
 */
export const assess = async (input: AssessInput): Promise<Assessment> => {
  let graded: Array<{ place: Place; result: ProjectResult }> = []
  const writer = {
    add: (g: GradedWork, place: Place) => graded.push({ place, result: g.result }),
    reset: () => {
      graded = []
    },
  }
  const { summary } = await runEngine(
    {
      projects: tableProjects(input.table),
      actuals: input.actuals ? tableActuals(input.actuals) : undefined,
      budget: input.budget ? tableBudget(input.budget) : undefined,
      policy: input.policy,
      year: input.year,
      basis: input.basis ?? "annual",
      formulas: input.formulas,
      previousYear: input.previousYear,
      grader: inThreadGrader,
      census: ProjectCensus.of(input.table.units.flatMap((u) => u.projects)),
    },
    writer,
  )
  return { ...summary, projects: graded.sort(byPlace).map((g) => g.result) }
}
