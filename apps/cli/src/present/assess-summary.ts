import { budgetGapText, rollupMethodText } from "@jixiao/report"
import { countStatuses, type ResultsJson } from "@jixiao/scoring"
import type { Style } from "./style.ts"
import { terminalText as t } from "./terminal-text.ts"

const gradeLine = (grades: Readonly<Record<string, number>>) =>
  (["优", "良", "中", "差"] as const).map((g) => `${g} ${grades[g] ?? 0}`).join("、")

const score = (value: number | null, decimals: number) => (value === null ? "—" : value.toFixed(decimals))

type RejectedRow = Omit<ResultsJson, "projects">["rejected"][number] & { readonly column?: number }

/** Rejected input rows, in file and row order: the first 20, then how many more (all are in results.json). */
const rejectedLines = (rejected: ReadonlyArray<RejectedRow>): string[] => {
  if (rejected.length === 0) return []
  const sorted = [...rejected].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row))
  const lines = sorted.slice(0, shown).map((x) => {
    const where = `${t(x.file)} 第 ${x.row} 行${x.column === undefined ? "" : ` 第 ${x.column} 列`}${x.sheet ? `（工作表 ${t(x.sheet)}）` : ""}`
    const text =
      typeof x.data?.text === "string" && x.data.text !== "" && !x.message.includes(x.data.text)
        ? `：“${t(x.data.text)}”`
        : ""
    return `  ${where}：${t(x.message)}${text}`
  })
  if (sorted.length > shown) lines.push(`  ……另有 ${sorted.length - shown} 行，见 results.json 的 rejected`)
  return ["未采用的输入行：", ...lines]
}

/** How many listed lines the terminal shows before it gives a count. */
const shown = 20

/**
 * The budget block's accounting: rows used and rejected, and every project whose block was not scored from
 * its row, named (the first 20, then a count). A run without any budget data says so first, and what it cost.
 */
const budgetLines = (results: Omit<ResultsJson, "projects">, style: Style): string[] => {
  const lines: string[] = []
  const gaps = results.budgetMissing
  const weight = results.policy.weights.budget
  const rescale = results.policy.missingBudget === "rescale"
  if (gaps.length > 0 && gaps.every((g) => g.state === "not_given")) {
    lines.push(
      style.yellow(
        rescale
          ? `未提供预算执行数据（--budget）：${gaps.length} 个项目没有预算执行得分，已按指标得分折算为百分制（评分规则 missingBudget: rescale）`
          : `未提供预算执行数据（--budget）：${gaps.length} 个项目的预算执行 ${weight} 分均记 0 分。` +
              '请用 --budget 提供预算执行表，或在评分规则中设 "missingBudget": "rescale" 按指标得分折算',
      ),
    )
    return lines
  }
  if (results.budgetRows.in > 0) {
    lines.push(
      `预算执行 ${results.budgetRows.in} 行：已采用 ${results.budgetRows.used}，未采用 ${results.budgetRows.rejected}`,
    )
  }
  if (gaps.length > 0) {
    const cost = rescale ? "已按指标得分折算为百分制" : `预算执行 ${weight} 分记 0 分`
    lines.push(style.yellow(`${gaps.length} 个项目没有可用的预算执行数据（${cost}）：`))
    for (const g of gaps.slice(0, shown))
      lines.push(`  ${g.unit ? `${t(g.unit)}　` : ""}${t(g.project)}：${budgetGapText[g.state]}`)
    if (gaps.length > shown)
      lines.push(`  ……另有 ${gaps.length - shown} 个，见 results.json 的 budgetMissing`)
  }
  return lines
}

/** Indicators by status. */
export type StatusCounts = Readonly<
  Record<ResultsJson["projects"][number]["indicators"][number]["status"], number>
>

/** Indicators by status, counted in a whole results.json. */
export const statusCounts = (results: Pick<ResultsJson, "projects">): StatusCounts =>
  countStatuses(results.projects.flatMap((p) => p.indicators))

/**
 * The Chinese summary `jixiao assess` prints (every name from the input shown through terminalText): department, units, what was not met, the row accounting.
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
    style.bold(`${t(d.name) || "部门"}　综合得分 ${score(d.score, decimals)}（${d.grade}）`) +
      style.dim(`　${rollupMethodText(d, results.policy.rollup)}`),
    `  ${d.projects} 个项目：${gradeLine(d.grades)}；最低 ${score(d.min, decimals)}，最高 ${score(d.max, decimals)}`,
    "",
    ...results.units.map(
      (u) =>
        `  ${t(u.name)}　${score(u.score, decimals)}（${u.grade}）　${u.projects} 个项目：${gradeLine(u.grades)}`,
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
  lines.push(`输入 ${r.in} 行：已评分 ${r.graded}，未采用 ${r.rejected}`)
  lines.push(...rejectedLines(results.rejected))
  lines.push(...budgetLines(results, style))
  lines.push(`评分规则：${t(results.policy.name)}（${t(results.policy.description)}）`)
  lines.push(style.dim(t(footer)))
  return lines.join("\n")
}
