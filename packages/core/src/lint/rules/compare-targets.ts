/**
 * Annual and period targets that disagree in unit or kind (`≥10家` vs `≥10场`; `85` vs `>90%`), and a
 * period target that is a bare count while the annual one names the items.
 */
import type { CompiledTarget } from "../../model/target.ts"
import type { IndicatorRule } from "../rule.ts"

const unitOf = (target: CompiledTarget): string | null =>
  target.kind === "quantity" || target.kind === "per_item" ? target.unit : null

const shape = (target: CompiledTarget): string =>
  target.kind === "quantity" || target.kind === "per_item"
    ? `${target.kind}:${target.unit ?? "-"}`
    : target.kind

export const compareTargets: IndicatorRule = ({ indicator, annual, period }) => {
  if (annual === null || period === null || indicator.annual === null || indicator.period === null) return []
  if (annual.kind === "unparsed" || period.kind === "unparsed") return []
  const bareCount = period.kind === "quantity" && period.unit === null && period.label === null
  if (bareCount && annual.kind === "compound") {
    return [
      {
        code: "period_bare_count",
        severity: "warning",
        field: "period",
        at: indicator.period.at,
        data: { period: period.text, annual: annual.text },
      },
    ]
  }
  const sameKind = annual.kind === period.kind
  const bothQualitative = annual.kind === "qualitative" && period.kind === "qualitative"
  if (bothQualitative || (sameKind && unitOf(annual) === unitOf(period))) return []
  return [
    {
      code: "targets_disagree",
      severity: "warning",
      field: "annual",
      at: indicator.annual.at,
      data: {
        annual: annual.text,
        period: period.text,
        annualShape: shape(annual),
        periodShape: shape(period),
      },
    },
  ]
}
