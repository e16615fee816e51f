import type { ResultsJson } from "@jixiao/scoring"
import { targetHeading } from "../../target-heading.ts"

/** One project of results.json. */
export type ProjectJson = ResultsJson["projects"][number]

/** One indicator of a project in results.json. */
export type IndicatorJson = ProjectJson["indicators"][number]

/** What every report of one run shares. */
export interface ReportContext {
  readonly year: number | null
  readonly department: string
  readonly decimals: number
  /** 年度指标值 or 实施周期指标值: which target was graded. */
  readonly targetLabel: string
}

/** The context of a run's reports. */
export const contextOf = (results: ResultsJson): ReportContext => ({
  year: results.year,
  department: results.department.name,
  decimals: results.policy.rounding.decimals,
  targetLabel: targetHeading(results.basis),
})

/** `2024年度` or, without a year, `年度`. */
export const yearText = (year: number | null): string => (year === null ? "年度" : `${year}年度`)
