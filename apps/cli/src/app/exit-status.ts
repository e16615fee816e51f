import type { ResultsFrame } from "@jixiao/report"
import type { MonitorResultsJson, ResultsJson } from "@jixiao/scoring"
import { cliText } from "../present/messages-zh-CN.ts"
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
  if (rejected > 0) return cliText.rowsRejected(rejected)
  if (failOn === "rejected") return null
  let count = 0
  for (const p of projects())
    count += countAtOrAbove([...p.findings, ...p.indicators.flatMap((i) => i.findings)], failOn)
  return count > 0 ? cliText.findingsAtLevel(count, failOn, "assess") : null
}

/**
 * Why a finished monitoring run deserves attention under `failOn`, or null: its rejected rows (sheet and
 * budget), then its findings (form rules, lights' notes, budget findings) at the severity.
 */
export const monitorAttentionReason = (results: MonitorResultsJson, failOn: FailOn): string | null => {
  if (failOn === "never") return null
  if (results.rejected.length > 0) return cliText.rowsRejected(results.rejected.length)
  if (failOn === "rejected") return null
  let count = 0
  for (const p of results.projects)
    count += countAtOrAbove(
      [...(p.budget?.findings ?? []), ...p.indicators.flatMap((i) => i.findings)],
      failOn,
    )
  return count > 0 ? cliText.findingsAtLevel(count, failOn, "monitor") : null
}
