import type { ResultsFrame } from "@jixiao/report"
import type { MonitorResultsJson, ResultsJson } from "@jixiao/scoring"
import { countAtOrAbove } from "./fail-on.ts"

/** When a finished run exits 2 (documented): rejected rows, findings at a severity, or never. */
export type FailOn = "never" | "rejected" | "warning" | "error"

/**
 * Why a finished run deserves attention, or null when it does not under `failOn`. The projects are read
 * one at a time, and only when findings decide.
 */
export const attentionReason = (
  frame: ResultsFrame,
  projects: () => Iterable<ResultsJson["projects"][number]>,
  failOn: FailOn,
): string | null => {
  if (failOn === "never") return null
  const rejected = frame.rows.rejected + frame.budgetRows.rejected
  if (rejected > 0) return `有 ${rejected} 行输入未采用`
  if (failOn === "rejected") return null
  let count = 0
  for (const p of projects())
    count += countAtOrAbove([...p.findings, ...p.indicators.flatMap((i) => i.findings)], failOn)
  return count > 0 ? `有 ${count} 条${failOn === "error" ? "错误" : "警告及以上"}级别的评分提示` : null
}

/**
 * Why a finished monitoring run deserves attention under `failOn`, or null: its rejected rows (sheet and
 * budget), then its findings (form rules, lights' notes, budget findings) at the severity.
 */
export const monitorAttentionReason = (results: MonitorResultsJson, failOn: FailOn): string | null => {
  if (failOn === "never") return null
  if (results.rejected.length > 0) return `有 ${results.rejected.length} 行输入未采用`
  if (failOn === "rejected") return null
  let count = 0
  for (const p of results.projects)
    count += countAtOrAbove(
      [...(p.budget?.findings ?? []), ...p.indicators.flatMap((i) => i.findings)],
      failOn,
    )
  return count > 0 ? `有 ${count} 条${failOn === "error" ? "错误" : "警告及以上"}级别的监控提示` : null
}
