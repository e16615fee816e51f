/**
 * The compiler's own issues, raised to findings: unparsed text is an error (it cannot be graded); a
 * missing unit and a vague text are warnings; other compile issues of warning level pass through.
 * Informational issues (an inferred direction) stay on the compiled target, not in the review.
 */
import type { CompiledTarget } from "../../model/target.ts"
import type { IndicatorRule, RawFinding } from "../rule.ts"

const issuesOf = (target: CompiledTarget) =>
  target.kind === "compound" ? target.parts.flatMap((p) => p.issues) : target.issues

export const targetIssues: IndicatorRule = ({ indicator, annual, period }) => {
  const found: RawFinding[] = []
  for (const [field, target] of [
    ["annual", annual],
    ["period", period],
  ] as const) {
    const cell = indicator[field]
    if (target === null || cell === null) continue
    for (const issue of issuesOf(target)) {
      if (issue.severity === "info") continue
      const code =
        issue.code === "unparsed_target" || issue.code === "empty_target"
          ? "unparsed_target"
          : issue.code === "unit_missing"
            ? "unit_missing"
            : issue.code === "vague_target"
              ? "vague_target"
              : "target_issue"
      const severity = code === "unparsed_target" && field === "annual" ? "error" : issue.severity
      found.push({
        code,
        severity,
        field,
        at: cell.at,
        data: { ...issue.data, issue: issue.code, text: cell.text },
      })
    }
  }
  if (indicator.annual === null && indicator.period === null) {
    found.push({ code: "missing_target", severity: "error", field: "annual", at: indicator.at })
  } else if (indicator.annual === null) {
    found.push({ code: "missing_target", severity: "warning", field: "annual", at: indicator.at })
  }
  return found
}
