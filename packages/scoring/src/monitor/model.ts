/** The result of a monitoring run: lights per indicator and per budget block, forecasts, and a projection. */
import type { Indicator, Likelihood, ReasonCategory, SourceRef } from "@jixiao/core"
import type { IndicatorResult, ProjectResult, Rejection, Rollup } from "../model.ts"
import type { Exact } from "../numbers.ts"
import type { Policy } from "../policy/policy.ts"
import type { MonitorFinding } from "./findings.ts"
import type { Forecast } from "./forecast.ts"
import type { Light } from "./lights.ts"
import type { TimeProgress } from "./time-progress.ts"
import type { Treatment } from "./treatment.ts"

/** One indicator on the as-of date. */
export interface IndicatorMonitor {
  readonly indicator: Indicator
  readonly expects: string
  readonly treatment: Treatment | null
  readonly toDate: string | null
  readonly light: Light
  /** Value to date ÷ annual target, exactly; null where no such ratio means anything. */
  readonly completion: Exact | null
  readonly likelihood: Likelihood | null
  readonly reasonCategory: ReasonCategory | null
  readonly reasonText: string | null
  readonly correction: string | null
  /** The year-end estimate, and how the year-end policy would grade it (a projection, not a result). */
  readonly forecast: (Forecast & { readonly graded: IndicatorResult }) | null
  readonly findings: ReadonlyArray<MonitorFinding>
  /** The monitoring sheet's row, when one answered the indicator. */
  readonly row: SourceRef | null
}

/** 预算执行进度 of a project: executed ÷ 全年预算数 against 序时进度. */
export interface BudgetMonitor {
  readonly planned: Exact | null
  readonly executed: Exact | null
  readonly progress: Exact | null
  readonly light: Light
  readonly findings: ReadonlyArray<MonitorFinding>
}

/** One project on the as-of date, with its projected year-end score and grade. */
export interface ProjectMonitor {
  readonly unit: string
  readonly name: string
  readonly budget: BudgetMonitor | null
  readonly indicators: ReadonlyArray<IndicatorMonitor>
  /** The year-end policy applied to the forecasts: a projection. */
  readonly projected: ProjectResult
  readonly at: SourceRef
}

/** Lights counted. */
export type LightCounts = Readonly<Record<Light, number>>

/** The whole monitoring run. */
export interface Monitoring {
  readonly mode: "monitor"
  readonly progress: TimeProgress
  readonly policy: Policy
  readonly projects: ReadonlyArray<ProjectMonitor>
  /** Indicator lights by unit, in table order. */
  readonly units: ReadonlyArray<{ readonly name: string; readonly lights: LightCounts }>
  readonly lights: LightCounts
  readonly budgetLights: LightCounts
  /** The projected roll-ups (units and department) of the forecasts. */
  readonly projectedUnits: ReadonlyArray<Rollup>
  readonly projectedDepartment: Rollup
  readonly rejected: ReadonlyArray<Rejection>
}
