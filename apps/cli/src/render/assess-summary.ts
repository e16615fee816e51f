import type { ResultsJson } from "@jixiao/scoring"
import type { Style } from "./style.ts"

const gradeLine = (grades: Readonly<Record<string, number>>) =>
  (["优", "良", "中", "差"] as const).map((g) => `${g} ${grades[g] ?? 0}`).join("、")

const score = (value: number | null, decimals: number) => (value === null ? "—" : value.toFixed(decimals))

/** Indicators by status. */
export type StatusCounts = Readonly<
  Record<ResultsJson["projects"][number]["indicators"][number]["status"], number>
>

/** Indicators by status, counted in a whole results.json. */
export const statusCounts = (results: Pick<ResultsJson, "projects">): StatusCounts => {
  const counts = { met: 0, partially_met: 0, not_met: 0, needs_review: 0, not_evaluated: 0 }
  for (const p of results.projects) for (const i of p.indicators) counts[i.status]++
  return counts
}

/**
 * The Chinese summary `jixiao assess` prints: department, units, what was not met, the row accounting.
 * A streamed run has no projects at hand and passes its counts.
 */
export const renderAssessSummary = (
  results: Omit<ResultsJson, "projects">,
  footer: string,
  style: Style,
  counts: StatusCounts = statusCounts(results as ResultsJson),
): string => {
  const decimals = results.policy.rounding.decimals
  const d = results.department
  const lines = [
    style.bold(`${d.name || "部门"}　综合得分 ${score(d.score, decimals)}（${d.grade}）`),
    `  ${d.projects} 个项目：${gradeLine(d.grades)}；最低 ${score(d.min, decimals)}，最高 ${score(d.max, decimals)}`,
    "",
    ...results.units.map(
      (u) =>
        `  ${u.name}　${score(u.score, decimals)}（${u.grade}）　${u.projects} 个项目：${gradeLine(u.grades)}`,
    ),
    "",
  ]
  const count = (s: keyof StatusCounts) => counts[s]
  const total = Object.values(counts).reduce((a, b) => a + b, 0)
  lines.push(
    `指标 ${total} 项：达成 ${count("met")}，部分达成 ${count("partially_met")}，` +
      `${style.red(`未达成 ${count("not_met")}`)}，${style.yellow(`待人工判断 ${count("needs_review")}`)}，未评价 ${count("not_evaluated")}`,
  )
  const r = results.rows
  lines.push(
    `输入 ${r.in} 行：已评分 ${r.graded}，未采用 ${r.rejected}${r.rejected > 0 ? "（原因见 results.json 的 rejected）" : ""}`,
  )
  if (results.budgetRows.in > 0) {
    lines.push(
      `预算执行 ${results.budgetRows.in} 行：已采用 ${results.budgetRows.used}，未采用 ${results.budgetRows.rejected}`,
    )
  }
  lines.push(`评分规则：${results.policy.name}（${results.policy.description}）`)
  lines.push(style.dim(footer))
  return lines.join("\n")
}
