/**
 * The sections of the monitoring page before the projects' tables: the red list (first), the yellow list,
 * the lights at a glance with the projection (said to be one), the projects of each unit, and after the
 * tables the findings and the rows not used.
 */
import { LIGHTS, type Light } from "@jixiao/scoring"
import { stackedBarChart } from "../html/charts/stacked-bars.ts"
import { html, type SafeHtml } from "../html/escape.ts"
import { amount } from "../html/present.ts"
import { budgetId, indicatorId, lightBadge, projectId } from "./html-present.ts"
import { type LitItem, litList, projectLights } from "./red-list.ts"
import {
  lightWord,
  type MonitorJson,
  type MonitorProject,
  PROJECTION_LABEL,
  percentText,
  scoreText,
  toDateHeading,
} from "./words.ts"

const dash = "—"
const cellValue = (v: string | number | null) => (v === null ? dash : typeof v === "number" ? amount(v) : v)

const litRow = (item: LitItem) => {
  const target =
    item.indicator === null ? budgetId(item.projectIndex) : indicatorId(item.projectIndex, item.indicator.no)
  const no = item.indicator === null ? "" : `${item.indicator.no}. `
  return html`<tr><td>${item.project.unit || dash}</td><td><a href="#${projectId(item.projectIndex)}">${item.project.name}</a></td><td><a href="#${target}">${no}${item.name}</a></td><td>${cellValue(item.target)}</td><td>${cellValue(item.toDate)}</td><td class="num">${percentText(item.completion)}</td><td>${item.reason ?? (item.indicator === null ? dash : html`<span class="missing">未填写</span>`)}</td></tr>`
}

/** The list of one light's indicators and budgets, as a section. */
const litSection = (results: MonitorJson, light: Light, id: string, hint: string): SafeHtml => {
  const items = litList(results, light)
  const title = `${lightWord(light)}清单`
  return html`<section id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title} <span class="muted">${items.length} 项：${hint}</span></h2>
${
  items.length === 0
    ? html`<p class="empty">没有亮${lightWord(light)}的指标和项目</p>`
    : html`<table class="red-list">
<colgroup><col class="c-unit"><col class="c-project"><col class="c-name"><col class="c-target"><col class="c-to-date"><col class="c-rate"><col class="c-reason"></colgroup>
<thead><tr><th scope="col">单位</th><th scope="col">项目</th><th scope="col">指标</th><th scope="col">年度指标值 / 全年预算数</th><th scope="col">${toDateHeading(results.asOf)} / 执行数</th><th scope="col">完成率 / 执行进度</th><th scope="col">偏差原因</th></tr></thead>
<tbody>${items.map(litRow)}</tbody></table>`
}
</section>`
}

/** The red list: what the bureau acts on first. */
export const redSection = (results: MonitorJson): SafeHtml =>
  litSection(results, "red", "red", "明显落后于序时进度、已超上限、已逾期或定性评价为未达成")

/** The yellow list. */
export const yellowSection = (results: MonitorJson): SafeHtml =>
  litSection(results, "yellow", "yellow", "落后于序时进度或即将到期，需关注")

const stat = (light: Light, count: number, what: string) =>
  html`<div class="stat l-${light}"><div class="stat-value">${count}</div><div class="stat-label">${lightBadge(light)} ${what}</div></div>`

const lightKeys = LIGHTS.map((l) => ({ key: l, name: lightWord(l), className: `fill l-${l}` }))

/** The lights at a glance: counted for the department, drawn per unit, and the projection. */
export const overviewSection = (results: MonitorJson): SafeHtml => {
  const d = results.department.projected
  const chart = stackedBarChart({
    id: "chart-unit-lights",
    title: "各单位指标亮灯情况",
    desc: results.units
      .map((u) => `${u.name}：${LIGHTS.map((l) => `${lightWord(l)} ${u.lights[l]}`).join("，")}`)
      .join("；"),
    keys: lightKeys,
    rows: results.units.map((u) => ({ label: u.name || "（未命名单位）", indent: false, counts: u.lights })),
  })
  return html`<section id="overview" aria-labelledby="overview-h">
<h2 id="overview-h">亮灯总览</h2>
<div class="stats lights">${LIGHTS.map((l) => stat(l, results.lights[l], "指标"))}</div>
<p class="muted">预算执行进度（${results.projects.length} 个项目）：${LIGHTS.map((l) => `${lightWord(l)} ${results.budgetLights[l]}`).join("，")}</p>
<figure class="card"><figcaption>各单位指标亮灯情况</figcaption>${chart}</figure>
<div class="projection" role="note"><span class="big">全年预测 ${scoreText(d.score)} 分（${d.grade}）</span><span class="label">${PROJECTION_LABEL}</span>
<p>${results.projection}${results.withoutForecast > 0 ? `；${results.withoutForecast} 项指标尚无可推算的全年预计（未到期或未填报），预测中按 0 分计` : ""}${results.inputs.budget === null ? "；未提供预算执行表，预测中各项目的预算执行得分记 0 分" : ""}。</p></div>
<table class="units-lights">
<thead><tr><th scope="col">单位</th>${LIGHTS.map((l) => html`<th scope="col" class="num">${lightWord(l)}</th>`)}<th scope="col" class="num projected">预测得分</th><th scope="col" class="center projected">预测等级</th></tr></thead>
<tbody>${results.units.map(
    (u) =>
      html`<tr><td>${u.name || "（未命名单位）"}</td>${LIGHTS.map((l) => html`<td class="num">${u.lights[l]}</td>`)}<td class="num projected">${scoreText(u.projected?.score)}</td><td class="center projected">${u.projected?.grade ?? dash}</td></tr>`,
  )}
<tr class="strong"><td>全部门</td>${LIGHTS.map((l) => html`<td class="num">${results.lights[l]}</td>`)}<td class="num projected">${scoreText(d.score)}</td><td class="center projected">${d.grade}</td></tr></tbody>
</table>
<p class="muted">预测得分、预测等级：${PROJECTION_LABEL}。</p>
</section>`
}

const projectRow = (p: MonitorProject, n: number) => {
  const counts = projectLights(p)
  return html`<tr><td class="name"><a href="#${projectId(n)}">${p.name}</a></td>${LIGHTS.map((l) => html`<td class="num">${counts[l] > 0 ? html`<span class="light l-${l}">${counts[l]}</span>` : "0"}</td>`)}<td class="num">${percentText(p.budget?.progress)}</td><td class="center">${p.budget === null ? "未提供" : lightBadge(p.budget.light)}</td><td class="num projected">${scoreText(p.projected.total)}</td><td class="center projected">${p.projected.grade}</td></tr>`
}

/** Each unit's projects: their lights, their spending, their projection. */
export const unitsSection = (results: MonitorJson): SafeHtml =>
  html`<section id="units" aria-labelledby="units-h">
<h2 id="units-h">各单位项目</h2>
${results.units.map((u) => {
  const projects = results.projects.flatMap((p, n) => (p.unit === u.name ? [{ p, n }] : []))
  return html`<section class="unit" aria-label="${u.name}"><h3>${u.name || "（未命名单位）"} <span class="muted">${projects.length} 个项目</span></h3>
<table class="lit-projects">
<colgroup><col class="c-name">${LIGHTS.map(() => html`<col class="c-n">`)}<col class="c-rate"><col class="c-light"><col class="c-score"><col class="c-grade"></colgroup>
<thead><tr><th scope="col">项目名称</th>${LIGHTS.map((l) => html`<th scope="col" class="num">${lightWord(l)}</th>`)}<th scope="col" class="num">预算执行进度</th><th scope="col" class="center">预算预警</th><th scope="col" class="num projected">预测得分</th><th scope="col" class="center projected">预测等级</th></tr></thead>
<tbody>${projects.map(({ p, n }) => projectRow(p, n))}</tbody></table></section>`
})}
</section>`

/** Every finding of the run, at its indicator or budget row. */
export const findingsSection = (results: MonitorJson): SafeHtml => {
  const rows = results.projects.flatMap((p, n) => [
    ...(p.budget?.findings ?? []).map(
      (f) =>
        html`<tr><td>${p.unit || dash}</td><td>${p.name}</td><td><a href="#${budgetId(n)}">预算执行</a></td><td>${f.message}</td></tr>`,
    ),
    ...p.indicators.flatMap((i) =>
      [...new Set(i.findings.map((f) => f.message))].map(
        (message) =>
          html`<tr><td>${p.unit || dash}</td><td>${p.name}</td><td><a href="#${indicatorId(n, i.no)}">${i.no}. ${i.name}</a></td><td>${message}</td></tr>`,
      ),
    ),
  ])
  return html`<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">审核意见 <span class="muted">${rows.length} 条</span></h2>
${
  rows.length === 0
    ? html`<p class="empty">无</p>`
    : html`<table class="findings"><thead><tr><th scope="col">单位</th><th scope="col">项目</th><th scope="col">指标</th><th scope="col">说明</th></tr></thead><tbody>${rows}</tbody></table>`
}
${
  results.rejected.length === 0
    ? null
    : html`<section class="finding-group" aria-label="未采用的输入行"><h3>未采用的输入行 <span class="count">${results.rejected.length}</span></h3>
<ul>${results.rejected.map((r) => html`<li>${r.file} 第 ${r.row} 行：${r.message}</li>`)}</ul></section>`
}
</section>`
}
