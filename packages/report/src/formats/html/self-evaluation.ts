/**
 * One project's 项目支出绩效自评表 (domain §4): header, budget block, goal, indicators, 总分 and 等级.
 * Two tables on one grid: the indicator table has its own `<thead>`, which a browser repeats on every
 * printed page the table runs over. The bold 总分 spans the 分值 and 得分 columns: one score column is
 * too narrow for `100.00` in bold, which ran into 等级.
 */
import type { ResultsJson } from "@jixiao/scoring"
import { type Basis, targetHeading } from "../../target-heading.ts"
import { html, type SafeHtml } from "./escape.ts"
import { filterData } from "./filter-data.ts"
import type { ReportIds } from "./ids.ts"
import { indicatorRows } from "./indicator-rows.ts"
import { countStatuses, type Project, statusOrder } from "./model.ts"
import { amount, gradeBadge, percent, score, statusName } from "./present.ts"

const budgetRows = (project: Project, ids: ReportIds, decimals: number) => {
  const b = project.budget
  const values = b
    ? html`<td class="num">${amount(b.initial)}</td><td class="num">${amount(b.planned)}</td><td class="num">${amount(b.executed)}</td><td class="num">${score(b.weight, decimals)}</td><td class="num">${percent(b.rate, decimals)}</td><td class="num score">${score(b.score, decimals)}</td>`
    : html`<td colspan="6" class="missing">未提供预算执行数据</td>`
  const notes = project.findings
    .filter((f) => f.severity !== "info")
    .map(
      (f) =>
        html`<tr class="note-row"><td colspan="7"><span aria-hidden="true">⚠</span> ${f.message}</td></tr>`,
    )
  return html`<tr><th scope="col">项目资金（${b?.amountUnit ?? "万元"}）</th><th scope="col">年初预算数</th><th scope="col">全年预算数</th><th scope="col">全年执行数</th><th scope="col">分值</th><th scope="col">执行率</th><th scope="col">得分</th></tr>
<tr id="${ids.budget(project)}" class="budget"><th scope="row">年度资金总额</th>${values}</tr>${notes}`
}

/**
 * The form's 实际完成情况: the unit's own sentence when its actuals sheet gave one, else what the indicators
 * add up to, in words, saying that it was generated.
 */
const achieved = (project: Project, decimals: number) => {
  if (project.goalActual) return project.goalActual
  const counts = countStatuses(project.indicators)
  const parts = statusOrder.filter((s) => counts[s] > 0).map((s) => `${statusName(s)} ${counts[s]}`)
  const rate = project.budget?.rate
  return `绩效指标 ${project.indicators.length} 项：${parts.join("，")}。${rate === null || rate === undefined ? "" : `预算执行率 ${percent(rate, decimals)}。`}（据各指标评价汇总）`
}

const headTable = (results: ResultsJson, project: Project, ids: ReportIds) => {
  const { decimals } = results.policy.rounding
  return html`<table class="form form-head">
<caption>项目支出绩效自评表<span class="year">（${results.year} 年度）</span></caption>
<colgroup><col class="c-label"><col span="6"></colgroup>
<tbody>
<tr><th scope="row">项目名称</th><td colspan="6" class="strong">${project.name}</td></tr>
<tr><th scope="row">主管部门</th><td colspan="2">${results.department.name}</td><th scope="row">实施单位</th><td colspan="3">${project.unit}</td></tr>
${budgetRows(project, ids, decimals)}
<tr><th scope="row" rowspan="2">年度总体目标</th><th scope="col" colspan="3">预期目标</th><th scope="col" colspan="3">实际完成情况</th></tr>
<tr><td colspan="3" class="goal">${project.goal || "（未填写）"}</td><td colspan="3" class="goal">${achieved(project, decimals)}</td></tr>
</tbody></table>`
}

const indicatorTable = (project: Project, ids: ReportIds, decimals: number, basis: Basis) =>
  html`<table class="form form-indicators">
<colgroup><col class="c-l1"><col class="c-l2"><col class="c-name"><col class="c-target"><col class="c-actual"><col class="c-w"><col class="c-w"><col class="c-status"><col class="c-reason"></colgroup>
<thead><tr><th scope="col">一级指标</th><th scope="col">二级指标</th><th scope="col">三级指标</th><th scope="col">${targetHeading(basis)}</th><th scope="col">实际完成值</th><th scope="col">分值</th><th scope="col">得分</th><th scope="col">完成情况</th><th scope="col">偏差原因分析及改进措施</th></tr></thead>
<tbody>${indicatorRows(project.indicators, ids, decimals)}</tbody>
<tbody class="totals"><tr><th scope="row" colspan="5">总分</th><td colspan="2" class="num total">${score(project.total, decimals)}</td><td colspan="2" class="grade-cell">等级 ${gradeBadge(project.grade)}</td></tr></tbody>
</table>`

/** The section of one project: a heading for the screen, then the form. */
export const projectSection = (results: ResultsJson, project: Project, ids: ReportIds): SafeHtml =>
  html`<section class="project" id="${ids.project(project)}"${filterData(project)} aria-labelledby="${ids.project(project)}-h">
<header class="project-head"><h3 id="${ids.project(project)}-h">${project.name}</h3>
<p><a href="#${ids.unit(project.unit)}">${project.unit}</a> · 总分 <strong>${score(project.total, results.policy.rounding.decimals)}</strong> ${gradeBadge(project.grade)}</p></header>
${headTable(results, project, ids)}
${indicatorTable(project, ids, results.policy.rounding.decimals, results.basis)}
</section>`

export const projectsSection = (results: ResultsJson, ids: ReportIds): SafeHtml =>
  html`<section id="projects" aria-labelledby="projects-h"><h2 id="projects-h">项目支出绩效自评表</h2>
${results.projects.map((p) => projectSection(results, p, ids))}
<p class="empty" hidden>没有符合筛选条件的项目</p></section>`
