/** Grades one project: its budget block, every indicator against its actual, the total and the grade. */
import { type ActualRow, type BudgetTable, compileTarget, type Indicator, type Project } from "@jixiao/core"
import type { IndicatorResult, ProjectResult, ScoreFinding } from "../model.ts"
import { exact, one, sum, zero } from "../numbers.ts"
import type { Formulas } from "../policy/formulas/formulas.ts"
import type { Policy } from "../policy/policy.ts"
import { gradeOf } from "../sum/grades.ts"
import { budgetStateOf, scoreBudget } from "./budget.ts"
import { gradeIndicator, type ReportedActual } from "./indicator.ts"
import { projectWeights } from "./weights.ts"

/** The cells an actual row or a filled-in 自评表 reports for an indicator. */
export const reported = (
  cells: Pick<ActualRow, "actual" | "tier" | "deduction" | "deductionReason" | "deviationReason"> &
    Partial<Pick<ActualRow, "baseline">>,
): ReportedActual => ({
  text: cells.actual?.text ?? null,
  tier: cells.tier?.text ?? null,
  deduction: cells.deduction?.text ?? null,
  deductionReason: cells.deductionReason?.text ?? null,
  deviationReason: cells.deviationReason?.text ?? null,
  baseline: cells.baseline?.text ?? null,
})

export interface ProjectContext {
  readonly policy: Policy
  readonly basis: "annual" | "period"
  readonly year?: number | undefined
  readonly formulas?: Formulas | undefined
  /** The budget sheet, when one was given; undefined means no budget input at all. */
  readonly budget: Pick<BudgetTable, "amountUnit"> | undefined
  readonly budgetRow: BudgetTable["rows"][number] | undefined
  /** What was reported for an indicator, or null when nothing was. */
  readonly actualOf: (indicator: Indicator) => ReportedActual | null
}

const targetOf = (indicator: Indicator, context: ProjectContext) => {
  const cell = context.basis === "annual" ? indicator.annual : indicator.period
  if (cell === null) return null
  const { level1, level2, name } = indicator
  return compileTarget(cell.text, { level1: level1.raw, level2: level2.raw, name, year: context.year })
}

export const assessProject = (project: Project, context: ProjectContext): ProjectResult => {
  const { policy } = context
  const given = context.budget !== undefined
  const rescale = policy.missingBudget === "rescale"
  const scored = given
    ? scoreBudget(context.budgetRow, context.budget!.amountUnit, policy, context.formulas)
    : { budget: null, findings: [] }
  const budgetWeight = scored.budget?.weight ?? exact(policy.weights.budget)
  const budgetState = budgetStateOf(scored, given)
  // No budget block is never silent: the project says so, and what it cost (or how it was rescaled).
  const missing: ScoreFinding[] =
    budgetState === "not_given"
      ? [
          {
            code: "budget_not_given",
            severity: "warning",
            data: { weight: budgetWeight.toString(), ...(rescale ? { rescaled: 1 } : {}) },
          },
        ]
      : []
  const budget = {
    budget: scored.budget,
    findings: [
      ...missing,
      ...scored.findings.map((f) =>
        f.code === "budget_missing" && rescale ? { ...f, data: { rescaled: 1 } } : f,
      ),
    ],
  }
  const weights = projectWeights(project.indicators, policy, budgetWeight)
  const indicators: IndicatorResult[] = project.indicators.map((indicator, i) =>
    gradeIndicator({
      indicator,
      group: weights.groups[i]!,
      target: targetOf(indicator, context),
      actual: context.actualOf(indicator),
      weight: weights.weights[i]!,
      policy,
      year: context.year,
      formulas: context.formulas,
    }),
  )
  const indicatorScore = sum(indicators.map((r) => r.score))
  const indicatorMax = sum(weights.weights)
  const rescaled = budget.budget === null && rescale && indicatorMax.compare(0) > 0
  const factor = rescaled ? indicatorMax.add(budgetWeight).div(indicatorMax) : one
  if (rescaled) {
    budget.findings.push({
      code: "budget_rescaled",
      severity: "info",
      data: { indicators: indicatorScore.round(2).toString(), factor: factor.round(4).toString() },
    })
  }
  const total = rescaled ? indicatorScore.mul(factor) : (budget.budget?.score ?? zero).add(indicatorScore)
  const placed = (f: ScoreFinding) => ({ ...f, at: f.at ?? project.at })
  return {
    unit: project.unit,
    name: project.name,
    goal: project.goal,
    // The unit's own sentence, on whichever of the project's rows carries it (the first that does).
    goalActual:
      project.indicators.map((i) => context.actualOf(i)?.goalActual?.trim() ?? "").find((t) => t !== "") ??
      null,
    budget: budget.budget,
    budgetState,
    budgetWeight,
    indicators,
    total,
    grade: gradeOf(total, policy),
    findings: [...budget.findings.map(placed), ...weights.findings.map(placed)],
    at: project.at,
  }
}
