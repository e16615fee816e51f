/**
 * A qualitative annual target on an output (产出) indicator, where a measurable one is expected. For
 * 时效 indicators a deadline would be measurable, so the finding is only a hint there.
 */
import type { IndicatorRule } from "../rule.ts"

export const qualitativeOutput: IndicatorRule = ({ indicator, annual }) => {
  if (annual?.kind !== "qualitative" || indicator.annual === null) return []
  if (!indicator.level1.name.includes("产出")) return []
  const timeliness = indicator.level2.name.includes("时效")
  return [
    {
      code: "qualitative_output_target",
      severity: timeliness ? "info" : "warning",
      field: "annual",
      at: indicator.annual.at,
      data: { level2: indicator.level2.name, text: indicator.annual.text },
    },
  ]
}
