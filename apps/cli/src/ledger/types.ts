/**
 * The run ledger's records: what a year-end or monitoring run read, decided and wrote, so that it is
 * repeatable and on record. Written by `jixiao run` (and `assess --ledger`, `monitor --ledger`), read by
 * `jixiao runs list | show | diff`.
 */

/** What a run was: a year-end assessment (年终评价) or a mid-year monitoring run (运行监控). */
export type RunKind = "year_end" | "monitor"

/** A file a run read or wrote, by path and content digest (sha256, hex). */
export interface FileDigest {
  readonly path: string
  readonly sha256: string
}

/** One indicator's outcome in a run: enough to diff runs, also across fiscal years (by names). */
export interface IndicatorRecord {
  readonly unit: string
  readonly project: string
  readonly no: number
  readonly name: string
  readonly level1: string
  readonly level2: string
  readonly target: string | null
  readonly actual: string | null
  readonly weight: number | null
  readonly score: number | null
  readonly status: string
}

/**
 * One indicator of a monitoring run. `actual` is the value to date (当前完成值); `status` is how the
 * year-end policy grades the forecast (`not_evaluated` without one), and `score` is null: a projection is
 * never an outcome, so it is kept apart as `projectedScore`.
 */
export interface MonitorIndicatorRecord extends IndicatorRecord {
  /** `green` | `yellow` | `red` | `not_due` | `needs_review`. */
  readonly light: string
  /** Value to date ÷ annual target, in percentage points as results.json rounds it; null where none. */
  readonly completion: number | null
  /** The year-end forecast (全年预计完成值, or the linear projection), as results.json writes it. */
  readonly forecast: string | null
  /** The forecast's score under the year-end policy, rounded as the policy rounds. */
  readonly projectedScore: number | null
}

/** One project's outcome in a run. For a monitoring run, the projected total and grade. */
export interface ProjectRecord {
  readonly unit: string
  readonly name: string
  readonly total: number | null
  readonly grade: string
}

/** One project of a monitoring run: its projection, and its budget's light and 执行进度 (percentage points). */
export interface MonitorProjectRecord extends ProjectRecord {
  /** null without a budget row. */
  readonly budgetLight: string | null
  readonly budgetProgress: number | null
}

/** A run as recorded. `id` is derived from the content of its inputs, policy and engine version. */
export interface RunRecord {
  readonly id: string
  /** Every run recorded before monitoring runs were is a year-end run. */
  readonly kind: RunKind
  /** A monitoring run's as-of date (`YYYY-MM-DD`); null for a year-end run. */
  readonly asOf: string | null
  /** When it was recorded (ISO 8601, from the Clock service). */
  readonly recordedAt: string
  readonly department: string
  readonly year: number | null
  readonly basis: "annual" | "period"
  readonly policy: string
  readonly engineVersion: string
  readonly inputs: ReadonlyArray<FileDigest & { readonly role: "targets" | "actuals" | "budget" | "policy" }>
  readonly outputs: ReadonlyArray<FileDigest>
  readonly summary: {
    readonly score: number | null
    readonly grade: string
    /**
     * The policy's decimals, at which every score of the run was rounded and is shown. Absent from runs
     * recorded before it was kept: readers take the preset's, or 2.
     */
    readonly decimals?: number
    readonly projects: number
    readonly grades: Readonly<Record<string, number>>
    readonly rows: { readonly in: number; readonly graded: number; readonly rejected: number }
    readonly statuses: Readonly<Record<string, number>>
    /** A monitoring run's: 序时进度 in percentage points, and the indicator and budget lights counted. */
    readonly timeProgress?: number
    readonly lights?: Readonly<Record<string, number>>
    readonly budgetLights?: Readonly<Record<string, number>>
  }
}

/** A department's (or project's) standing in a run: its score and grade. */
export interface Standing {
  readonly score: number | null
  readonly grade: string
}

/** What changed between two year-end runs. */
export interface RunDiff {
  readonly kind: "year_end"
  readonly from: string
  readonly to: string
  /** True when the runs are of different fiscal years: indicators were matched by unit + project + name. */
  readonly acrossYears: boolean
  /** The department's score and grade in both runs, and whether either changed. */
  readonly department: {
    readonly before: Standing
    readonly after: Standing
    readonly changed: boolean
  }
  readonly indicators: ReadonlyArray<{
    readonly unit: string
    readonly project: string
    readonly name: string
    readonly no: number
    readonly before: { readonly status: string; readonly score: number | null } | null
    readonly after: { readonly status: string; readonly score: number | null } | null
  }>
  /** Projects whose total or grade changed, appeared or disappeared. */
  readonly projects: ReadonlyArray<{
    readonly unit: string
    readonly name: string
    readonly before: { readonly grade: string; readonly total: number | null } | null
    readonly after: { readonly grade: string; readonly total: number | null } | null
  }>
}

/** An indicator's standing in a monitoring run, as a diff of lights shows it. */
export interface LightStanding {
  readonly light: string
  readonly completion: number | null
  readonly toDate: string | null
}

/** What changed between two monitoring runs: the lights, indicator by indicator and budget by budget. */
export interface LightsDiff {
  readonly kind: "lights"
  readonly from: string
  readonly to: string
  readonly asOf: { readonly before: string | null; readonly after: string | null }
  /** True when the runs are of different fiscal years: indicators were matched by unit + project + name. */
  readonly acrossYears: boolean
  /** The department's projected score and grade in both runs. */
  readonly department: { readonly before: Standing; readonly after: Standing; readonly changed: boolean }
  /** Indicators whose light changed, appeared or disappeared. */
  readonly indicators: ReadonlyArray<{
    readonly unit: string
    readonly project: string
    readonly name: string
    readonly no: number
    readonly before: LightStanding | null
    readonly after: LightStanding | null
  }>
  /** Projects whose budget light changed, appeared or disappeared. */
  readonly budgets: ReadonlyArray<{
    readonly unit: string
    readonly project: string
    readonly before: { readonly light: string | null; readonly progress: number | null } | null
    readonly after: { readonly light: string | null; readonly progress: number | null } | null
  }>
  /** Projects whose projected total or grade changed, appeared or disappeared. */
  readonly projects: RunDiff["projects"]
}

/**
 * A monitoring run's forecast against a year-end run's outcome: every indicator and project of either
 * run, paired (a side absent from one run is null), and the department's projected against actual standing.
 */
export interface ForecastDiff {
  readonly kind: "forecast_outcome"
  /** The monitoring run's id, and its as-of date. */
  readonly monitor: string
  readonly asOf: string | null
  /** The year-end run's id. */
  readonly yearEnd: string
  readonly acrossYears: boolean
  readonly department: { readonly projected: Standing; readonly actual: Standing }
  readonly indicators: ReadonlyArray<{
    readonly unit: string
    readonly project: string
    readonly name: string
    readonly no: number
    /** 预测完成值, 预测得分 and the status the forecast was graded at, with the light of the as-of date. */
    readonly forecast: {
      readonly value: string | null
      readonly score: number | null
      readonly status: string
      readonly light: string
    } | null
    /** 实际完成值, 实际得分 and status at year end. */
    readonly outcome: {
      readonly value: string | null
      readonly score: number | null
      readonly status: string
    } | null
  }>
  /** Every project: its projected against its actual total and grade. */
  readonly projects: ReadonlyArray<{
    readonly unit: string
    readonly name: string
    readonly projected: { readonly total: number | null; readonly grade: string } | null
    readonly actual: { readonly total: number | null; readonly grade: string } | null
  }>
}

/** What `runs diff` finds between two runs, by their kinds. */
export type AnyRunDiff = RunDiff | LightsDiff | ForecastDiff
