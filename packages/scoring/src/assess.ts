/**
 * A year-end assessment: every indicator graded, budget blocks scored, project totals graded, and
 * roll-ups to units and the department. Pure: the caller reads files and hands over tables.
 */
import type { ActualsTable, BudgetTable, Indicator, TargetTable } from "@jixiao/core"
import { assessProject, reported } from "./assess-project.ts"
import { indexBudget } from "./budget-index.ts"
import type { Formulas } from "./formulas.ts"
import type { ReportedActual } from "./grade/indicator.ts"
import { matchActuals } from "./match-actuals.ts"
import type { ProjectResult, Rejection, Rollup } from "./model.ts"
import type { Policy } from "./policy/policy.ts"
import { rollup } from "./rollup.ts"

export interface AssessInput {
  readonly table: TargetTable
  /** Actuals; without them the table's own 实际完成值 cells are used (a filled-in 自评表). */
  readonly actuals?: ActualsTable | undefined
  readonly budget?: BudgetTable | undefined
  readonly policy: Policy
  readonly year?: number | undefined
  readonly basis?: "annual" | "period" | undefined
  readonly formulas?: Formulas | undefined
}

export interface Assessment {
  readonly department: Rollup
  readonly units: ReadonlyArray<Rollup>
  readonly projects: ReadonlyArray<ProjectResult>
  readonly rows: { readonly in: number; readonly graded: number; readonly rejected: number }
  readonly rejected: ReadonlyArray<Rejection>
  readonly budgetRows: { readonly in: number; readonly used: number; readonly rejected: number }
  readonly policy: Policy
  readonly basis: "annual" | "period"
  readonly year: number | null
}

/** A filled-in 自评表 reports through the table's own cells. */
const fromCells = (indicator: Indicator): ReportedActual | null =>
  indicator.actual === null && !indicator.tier
    ? null
    : reported({
        actual: indicator.actual,
        tier: indicator.tier ?? null,
        deduction: indicator.deduction ?? null,
        deductionReason: indicator.deductionReason ?? null,
        deviationReason: indicator.deviationReason,
      })

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
  const matched = input.actuals ? matchActuals(table, input.actuals) : undefined
  const budget = indexBudget(input.budget)
  const actualOf = (indicator: Indicator): ReportedActual | null => {
    if (!matched) return fromCells(indicator)
    const row = matched.byIndicator.get(indicator)
    return row ? reported(row) : null
  }
  const projects: ProjectResult[] = table.units.flatMap((unit) =>
    unit.projects.map((project) =>
      assessProject(project, {
        policy,
        basis,
        year: input.year,
        formulas: input.formulas,
        budget: input.budget,
        budgetRow: budget.rowOf(project),
        actualOf,
      }),
    ),
  )
  // A row whose actual cannot be read is not graded: its indicator waits for a person. In a filled-in
  // 自评表 the rows are the table's own, so its unread rows count as rejected input too.
  const unreadable: Rejection[] = projects.flatMap((p) =>
    p.indicators.flatMap((r) => {
      if (!r.findings.some((f) => f.code === "actual_unreadable")) return []
      const at = matched
        ? matched.byIndicator.get(r.indicator)?.at
        : (r.indicator.actual?.at ?? r.indicator.at)
      if (at === undefined) return []
      return [
        {
          file: at.file,
          row: at.row,
          sheet: at.sheet,
          reason: "actual_unreadable",
          data: { text: r.actualText ?? "" },
        },
      ]
    }),
  )
  const tableRejected: Rejection[] = matched
    ? []
    : table.rejected.map((r) => ({ file: r.at.file, row: r.at.row, sheet: r.at.sheet, reason: r.code }))
  const rejected = [...(matched?.rejected ?? []), ...tableRejected, ...unreadable]
  const indicatorCount = projects.reduce((n, p) => n + p.indicators.length, 0)
  const inRows = matched ? matched.rows : indicatorCount + tableRejected.length
  return {
    department: rollup(table.department ?? "", projects, policy),
    units: table.units.map((u) =>
      rollup(
        u.name,
        projects.filter((p) => p.unit === u.name),
        policy,
      ),
    ),
    projects,
    rows: { in: inRows, graded: inRows - rejected.length, rejected: rejected.length },
    rejected: [...rejected, ...budget.rejected()],
    budgetRows: budget.counts(),
    policy,
    basis,
    year: input.year ?? null,
  }
}
