/**
 * Grades projects one at a time against indexed actual rows and a budget sheet: the step both the
 * whole-table {@link assess} and a streamed run take for every project, so that the two cannot differ.
 */
import type { BudgetRow, BudgetTable, Indicator, Project } from "@jixiao/core"
import type { ReportedActual } from "../grade/indicator.ts"
import { assessProject, reported } from "../grade/project.ts"
import type { ActualEntry, ActualIndex } from "../match/actual-index.ts"
import { type BudgetIndex, indexBudget } from "../match/budget-index.ts"
import type { ProjectCensus } from "../match/census.ts"
import type { PreviousYear } from "../match/previous-year.ts"
import type { ProjectResult, Rejection } from "../model.ts"
import type { Formulas } from "../policy/formulas/formulas.ts"
import type { Policy } from "../policy/policy.ts"

export interface AssessorInput {
  readonly policy: Policy
  readonly basis: "annual" | "period"
  readonly year?: number | undefined
  readonly formulas?: Formulas | undefined
  readonly budget?: BudgetTable | undefined
  /** A budget index built elsewhere (a stream), with the sheet's amount unit; takes the place of `budget`. */
  readonly budgetIndex?: { readonly index: BudgetIndex; readonly amountUnit: string | null } | undefined
  /** Actual rows; without them the table's own 实际完成值 cells are used (a filled-in 自评表). */
  readonly actuals?: ActualIndex | undefined
  /** Last year's run: baselines of previous-year references where no 上年实际值 was reported. */
  readonly previousYear?: PreviousYear | undefined
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
const fromCells = (indicator: Indicator): ReportedActual | null => {
  const cells = {
    actual: indicator.actual,
    tier: indicator.tier ?? null,
    deduction: indicator.deduction ?? null,
    deductionReason: indicator.deductionReason ?? null,
    deviationReason: indicator.deviationReason,
    baseline: indicator.baseline ?? null,
  }
  // A row that reports nothing but a 偏差原因 (`数据尚未汇总`) still reports it, as an actuals sheet would.
  if (Object.values(cells).every((c) => c === null) && indicator.goalActual === undefined) return null
  const r = reported(cells)
  return indicator.goalActual === undefined ? r : { ...r, goalActual: indicator.goalActual.text }
}
/** A filled-in 自评表 reports in the indicator's own row: its findings point at that row's cells. */
const fromCellsPlaced = (indicator: Indicator): ReportedActual | null => {
  const reportedHere = fromCells(indicator)
  if (reportedHere === null) return null
  const at = indicator.actual?.at ?? indicator.tier?.at ?? indicator.at
  return {
    ...reportedHere,
    file: at.file,
    row: at.row,
    sheet: at.sheet,
    actualColumn: indicator.actual?.at.column,
    tierColumn: indicator.tier?.at.column,
  }
}

/**
 * Indicators whose actual could not be read, as rejected input rows: the actual row when one matched, or
 * in a filled-in 自评表 the table's own row.
 */
const unreadableOf = (
  result: ProjectResult,
  byIndicator: ReadonlyMap<Indicator, ActualEntry> | null,
): Rejection[] =>
  result.indicators.flatMap((r) => {
    const found = r.findings.find(
      (f): f is typeof f & { code: "actual_unreadable" | "tier_unreadable" } =>
        f.code === "actual_unreadable" || f.code === "tier_unreadable",
    )
    if (found === undefined) return []
    const row = byIndicator?.get(r.indicator)
    if (byIndicator && !row) return []
    // The finding already points at the cell at fault (the actuals sheet's, or the 自评表's own).
    const at = found.at ?? r.indicator.at
    return [
      {
        file: at.file,
        row: at.row,
        sheet: at.sheet,
        ...(at.column === undefined ? {} : { column: at.column }),
        reason: found.code,
        data: { text: String(found.data?.text ?? r.actualText ?? "") },
      },
    ]
  })

/** What grading a project needs besides the project, prepared where the indexes are (the main thread). */
export interface Prepared {
  /** The actual row of each indicator, by position; null: none was matched. Absent: the table's own cells. */
  readonly actuals: ReadonlyArray<ActualEntry | null> | null
  /** The project's actual rows that matched no indicator (or repeated one). */
  readonly rejected: ReadonlyArray<Rejection>
  readonly budgetRow: BudgetRow | undefined
  /** Last year's actual of each indicator, by position, from the ledger; null when there is no last year. */
  readonly baselines?: ReadonlyArray<string | null> | null
  /** Where `baselines` come from. */
  readonly baselineSource?: string
}

/** The settings grading needs, the same for every project of a run (plain data but for the formulas). */
export interface GradeSettings {
  readonly policy: Policy
  readonly basis: "annual" | "period"
  readonly year?: number | undefined
  readonly formulas?: Formulas | undefined
  /** The budget sheet's amount unit, or undefined when no budget sheet was given at all. */
  readonly budget: Pick<BudgetTable, "amountUnit"> | undefined
  /** Last year's run: baselines of previous-year references where no 上年实际值 was reported. */
  readonly previousYear?: PreviousYear | undefined
}

/** Grades a prepared project: the part of the work that needs no index, and may run on any thread. */
export const gradePrepared = (
  project: Project,
  prepared: Prepared,
  settings: GradeSettings,
): { readonly result: ProjectResult; readonly unreadable: ReadonlyArray<Rejection> } => {
  const { actuals } = prepared
  const position = new Map(project.indicators.map((indicator, i) => [indicator, i]))
  const reportedOf = (indicator: Indicator): ReportedActual | null =>
    actuals === null ? fromCellsPlaced(indicator) : (actuals[position.get(indicator)!] ?? null)
  const actualOf = (indicator: Indicator): ReportedActual | null => {
    const reported = reportedOf(indicator)
    const lastYear = prepared.baselines?.[position.get(indicator)!] ?? null
    // A 上年实际值 the unit reports wins over last year's run.
    if (reported === null || lastYear === null || (reported.baseline ?? "").trim() !== "") return reported
    return { ...reported, baseline: lastYear, baselineSource: prepared.baselineSource ?? "账本" }
  }
  const result = assessProject(project, { ...settings, budgetRow: prepared.budgetRow, actualOf })
  const matched =
    actuals === null
      ? null
      : new Map(
          project.indicators.flatMap((indicator, i) =>
            actuals[i] ? [[indicator, actuals[i]] as const] : [],
          ),
        )
  return { result, unreadable: unreadableOf(result, matched) }
}

/** Grades projects one at a time. */
export class Assessor {
  readonly budget: BudgetIndex
  readonly settings: GradeSettings

  constructor(private readonly input: AssessorInput) {
    this.budget = input.budgetIndex?.index ?? indexBudget(input.budget)
    const sheet = input.budgetIndex ?? input.budget
    this.settings = {
      policy: input.policy,
      basis: input.basis,
      year: input.year,
      formulas: input.formulas,
      budget: sheet ? { amountUnit: sheet.amountUnit } : undefined,
      ...(input.previousYear ? { previousYear: input.previousYear } : {}),
    }
  }

  /** Takes a project's actual rows and budget row; the census must already count it (see {@link ActualIndex.take}). */
  prepare(project: Project, census: ProjectCensus): Prepared {
    const taken = this.input.actuals?.take(project, census)
    const lastYear = this.input.previousYear
    return {
      actuals: taken ? project.indicators.map((i) => taken.byIndicator.get(i) ?? null) : null,
      rejected: taken?.rejected ?? [],
      budgetRow: this.budget.rowOf(project),
      ...(lastYear
        ? {
            baselines: project.indicators.map(
              (i) => lastYear.actualOf(project.unit, project.name, i.name) ?? null,
            ),
            baselineSource: lastYear.source,
          }
        : {}),
    }
  }

  /** Prepares and grades a project. */
  grade(project: Project, census: ProjectCensus): GradedProject {
    const prepared = this.prepare(project, census)
    return { ...gradePrepared(project, prepared, this.settings), rejected: prepared.rejected }
  }
}
