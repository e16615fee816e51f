/** The parts of results.json the HTML report reads, and the facts it derives from them once. */
import type { ResultsJson } from "@jixiao/scoring"

export type Project = ResultsJson["projects"][number]
export type IndicatorRow = Project["indicators"][number]
export type UnitRollup = ResultsJson["units"][number]
export type Status = IndicatorRow["status"]

/** Counts of indicators by status, in the order the report lists them. */
export { countStatuses, STATUSES as statusOrder } from "@jixiao/scoring"

/** A problem the findings section lists and the "only with problems" filter keys on. */
export type ProblemKind =
  | "not_met"
  | "needs_review"
  | "not_evaluated"
  | "over_achievement"
  | "reason_missing"
  | "budget_low"

export interface Problem {
  readonly kind: ProblemKind
  readonly project: Project
  /** null for a project-level problem (the budget block). */
  readonly indicator: IndicatorRow | null
  readonly message: string
}

const hasFinding = (indicator: IndicatorRow, code: string) => indicator.findings.find((f) => f.code === code)

/** Every problem of a project, in table order. */
export const problemsOf = (project: Project): ReadonlyArray<Problem> => {
  const problems: Problem[] = project.findings
    .filter((f) => f.code === "budget_rate_low")
    .map((f) => ({ kind: "budget_low", project, indicator: null, message: f.message }))
  for (const indicator of project.indicators) {
    const note = (kind: ProblemKind, message: string) => problems.push({ kind, project, indicator, message })
    const firstWarning = indicator.findings.find((f) => f.severity !== "info")?.message
    if (indicator.status === "not_met")
      note("not_met", firstWarning ?? `目标 ${indicator.expects}；实际 ${indicator.received || "—"}`)
    if (indicator.status === "needs_review") note("needs_review", firstWarning ?? "需人工判断")
    if (indicator.status === "not_evaluated") note("not_evaluated", firstWarning ?? "未评价")
    const over = hasFinding(indicator, "over_achievement")
    if (over) note("over_achievement", over.message)
    const missing = hasFinding(indicator, "deviation_reason_missing")
    if (missing) note("reason_missing", missing.message)
  }
  return problems
}

/** The display name of a level (`1-产出指标` → `产出指标`): the numeric code is for sorting, not reading. */
export const levelName = (raw: string): string => raw.replace(/^\s*\d+\s*[-－.、]\s*/, "")
