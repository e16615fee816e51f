import type { ResultsFrame } from "@jixiao/report"
import type { ResultsJson } from "@jixiao/scoring"
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
