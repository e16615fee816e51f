/**
 * The indicator block of a 自评表: one row per indicator with 一级/二级 cells spanning their runs, as on
 * the paper form. Each row has a stable id so findings can link to it.
 */
import { html, type SafeHtml } from "./escape.ts"
import type { ReportIds } from "./ids.ts"
import { type IndicatorRow, levelName } from "./model.ts"
import { score, statusBadge, statusName } from "./present.ts"

/** For each row, how many rows its cell spans when it starts a run of equal keys, else 0. */
const runSpans = (keys: ReadonlyArray<string>): number[] => {
  const spans = keys.map(() => 0)
  let start = 0
  keys.forEach((key, i) => {
    if (i === 0 || key !== keys[i - 1]) start = i
    spans[start]! += 1
  })
  return spans
}

const notes = (indicator: IndicatorRow) =>
  indicator.findings
    .filter((f) => f.severity !== "info" && f.code !== "deviation_reason_missing")
    .map((f) => html`<div class="note"><span aria-hidden="true">⚠</span> ${f.message}</div>`)

/** The parts of a compound target, shown only when they explain a shortfall. */
const parts = (indicator: IndicatorRow) =>
  indicator.parts && indicator.status !== "met"
    ? html`<ul class="parts">${indicator.parts.map(
        (p) =>
          html`<li>${p.expects}：${p.received || "（无对应实际值）"} <span class="muted">${statusName(p.status)}</span></li>`,
      )}</ul>`
    : null

const reason = (indicator: IndicatorRow, decimals: number) => {
  const missing = indicator.findings.some((f) => f.code === "deviation_reason_missing")
  const text = indicator.deviationReason
    ? html`${indicator.deviationReason}`
    : missing
      ? html`<span class="missing">（失分但未填写）</span>`
      : null
  const deduction =
    indicator.deduction !== null
      ? html`<div class="note">复核扣分 ${score(indicator.deduction, decimals)}（计算得分 ${score(indicator.computed, decimals)}）：${indicator.deductionReason ?? "未写原因"}</div>`
      : null
  return html`${text}${deduction}`
}

const indicatorRow = (
  indicator: IndicatorRow,
  ids: ReportIds,
  decimals: number,
  level1Span: number,
  level2Span: number,
) =>
  html`<tr id="${ids.indicator(indicator)}" class="ind r-${indicator.status}">
${level1Span > 0 ? html`<th scope="rowgroup" rowspan="${level1Span}" class="level">${levelName(indicator.level1)}</th>` : null}
${level2Span > 0 ? html`<td rowspan="${level2Span}" class="level">${levelName(indicator.level2)}</td>` : null}
<td class="ind-name">${indicator.name}</td>
<td>${indicator.target ?? html`<span class="missing">（未填写）</span>`}</td>
<td>${indicator.actual ?? html`<span class="missing">（未填写）</span>`}${parts(indicator)}${notes(indicator)}</td>
<td class="num weight">${score(indicator.weight, decimals)}</td>
<td class="num score">${score(indicator.score, decimals)}</td>
<td class="center">${statusBadge(indicator.status)}</td>
<td class="reason">${reason(indicator, decimals)}</td>
</tr>`

/** All indicator rows of a project, in table order; scores with the policy's `decimals`. */
export const indicatorRows = (
  indicators: ReadonlyArray<IndicatorRow>,
  ids: ReportIds,
  decimals: number,
): SafeHtml => {
  const level1 = runSpans(indicators.map((i) => i.level1))
  const level2 = runSpans(indicators.map((i) => `${i.level1}\u0000${i.level2}`))
  return html`${indicators.map((indicator, i) => indicatorRow(indicator, ids, decimals, level1[i]!, level2[i]!))}`
}
