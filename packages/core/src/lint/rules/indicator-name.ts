/**
 * A target that only repeats the indicator's name (`提升广州通信枢纽影响力` → `广州通信枢纽影响力`), and a
 * name that carries its own target (`总体验收合格率90%`).
 */
import type { IndicatorRule, RawFinding } from "../rule.ts"

const strip = (text: string) => text.replace(/[\s()（）%％、，,;；:：。]/gu, "")

export const indicatorName: IndicatorRule = ({ indicator }) => {
  const found: RawFinding[] = []
  const name = strip(indicator.name)
  for (const field of ["annual", "period"] as const) {
    const cell = indicator[field]
    if (cell === null) continue
    const target = strip(cell.text)
    if (target.length >= 4 && name.includes(target) && !/\d/.test(target)) {
      found.push({
        code: "target_repeats_indicator_name",
        severity: "warning",
        field,
        at: cell.at,
        data: { text: cell.text },
      })
    }
  }
  const annual = indicator.annual === null ? "" : strip(indicator.annual.text)
  if (/\d/.test(annual) && name.length > annual.length && name.endsWith(annual)) {
    found.push({
      code: "target_in_indicator_name",
      severity: "info",
      field: "name",
      at: indicator.at,
      data: { text: indicator.annual!.text },
    })
  } else if (/\d+(?:\.\d+)?(?:%|％)$/.test(indicator.name.trim())) {
    found.push({
      code: "target_in_indicator_name",
      severity: "info",
      field: "name",
      at: indicator.at,
      data: { text: indicator.name },
    })
  }
  return found
}
