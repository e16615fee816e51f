/** A section per unit: its roll-up and a table of its projects, each linking to its 自评表. */
import type { ResultsJson } from "@jixiao/scoring"
import { html, type SafeHtml } from "./escape.ts"
import { filterData } from "./filter-data.ts"
import type { ReportIds } from "./ids.ts"
import { countStatuses, type Project, type UnitRollup } from "./model.ts"
import { amount, gradeBadge, grades, percent, score } from "./present.ts"

const count = (n: number, className: string) =>
  n > 0 ? html`<span class="${className}">${n}</span>` : html`0`

const projectRow = (project: Project, ids: ReportIds, decimals: number) => {
  const counts = countStatuses(project.indicators)
  return html`<tr${filterData(project)}>
<td class="name"><a href="#${ids.project(project)}">${project.name}</a></td>
<td class="num">${amount(project.budget?.planned)}</td>
<td class="num">${percent(project.budget?.rate, decimals)}</td>
<td class="num strong">${score(project.total, decimals)}</td>
<td class="center">${gradeBadge(project.grade)}</td>
<td class="num">${count(counts.not_met, "bad")}</td>
<td class="num">${count(counts.needs_review + counts.not_evaluated, "warn")}</td>
</tr>`
}

const unitSection = (
  unit: UnitRollup,
  projects: ReadonlyArray<Project>,
  ids: ReportIds,
  decimals: number,
) => {
  const spread = grades.map((g) => `${g} ${(unit.grades as Record<string, number>)[g] ?? 0}`).join(" · ")
  const amountUnit = projects.find((p) => p.budget?.amountUnit)?.budget?.amountUnit ?? "万元"
  return html`<section class="unit" id="${ids.unit(unit.name)}" aria-labelledby="${ids.unit(unit.name)}-h">
<h3 id="${ids.unit(unit.name)}-h">${unit.name}</h3>
<p class="unit-summary"><span class="score">${score(unit.score, decimals)} 分</span> ${gradeBadge(unit.grade)}
<span class="muted">${unit.projects} 个项目（${spread}）；最低 ${score(unit.min, decimals)}，最高 ${score(unit.max, decimals)}</span></p>
<table class="projects">
<thead><tr><th scope="col">项目名称</th><th scope="col" class="num">全年预算数（${amountUnit}）</th><th scope="col" class="num">预算执行率</th><th scope="col" class="num">总分</th><th scope="col" class="center">等级</th><th scope="col" class="num">未达成</th><th scope="col" class="num">待判断 / 未评价</th></tr></thead>
<tbody>${projects.map((p) => projectRow(p, ids, decimals))}
<tr class="empty" hidden><td colspan="7">没有符合筛选条件的项目</td></tr></tbody>
</table>
</section>`
}

export const unitsSection = (results: ResultsJson, ids: ReportIds): SafeHtml =>
  html`<section id="units" aria-labelledby="units-h">
<h2 id="units-h">各单位项目</h2>
${results.units.map((u) =>
  unitSection(
    u,
    results.projects.filter((p) => p.unit === u.name),
    ids,
    results.policy.rounding.decimals,
  ),
)}
</section>`
