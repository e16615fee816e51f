/** The department overview: score and grade up front, key counts, then the four charts. */
import type { ResultsJson } from "@jixiao/scoring"
import { rollupMethodText } from "../../rollup-method.ts"
import { html, type SafeHtml } from "./escape.ts"
import { countStatuses } from "./model.ts"
import { completionChart, gradeChart, histogramChart, unitChart } from "./overview-charts.ts"
import { gradeClass, score, statusName } from "./present.ts"

const stat = (label: string, value: string | number, note?: string) =>
  html`<div class="stat"><div class="stat-value">${value}</div><div class="stat-label">${label}</div>${note ? html`<div class="stat-note">${note}</div>` : null}</div>`

const figure = (caption: string, chart: SafeHtml, wide = false) =>
  html`<figure class="${wide ? "card wide" : "card"}"><figcaption>${caption}</figcaption>${chart}</figure>`

export const overviewSection = (results: ResultsJson): SafeHtml => {
  const d = results.department
  const counts = countStatuses(results.projects.flatMap((p) => p.indicators))
  const indicators = Object.values(counts).reduce((a, b) => a + b, 0)
  const method = rollupMethodText(d, results.policy.rollup)
  const { decimals } = results.policy.rounding
  return html`<section id="overview" class="overview" aria-labelledby="overview-h">
<h2 id="overview-h">部门总览</h2>
<div class="summary">
  <div class="headline ${gradeClass(d.grade)}">
    <div class="headline-score"><span class="big">${score(d.score, decimals)}</span><span class="unit">分</span></div>
    <div class="headline-grade" aria-label="等级 ${d.grade}">${d.grade}</div>
    <div class="headline-note">${method}；项目最低 ${score(d.min, decimals)} 分，最高 ${score(d.max, decimals)} 分</div>
  </div>
  <div class="stats">
    ${stat("单位", results.units.length)}
    ${stat("项目", d.projects)}
    ${stat("指标", indicators)}
    ${stat(statusName("met"), counts.met)}
    ${stat(statusName("partially_met"), counts.partially_met)}
    ${stat(statusName("not_met"), counts.not_met, counts.not_met > 0 ? "见“问题清单”" : undefined)}
    ${stat(statusName("needs_review"), counts.needs_review, counts.needs_review > 0 ? "需人工判断，暂计 0 分" : undefined)}
    ${stat(statusName("not_evaluated"), counts.not_evaluated, counts.not_evaluated > 0 ? "缺实际完成值" : undefined)}
  </div>
</div>
<div class="charts">
  ${figure("等级分布（优 / 良 / 中 / 差）", gradeChart(results))}
  ${figure("项目总分分布", histogramChart(results))}
  ${figure("各单位得分与等级", unitChart(results), true)}
  ${figure("各类指标完成情况", completionChart(results), true)}
</div>
</section>`
}
