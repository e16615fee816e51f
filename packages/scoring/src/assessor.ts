/**
 * Grades projects one at a time against indexed actual rows and a budget sheet: the step both the
 * whole-table {@link assess} and a streamed run take for every project, so that the two cannot differ.
 */
import type { BudgetTable, Indicator, Project } from "@jixiao/core"
import type { ActualEntry, ActualIndex } from "./actual-index.ts"
import { assessProject, reported } from "./assess-project.ts"
import { type BudgetIndex, indexBudget } from "./budget-index.ts"
import type { ProjectCensus } from "./census.ts"
import type { Formulas } from "./formulas.ts"
import type { ReportedActual } from "./grade/indicator.ts"
import type { ProjectResult, Rejection } from "./model.ts"
import type { Policy } from "./policy/policy.ts"

export interface AssessorInput {
  readonly policy: Policy
  readonly basis: "annual" | "period"
  readonly year?: number | undefined
  readonly formulas?: Formulas | undefined
  readonly budget?: BudgetTable | undefined
  /** Actual rows; without them the table's own 实际完成值 cells are used (a filled-in 自评表). */
  readonly actuals?: ActualIndex | undefined
}

/** One graded project, with its actual rows that matched no indicator and those that could not be read. */
export interface GradedProject {
  readonly result: ProjectResult
  /** Rows of this project that matched no indicator (or repeated one). */
  readonly rejected: ReadonlyArray<Rejection>
  /** Matched rows whose actual could not be read: their indicators wait for a person. */
  readonly unreadable: ReadonlyArray<Rejection>
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
 * Indicators whose actual could not be read, as rejected input rows: the actual row when one matched, or
 * in a filled-in 自评表 the table's own row.
 */
const unreadableOf = (
  result: ProjectResult,
  byIndicator: ReadonlyMap<Indicator, ActualEntry> | null,
): Rejection[] =>
  result.indicators.flatMap((r) => {
    if (!r.findings.some((f) => f.code === "actual_unreadable")) return []
    const row = byIndicator?.get(r.indicator)
    const at = byIndicator
      ? row
        ? { file: row.file, row: row.row, sheet: row.sheet }
        : undefined
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
  })

/** Grades projects one at a time. */
export class Assessor {
  readonly budget: BudgetIndex

  constructor(private readonly input: AssessorInput) {
    this.budget = indexBudget(input.budget)
  }

  /** Grades a project; the census must already count it (see {@link ActualIndex.take}). */
  grade(project: Project, census: ProjectCensus): GradedProject {
    const { input } = this
    const taken = input.actuals?.take(project, census)
    const actualOf = (indicator: Indicator): ReportedActual | null => {
      if (!taken) return fromCells(indicator)
      return taken.byIndicator.get(indicator) ?? null
    }
    const result = assessProject(project, {
      policy: input.policy,
      basis: input.basis,
      year: input.year,
      formulas: input.formulas,
      budget: input.budget,
      budgetRow: this.budget.rowOf(project),
      actualOf,
    })
    return {
      result,
      rejected: taken?.rejected ?? [],
      unreadable: unreadableOf(result, taken?.byIndicator ?? null),
    }
  }
}
