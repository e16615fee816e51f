/**
 * The findings section: what a reviewer must look at, grouped by kind, each linking to the indicator
 * row (or budget row) of its 自评表.
 */
import type { ResultsJson } from "@jixiao/scoring"
import { budgetGapText } from "../../budget-gap.ts"
import { html, type SafeHtml } from "./escape.ts"
import { filterData } from "./filter-data.ts"
import type { ReportIds } from "./ids.ts"
import { type Problem, type ProblemKind, problemsOf } from "./model.ts"

const kinds: ReadonlyArray<{ readonly kind: ProblemKind; readonly title: string; readonly hint: string }> = [
  { kind: "not_met", title: "未达成", hint: "实际完成值未达到年度指标值" },
  { kind: "needs_review", title: "待人工判断", hint: "无法自动评分，暂计 0 分，需评价人员判断" },
  { kind: "not_evaluated", title: "未评价", hint: "缺少实际完成值" },
  { kind: "over_achievement", title: "超额较多", hint: "实际远超目标，请说明目标设定是否偏低" },
  { kind: "reason_missing", title: "缺偏差原因", hint: "失分的指标应填写偏差原因分析及改进措施" },
  { kind: "budget_low", title: "预算执行率偏低", hint: "低于要求的执行率需说明原因" },
]

const problemRow = (problem: Problem, ids: ReportIds) => {
  const target = problem.indicator ? ids.indicator(problem.indicator) : ids.budget(problem.project)
  const what = problem.indicator ? problem.indicator.name : "预算执行"
  return html`<tr${filterData(problem.project)}><td>${problem.project.unit}</td><td>${problem.project.name}</td><td><a href="#${target}">${what}</a></td><td>${problem.message}</td></tr>`
}

const group = (title: string, hint: string, problems: ReadonlyArray<Problem>, ids: ReportIds) =>
  html`<section class="finding-group" aria-label="${title}"><h3>${title} <span class="count">${problems.length}</span> <span class="muted">${hint}</span></h3>
${
  problems.length === 0
    ? html`<p class="muted">无</p>`
    : html`<table class="findings"><thead><tr><th scope="col">单位</th><th scope="col">项目</th><th scope="col">指标</th><th scope="col">说明</th></tr></thead>
<tbody>${problems.map((p) => problemRow(p, ids))}<tr class="empty" hidden><td colspan="4">没有符合筛选条件的项目</td></tr></tbody></table>`
}</section>`

/** Projects whose budget block was not scored from a usable row: the cost is the block's points. */
const budgetGaps = (results: ResultsJson, ids: ReportIds) => {
  const gaps = results.projects.flatMap((p) =>
    p.budgetState === undefined || p.budgetState === "scored" ? [] : [{ project: p, state: p.budgetState }],
  )
  if (gaps.length === 0) return null
  const cost =
    results.policy.missingBudget === "rescale"
      ? "已按指标得分折算为百分制"
      : `预算执行 ${results.policy.weights.budget} 分记 0 分`
  return html`<section class="finding-group" aria-label="缺少预算执行数据"><h3>缺少预算执行数据 <span class="count">${gaps.length}</span> <span class="muted">${cost}</span></h3>
<table class="findings"><thead><tr><th scope="col">单位</th><th scope="col">项目</th><th scope="col">说明</th></tr></thead>
<tbody>${gaps.map(({ project, state }) => html`<tr${filterData(project)}><td>${project.unit}</td><td><a href="#${ids.budget(project)}">${project.name}</a></td><td>${budgetGapText[state]}</td></tr>`)}</tbody></table></section>`
}

const rejectedList = (results: ResultsJson) =>
  results.rejected.length === 0
    ? null
    : html`<section class="finding-group" aria-label="未采用的输入行"><h3>未采用的输入行 <span class="count">${results.rejected.length}</span></h3>
<ul>${results.rejected.map((r) => html`<li>${r.file} 第 ${r.row} 行：${r.message}</li>`)}</ul></section>`

export const findingsSection = (results: ResultsJson, ids: ReportIds): SafeHtml => {
  const problems = results.projects.flatMap(problemsOf)
  return html`<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">问题清单</h2>
${kinds.map((k) =>
  group(
    k.title,
    k.hint,
    problems.filter((p) => p.kind === k.kind),
    ids,
  ),
)}
${budgetGaps(results, ids)}
${rejectedList(results)}
</section>`
}
