import type { Status } from "@jixiao/scoring"
import type { IndicatorJson } from "./model.ts"

/**
 * Finding messages, each once (a compound target may raise the same finding for two parts). The
 * messages are the scoring catalogue's wording (`formatScoreFinding`), written into results.json.
 */
export const findingsText = (indicator: IndicatorJson): string =>
  [...new Set(indicator.findings.map((f) => f.message))].join("；")

/** Outcomes that are not a grade: the score stands for now and a person has to settle it. */
const UNSETTLED: ReadonlySet<Status> = new Set(["needs_review", "not_evaluated"])

/** Whether an indicator's score awaits a person (待人工判断) or its actual (未评价). */
export const isUnsettled = (indicator: IndicatorJson): boolean => UNSETTLED.has(indicator.status)

/**
 * Why an unsettled indicator scores what it does, from its findings:
 * `待人工判断，暂计 0.00 分：单位不一致：目标为“场”，实际为“家”，无法直接比较`.
 */
const unsettledText = (indicator: IndicatorJson, decimals: number): string => {
  const score = indicator.score === null ? "" : `，暂计 ${indicator.score.toFixed(decimals)} 分`
  const why = findingsText(indicator)
  return `${indicator.statusName}${score}${why ? `：${why}` : ""}`
}

/**
 * 偏差原因分析及改进措施: why an unsettled indicator is not graded, the unit's own reason, and a
 * reviewer's deduction with its reason (the table has no column for it), one per line.
 */
export const deviationText = (indicator: IndicatorJson, decimals: number): string | null => {
  const deduction =
    indicator.deduction !== null && indicator.deduction > 0
      ? `复核扣分 ${indicator.deduction} 分${indicator.deductionReason ? `：${indicator.deductionReason}` : ""}`
      : null
  const unsettled = isUnsettled(indicator) ? unsettledText(indicator, decimals) : null
  return [unsettled, indicator.deviationReason, deduction].filter((t) => t).join("\n") || null
}
