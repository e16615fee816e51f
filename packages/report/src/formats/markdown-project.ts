/** One project's 项目支出绩效自评表 (domain §4) as Markdown: header, budget block, goal, indicators, total. */
import type { ResultsJson } from "@jixiao/scoring"
import { markdownCell as cell, markdownTable, markdownText } from "../markdown-text.ts"
import { indicatorHeadings } from "../target-heading.ts"

type Project = ResultsJson["projects"][number]
type Indicator = Project["indicators"][number]

/** How scores are shown: the engine already rounded them; only zeros are padded here. */
export const fixed = (value: number | null, decimals: number): string =>
  value === null ? "—" : value.toFixed(decimals)

/** An amount as given, with thousands separators (`52000` → `52,000`). */
export const amount = (value: number | null): string => {
  if (value === null) return "—"
  const [whole = "", fraction] = String(value).split(".")
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

const budgetBlock = (project: Project, decimals: number): string => {
  const b = project.budget
  if (b === null) return "未提供该项目的预算执行数据。"
  const title = `**预算执行情况**${b.amountUnit ? `（${cell(b.amountUnit)}）` : ""}`
  const rate = b.rate === null ? "—" : `${fixed(b.rate, decimals)}%`
  const row = ["年度资金总额", amount(b.initial), amount(b.planned), amount(b.executed)]
  const table = markdownTable(
    ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [[...row, fixed(b.weight, decimals), rate, fixed(b.score, decimals)]],
    ["left", "right", "right", "right", "right", "right", "right"],
  )
  return `${title}\n\n${table}`
}

/** The score, with the status beside it when the indicator was not simply met. */
const scoreCell = (indicator: Indicator, decimals: number): string =>
  indicator.status === "met"
    ? fixed(indicator.score, decimals)
    : `${fixed(indicator.score, decimals)}（${indicator.statusName}）`

/** The deviation reason, and a reviewer's deduction with its reason, which the form has no column for. */
const reasonCell = (indicator: Indicator, decimals: number): string => {
  const deduction =
    indicator.deduction === null || indicator.deduction === 0
      ? null
      : `复核扣 ${fixed(indicator.deduction, decimals)} 分${indicator.deductionReason ? `：${indicator.deductionReason}` : ""}`
  return [indicator.deviationReason, deduction]
    .filter((x) => x !== null)
    .map(cell)
    .join("；")
}

const indicatorRows = (project: Project, decimals: number): string[][] =>
  project.indicators.map((indicator, i) => {
    const previous = project.indicators[i - 1]
    // The printed form merges repeated level cells; here a repeat is left blank, so each group reads once.
    const sameLevel1 = previous?.level1 === indicator.level1
    const sameLevel2 = sameLevel1 && previous?.level2 === indicator.level2
    return [
      sameLevel1 ? "" : cell(indicator.level1),
      sameLevel2 ? "" : cell(indicator.level2),
      cell(indicator.name),
      cell(indicator.target ?? "—"),
      cell(indicator.actual ?? "—"),
      fixed(indicator.weight, decimals),
      scoreCell(indicator, decimals),
      reasonCell(indicator, decimals),
    ]
  })

/** The self-evaluation table of one project; `targetLabel` says which target was graded (年度 or 实施周期). */
export const projectMarkdown = (
  project: Project,
  index: number,
  context: { readonly department: string; readonly decimals: number; readonly targetLabel: string },
): string => {
  const { decimals } = context
  const header = markdownTable(
    ["项目名称", "主管部门", "实施单位"],
    [[cell(project.name), cell(context.department || "—"), cell(project.unit || "—")]],
  )
  const goal = markdownTable(
    ["年度总体目标：预期目标", "实际完成情况"],
    [[cell(project.goal || "—"), project.goalActual ? cell(project.goalActual) : "见绩效指标的实际完成值"]],
  )
  const total = [
    "**总分**",
    "",
    "",
    "",
    "",
    "",
    `**${fixed(project.total, decimals)}**`,
    `等级：**${project.grade}**`,
  ]
  const indicators = markdownTable(
    indicatorHeadings(context.targetLabel),
    [...indicatorRows(project, decimals), total],
    ["left", "left", "left", "left", "left", "right", "right", "left"],
  )
  return [
    `### ${index + 1}. ${markdownText(project.name)}`,
    header,
    budgetBlock(project, decimals),
    goal,
    "**绩效指标**",
    indicators,
  ].join("\n\n")
}
