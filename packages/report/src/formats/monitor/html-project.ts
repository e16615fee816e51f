/**
 * One project's monitoring table on the page: the budget block (全年预算数, 1-N月执行数, 执行进度, 序时进度,
 * 预警), then the indicators under their 一级 · 二级 headings with 年度指标值 | 1-N月完成值 | 完成率 |
 * 序时进度 | 预警 | 全年预计完成值 | 完成目标可能性 | 偏差原因 | 纠偏措施, and the projection, said to be one.
 */
import { html, type SafeHtml } from "../html/escape.ts"
import { amount } from "../html/present.ts"
import { budgetId, indicatorId, lightBadge, projectId } from "./html-present.ts"
import {
  comparedWith,
  executedHeading,
  forecastOf,
  likelihoodOf,
  type MonitorIndicator,
  type MonitorJson,
  type MonitorProject,
  PROJECTION_LABEL,
  percentText,
  reasonOf,
  scoreText,
  toDateHeading,
} from "./words.ts"

const dash = "—"

const budgetBlock = (results: MonitorJson, p: MonitorProject, n: number) => {
  const b = p.budget
  const notes = b === null ? "未提供预算执行表" : [...new Set(b.findings.map((f) => f.message))].join("；")
  return html`<table class="form budget-table">
<colgroup><col style="width:17%"><col style="width:17%"><col style="width:12%"><col style="width:12%"><col style="width:12%"><col></colgroup>
<thead><tr><th scope="col">全年预算数</th><th scope="col">${executedHeading(results.asOf)}</th><th scope="col">执行进度</th><th scope="col">序时进度</th><th scope="col">预警</th><th scope="col">说明</th></tr></thead>
<tbody><tr id="${budgetId(n)}">${
    b === null
      ? html`<td class="missing">未提供</td><td class="missing">未提供</td><td class="num">${dash}</td>`
      : html`<td class="num">${amount(b.planned)}</td><td class="num">${amount(b.executed)}</td><td class="num">${percentText(b.progress)}</td>`
  }<td class="num">${percentText(results.timeProgress)}</td><td class="center">${b === null ? dash : lightBadge(b.light)}</td><td class="budget-note">${notes || dash}</td></tr></tbody>
</table>`
}

const indicatorRow = (results: MonitorJson, i: MonitorIndicator, n: number) => {
  const compared = comparedWith(i)
  const notes = [...new Set(i.findings.map((f) => f.message))]
  return html`<tr id="${indicatorId(n, i.no)}" class="mi l-${i.light}">
<td class="num">${i.no}</td>
<td>${i.name}${notes.length > 0 ? html`<div class="findings-note">${notes.join("；")}</div>` : null}</td>
<td>${i.target ?? i.expects}</td>
<td>${i.toDate ?? html`<span class="missing">未填写</span>`}</td>
<td class="num">${percentText(i.completion)}</td>
<td class="${compared === null ? "num" : "muted"}">${compared ?? percentText(results.timeProgress)}</td>
<td class="light-cell">${lightBadge(i.light)}</td>
<td>${forecastOf(i) ?? dash}</td>
<td>${likelihoodOf(i) ?? dash}</td>
<td>${reasonOf(i) ?? dash}</td>
<td>${i.correction ?? dash}</td>
</tr>`
}

/** 一级 · 二级 heading rows above each run of indicators sharing them. */
const indicatorRows = (results: MonitorJson, p: MonitorProject, n: number) => {
  const rows: SafeHtml[] = []
  let group = ""
  for (const i of p.indicators) {
    const key = `${i.level1} · ${i.level2}`
    if (key !== group) {
      group = key
      rows.push(html`<tr class="level"><td colspan="11">${key}</td></tr>`)
    }
    rows.push(indicatorRow(results, i, n))
  }
  return rows
}

/** The section of the n-th project. */
export const projectSection = (results: MonitorJson, p: MonitorProject, n: number): SafeHtml =>
  html`<section class="project" id="${projectId(n)}" aria-labelledby="${projectId(n)}-h">
<div class="project-head"><h3 id="${projectId(n)}-h">${n + 1}. ${p.name}</h3>
<p>实施单位：${p.unit || dash}　·　全年预测 <strong>${scoreText(p.projected.total)}</strong> 分（${p.projected.grade}）<span class="muted">，${PROJECTION_LABEL}</span></p></div>
${budgetBlock(results, p, n)}
<table class="form monitor-table">
<colgroup><col class="c-no"><col class="c-name"><col class="c-target"><col class="c-to-date"><col class="c-rate"><col class="c-time"><col class="c-light"><col class="c-forecast"><col class="c-likely"><col class="c-reason"><col class="c-fix"></colgroup>
<thead><tr><th scope="col">序号</th><th scope="col">三级指标</th><th scope="col">年度指标值</th><th scope="col">${toDateHeading(results.asOf)}</th><th scope="col">完成率</th><th scope="col">序时进度</th><th scope="col">预警</th><th scope="col">全年预计完成值</th><th scope="col">完成目标可能性</th><th scope="col">偏差原因</th><th scope="col">纠偏措施</th></tr></thead>
<tbody>${indicatorRows(results, p, n)}</tbody>
</table>
</section>`
