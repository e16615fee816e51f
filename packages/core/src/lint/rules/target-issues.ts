/**
 * The compiler's own issues, raised to findings: unparsed text is an error (it cannot be graded); a
 * reversed range is an error; a missing unit or currency, a rate measured in days and a vague text are
 * warnings with codes of their own; other compile issues of warning level pass through as `target_issue`.
 * Informational issues (an inferred direction) stay on the compiled target, not in the review. A compound
 * target raises its parts' issues one by one; `sayOnce` folds the repeats.
 */
import type { TargetIssue, TargetIssueCode } from "../../model/issue.ts"
import type { CompiledTarget } from "../../model/target.ts"
import type { IndicatorRule, RawFinding } from "../rule.ts"
import type { FindingCode } from "../types.ts"

/**
 * Compile issues with a finding code of their own; the rest become `target_issue` (a target taken from
 * the name is the reader's mark on the indicator: rule `targetFromName` raises it, once, at the name).
 */
const findingCodes: Partial<Record<TargetIssueCode, FindingCode>> = {
  unparsed_target: "unparsed_target",
  empty_target: "unparsed_target",
  unit_missing: "unit_missing",
  vague_target: "vague_target",
  rate_target_duration: "rate_target_duration",
  cost_currency_missing: "cost_currency_missing",
  range_reversed: "range_reversed",
}

/** A direction the name decided: its template (`(≥**%)`) or a lower-is-better word (`调整率`). */
const fromName = (issue: TargetIssue) =>
  issue.data?.reason === "name" || (issue.data?.reason === "reverse" && issue.data.word !== undefined)

const issuesOf = (target: CompiledTarget) =>
  target.kind === "compound" ? target.parts.flatMap((p) => p.issues) : target.issues

/** A cell over the length limit is named by its first characters: the message must stay one line. */
const shown = (issue: TargetIssue, text: string) =>
  issue.code === "target_too_long" ? `${text.slice(0, 20)}…` : text

const findingOf = (
  issue: TargetIssue,
  field: "annual" | "period",
  cell: { text: string },
): Omit<RawFinding, "field" | "at"> | null => {
  const code = findingCodes[issue.code] ?? "target_issue"
  // The compile code is data only where the finding code does not say it already.
  const named = code === "target_issue" || code === "unparsed_target"
  return {
    code,
    severity: code === "unparsed_target" && field === "annual" ? "error" : issue.severity,
    data: { ...issue.data, ...(named ? { issue: issue.code } : {}), text: shown(issue, cell.text) },
  }
}

export const targetIssues: IndicatorRule = ({ indicator, annual, period }) => {
  const found: RawFinding[] = []
  for (const [field, target] of [
    ["annual", annual],
    ["period", period],
  ] as const) {
    const cell = indicator[field]
    if (target === null || cell === null) continue
    for (const issue of issuesOf(target)) {
      // An upper bound read from the name (`预算调整率` 5% → ≤ 5%) changes the grade: a reviewer sees it.
      if (issue.code === "direction_inferred" && fromName(issue)) {
        const data = { op: String(issue.data!.op), word: String(issue.data!.word ?? ""), text: cell.text }
        found.push({ code: "direction_from_name", severity: "info", field, at: cell.at, data })
        continue
      }
      if (issue.severity === "info") continue
      const finding = findingOf(issue, field, cell)
      if (finding !== null) found.push({ ...finding, field, at: cell.at })
    }
  }
  if (indicator.annual === null && indicator.period === null) {
    found.push({ code: "missing_target", severity: "error", field: "annual", at: indicator.at })
  } else if (indicator.annual === null) {
    found.push({ code: "missing_target", severity: "warning", field: "annual", at: indicator.at })
  }
  return found
}
