/**
 * A mid-year monitoring run (绩效运行监控, domain §5) over tables in memory: each indicator matched to its
 * row of the monitoring sheet and lit against 序时进度, each budget block likewise, the form rules checked,
 * and the forecasts graded by the year-end engine ({@link assess}) into a projected score and grade.
 * Pure: the caller reads files and hands over tables.
 */
import {
  type ActualRow,
  type ActualsTable,
  type BudgetTable,
  type Cell,
  type CompiledTarget,
  compileTarget,
  type Indicator,
  type MonitorRow,
  type MonitorTable,
  type Project,
  plain,
  type TargetTable,
} from "@jixiao/core"
import { assess } from "../engine/assess.ts"
import { scoreBudget } from "../grade/budget.ts"
import { ActualIndex, actualEntry, readerRejection } from "../match/actual-index.ts"
import { BudgetIndex } from "../match/budget-index.ts"
import { ProjectCensus } from "../match/census.ts"
import type { Rejection } from "../model.ts"
import type { Policy } from "../policy/policy.ts"
import { budgetMonitor, projectedBudget } from "./budget-progress.ts"
import type { MonitorFinding } from "./findings.ts"
import { forecastOf } from "./forecast.ts"
import type { Noted } from "./judge.ts"
import { judgeIndicator } from "./judge-target.ts"
import { countLights } from "./light-count.ts"
import type { IndicatorMonitor, Monitoring, ProjectMonitor } from "./model.ts"
import { formFindings } from "./rules.ts"
import { type TimeProgress, type TimeProgressError, timeProgress } from "./time-progress.ts"
import { treatmentOf } from "./treatment.ts"

export interface MonitorInput {
  readonly table: TargetTable
  readonly sheet: MonitorTable
  readonly budget?: BudgetTable | undefined
  readonly policy: Policy
  /** `YYYY-MM-DD`, in the fiscal year. */
  readonly asOf: string
  /** The fiscal year; the as-of date's year when not given. */
  readonly year?: number | undefined
}

/** A monitoring sheet's row as an actuals row carrying the value to date, for the one matcher. */
const asActualRow = (row: MonitorRow, actual: Cell | null): ActualRow => ({
  unit: row.unit,
  project: row.project,
  no: row.no,
  indicator: row.indicator,
  actual,
  tier: null,
  deduction: null,
  deductionReason: null,
  deviationReason: row.reasonText,
  baseline: null,
  at: row.at,
})

const rowKey = (at: { readonly sheet?: string | undefined; readonly row?: number | undefined }) =>
  `${at.sheet ?? ""}\u0000${at.row ?? 0}`

const targetOf = (indicator: Indicator, year: number): CompiledTarget | null => {
  const cell = indicator.annual ?? indicator.period
  if (cell === null) return null
  const { level1, level2, name } = indicator
  return compileTarget(cell.text, { level1: level1.raw, level2: level2.raw, name, year })
}

const place = (noted: ReadonlyArray<Noted>, at: MonitorFinding["at"]): MonitorFinding[] =>
  noted.map((n) => ({ ...n, at }))

/**
 * Whether a running total may be projected linearly: a lower bound or a range on a total. A per-item bound
 * (`每个站点≥3台桩`, `每家20万元`) holds for each item, and a cap (`≤`) already reached is no trend.
 */
const projectable = (target: CompiledTarget): boolean =>
  target.kind === "range" || (target.kind === "quantity" && target.op !== "<=" && target.op !== "<")

/** A quantity or range target as an actual value (`≥ 95%` → `95%`; a range its lower bound), else null. */
const targetValue = (target: CompiledTarget): string | null =>
  target.kind === "quantity" || target.kind === "per_item"
    ? `${plain(target.value)}${target.unit ?? ""}`
    : target.kind === "range"
      ? `${plain(target.min)}${target.unit ?? ""}`
      : null

interface Lit {
  readonly indicator: Omit<IndicatorMonitor, "forecast">
  readonly forecast: ReturnType<typeof forecastOf>
}

const monitorIndicator = (
  indicator: Indicator,
  row: MonitorRow | undefined,
  progress: TimeProgress,
  policy: Policy,
): Lit => {
  const target = targetOf(indicator, progress.year)
  const toDate = row?.toDate?.text ?? null
  const at = row?.toDate?.at ?? row?.at ?? indicator.at
  const base = {
    indicator,
    expects: target?.expects ?? "",
    toDate,
    likelihood: row?.likelihood ?? null,
    reasonCategory: row?.reasonCategory ?? null,
    reasonText: row?.reasonText?.text ?? null,
    correction: row?.correction?.text ?? null,
    row: row?.at ?? null,
  }
  if (target === null) {
    const findings = place([{ code: "target_missing", severity: "warning" }], indicator.at)
    return {
      indicator: { ...base, treatment: null, light: "needs_review", completion: null, findings },
      forecast: null,
    }
  }
  const treatment = treatmentOf(indicator, target, row?.kind ?? null)
  const judged = judgeIndicator({
    target,
    treatment,
    toDate,
    progress,
    policy: policy.monitor,
    name: indicator.name,
    override: row?.kind ?? null,
  })
  const hasReason = row?.reasonCategory != null || row?.reasonText != null
  const form = formFindings({
    light: judged.light,
    likelihood: base.likelihood,
    hasReason,
    policy: policy.monitor,
  })
  const unit =
    target.kind === "quantity" || target.kind === "per_item" || target.kind === "range" ? target.unit : null
  const forecast = forecastOf({
    unitForecast: row?.forecast?.text ?? null,
    toDate,
    cumulative: treatment.kind === "cumulative" && projectable(target),
    value: judged.value,
    unit,
    share: progress.share,
    certainTarget: row?.likelihood === "certain" ? targetValue(target) : null,
  })
  return {
    indicator: {
      ...base,
      treatment,
      light: judged.light,
      completion: judged.completion,
      findings: [...place(judged.noted, at), ...place(form, row?.at ?? indicator.at)],
    },
    forecast,
  }
}

/**
 * Monitors a table on an as-of date. Fails (as a value) when the date is no calendar date or lies outside
 * the fiscal year.
 *
 * @example
 * const run = await monitor({ table, sheet, budget, policy: presets.national, asOf: "2024-07-31" })
 * if (run.ok) run.value.progress.share // → 213/366
 */
export const monitor = async (
  input: MonitorInput,
): Promise<
  { readonly ok: true; readonly value: Monitoring } | ({ readonly ok: false } & TimeProgressError)
> => {
  const time = timeProgress(input.asOf, input.year)
  if (!time.ok) return time
  const progress = time.value
  const { policy, table, sheet } = input
  const projects: ReadonlyArray<Project> = table.units.flatMap((u) => u.projects)
  const census = ProjectCensus.of(projects)
  const index = new ActualIndex()
  const byRow = new Map<string, MonitorRow>()
  for (const row of sheet.rows) {
    byRow.set(rowKey(row.at), row)
    index.add(actualEntry(asActualRow(row, row.toDate)))
  }
  const budgets = new BudgetIndex()
  for (const row of input.budget?.rows ?? []) budgets.add(row)
  for (const r of input.budget?.rejected ?? []) budgets.addRejected(r)
  const rejected: Rejection[] = sheet.rejected.map(readerRejection)
  const lit: Array<{ project: Project; indicators: Lit[]; budget: ProjectMonitor["budget"] }> = []
  const forecastRows: ActualRow[] = []
  for (const project of projects) {
    const taken = index.take(project, census)
    rejected.push(...taken.rejected)
    const indicators = project.indicators.map((indicator) => {
      const entry = taken.byIndicator.get(indicator)
      const row = entry === undefined ? undefined : byRow.get(rowKey(entry))
      const one = monitorIndicator(indicator, row, progress, policy)
      if (one.forecast !== null) {
        const cell = { text: one.forecast.text, at: row?.forecast?.at ?? row?.at ?? indicator.at }
        forecastRows.push({
          ...asActualRow(
            { ...(row ?? emptyRow(project, indicator)), unit: project.unit, project: project.name },
            cell,
          ),
          no: indicator.no,
          indicator: indicator.name,
        })
      }
      return one
    })
    const budget =
      input.budget === undefined
        ? null
        : budgetMonitor(
            scoreBudget(budgets.rowOf(project), input.budget.amountUnit, policy),
            progress,
            policy.monitor,
            project.at,
          )
    lit.push({ project, indicators, budget })
  }
  rejected.push(...index.leftovers(census), ...budgets.rejected())
  const forecasts: ActualsTable = { file: sheet.file, format: sheet.format, rows: forecastRows, rejected: [] }
  const projection = await assess({
    table,
    actuals: forecasts,
    budget: input.budget === undefined ? undefined : projectedBudget(input.budget, progress),
    policy,
    year: progress.year,
  })
  const results: ProjectMonitor[] = lit.map(({ project, indicators, budget }, i) => {
    const projected = projection.projects[i]!
    return {
      unit: project.unit,
      name: project.name,
      budget,
      at: project.at,
      projected,
      indicators: indicators.map((one, k) => ({
        ...one.indicator,
        forecast: one.forecast === null ? null : { ...one.forecast, graded: projected.indicators[k]! },
      })),
    }
  })
  const unitNames = [...new Set(projects.map((p) => p.unit))]
  return {
    ok: true,
    value: {
      mode: "monitor",
      progress,
      policy,
      projects: results,
      units: unitNames.map((name) => ({
        name,
        lights: countLights(results.filter((p) => p.unit === name).flatMap((p) => p.indicators)),
      })),
      lights: countLights(results.flatMap((p) => p.indicators)),
      budgetLights: countLights(results.flatMap((p) => (p.budget === null ? [] : [p.budget]))),
      projectedUnits: projection.units,
      projectedDepartment: projection.department,
      rejected,
    },
  }
}

const emptyRow = (project: Project, indicator: Indicator): MonitorRow => ({
  unit: project.unit,
  project: project.name,
  no: indicator.no,
  indicator: indicator.name,
  toDate: null,
  forecast: null,
  likelihood: null,
  reasonCategory: null,
  reasonText: null,
  correction: null,
  kind: null,
  at: indicator.at,
})
