/**
 * A year-end assessment: every indicator graded, budget blocks scored, project totals graded, and
 * roll-ups to units and the department. Pure: the caller reads files and hands over tables.
 */
import {
  type ActualsTable,
  type BudgetTable,
  compileTarget,
  type Indicator,
  type TargetTable,
} from "@jixiao/core"
import { scoreBudget } from "./budget.ts"
import type { Formulas } from "./formulas.ts"
import { gradeIndicator, type ReportedActual } from "./grade/indicator.ts"
import { gradeOf } from "./grades.ts"
import { matchActuals } from "./match-actuals.ts"
import type { ProjectResult, Rejection, Rollup, ScoreFinding } from "./model.ts"
import { exact, sum } from "./numbers.ts"
import type { Policy } from "./policy/policy.ts"
import { rollup } from "./rollup.ts"
import { projectWeights } from "./weights.ts"

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

const fromCells = (indicator: Indicator): ReportedActual | null =>
  indicator.actual === null && !indicator.tier
    ? null
    : {
        text: indicator.actual?.text ?? null,
        tier: indicator.tier?.text ?? null,
        deduction: indicator.deduction?.text ?? null,
        deductionReason: indicator.deductionReason?.text ?? null,
        deviationReason: indicator.deviationReason?.text ?? null,
      }

const budgetKey = (unit: string, project: string) =>
  `${unit.replace(/\s/gu, "")}\u0000${project.replace(/\s/gu, "")}`

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
  const rejected: Rejection[] = [...(matched?.rejected ?? [])]
  let graded = 0
  const budgetRows = new Map<string, NonNullable<AssessInput["budget"]>["rows"][number]>()
  const budgetRejected: Rejection[] = (input.budget?.rejected ?? []).map((r) => ({
    file: r.at.file,
    row: r.at.row,
    reason: r.code,
  }))
  for (const row of input.budget?.rows ?? []) {
    const k = budgetKey(row.unit, row.project)
    if (budgetRows.has(k))
      budgetRejected.push({ file: row.at.file, row: row.at.row, reason: "duplicate_row" })
    else budgetRows.set(k, row)
  }
  const usedBudget = new Set<string>()
  const projects: ProjectResult[] = []
  for (const unit of table.units) {
    for (const project of unit.projects) {
      const k = budgetKey(project.unit, project.name)
      const row =
        budgetRows.get(k) ?? (project.unit === "" ? undefined : budgetRows.get(budgetKey("", project.name)))
      if (row) usedBudget.add(budgetKey(row.unit, row.project))
      const budget = input.budget
        ? scoreBudget(row, input.budget.amountUnit, policy, input.formulas)
        : { budget: null, findings: [{ code: "budget_missing", severity: "warning" } as ScoreFinding] }
      const budgetWeight = budget.budget?.weight ?? exact(policy.weights.budget)
      const weights = projectWeights(project.indicators, policy, budgetWeight)
      const indicators = project.indicators.map((indicator, i) => {
        const actualRow = matched?.byIndicator.get(indicator)
        const actual: ReportedActual | null = matched
          ? actualRow
            ? {
                text: actualRow.actual?.text ?? null,
                tier: actualRow.tier?.text ?? null,
                deduction: actualRow.deduction?.text ?? null,
                deductionReason: actualRow.deductionReason?.text ?? null,
                deviationReason: actualRow.deviationReason?.text ?? null,
              }
            : null
          : fromCells(indicator)
        const cell = basis === "annual" ? indicator.annual : indicator.period
        const target =
          cell === null
            ? null
            : compileTarget(cell.text, {
                level1: indicator.level1.raw,
                level2: indicator.level2.raw,
                name: indicator.name,
                year: input.year,
              })
        const result = gradeIndicator({
          indicator,
          group: weights.groups[i]!,
          target,
          actual,
          weight: weights.weights[i]!,
          policy,
          year: input.year,
          formulas: input.formulas,
        })
        if (actualRow) {
          if (result.findings.some((f) => f.code === "actual_unreadable")) {
            rejected.push({
              file: actualRow.at.file,
              row: actualRow.at.row,
              sheet: actualRow.at.sheet,
              reason: "actual_unreadable",
              data: { text: actualRow.actual?.text ?? "" },
            })
          } else graded++
        } else if (!matched && actual !== null) graded++
        return result
      })
      const total = (budget.budget?.score ?? exact(0)).add(sum(indicators.map((r) => r.score)))
      projects.push({
        unit: project.unit,
        name: project.name,
        goal: project.goal,
        budget: budget.budget,
        budgetWeight,
        indicators,
        total,
        grade: gradeOf(total, policy),
        findings: [
          ...budget.findings.map((f) => ({ ...f, at: f.at ?? project.at })),
          ...weights.findings.map((f) => ({ ...f, at: f.at ?? project.at })),
        ],
        at: project.at,
      })
    }
  }
  for (const [k, row] of budgetRows) {
    if (!usedBudget.has(k))
      budgetRejected.push({
        file: row.at.file,
        row: row.at.row,
        reason: "unknown_project",
        data: { unit: row.unit, project: row.project },
      })
  }
  const inRows = matched
    ? matched.rows
    : table.units.reduce((n, u) => n + u.projects.reduce((m, p) => m + p.indicators.length, 0), 0)
  const units = table.units.map((u) =>
    rollup(
      u.name,
      projects.filter((p) => p.unit === u.name),
      policy,
    ),
  )
  const budgetIn = (input.budget?.rows.length ?? 0) + (input.budget?.rejected.length ?? 0)
  return {
    department: rollup(table.department ?? "", projects, policy),
    units,
    projects,
    rows: { in: inRows, graded: matched ? graded : inRows - rejected.length, rejected: rejected.length },
    rejected: [...rejected, ...budgetRejected],
    budgetRows: { in: budgetIn, used: usedBudget.size, rejected: budgetRejected.length },
    policy,
    basis,
    year: input.year ?? null,
  }
}
