/**
 * The sentences of a project's report, each a plain statement of what results.json holds:
 * `项目全年预算数52,000.00万元，全年执行数52,000.00万元，预算执行率100.00%。` Nothing here judges or
 * explains; where a judgment belongs, the report leaves a 【待单位填写】 paragraph instead.
 */
import { amount, exactSum, fixed } from "./figures.ts"
import type { IndicatorJson, ProjectJson, ReportContext } from "./model.ts"

/** The indicator groups in the order of the outline, with their names. */
export const GROUPS = [
  { group: "output", name: "产出" },
  { group: "benefit", name: "效益" },
  { group: "satisfaction", name: "满意度" },
] as const

/** 项目概况: who carries the project out, under whom. */
export const overviewSentence = (project: ProjectJson, context: ReportContext): string =>
  `${project.name}由${project.unit || "（未列明单位）"}实施${context.department ? `，主管部门为${context.department}` : ""}。`

/** 资金投入和使用情况: the budget figures, or that there were none. */
export const budgetSentences = (project: ProjectJson, context: ReportContext): ReadonlyArray<string> => {
  const b = project.budget
  if (b === null) {
    const why = [
      ...new Set(project.findings.filter((f) => f.code.startsWith("budget_")).map((f) => f.message)),
    ]
    return ["评价时未提供该项目的预算执行数据。", ...why.map((w) => `${w}。`.replace(/。。$/, "。"))]
  }
  const unit = b.amountUnit ?? "元"
  const figures = [
    b.initial === null ? null : `年初预算数${amount(b.initial)}${unit}`,
    b.planned === null ? null : `全年预算数${amount(b.planned)}${unit}`,
    b.executed === null ? null : `全年执行数${amount(b.executed)}${unit}`,
    b.rate === null ? null : `预算执行率${fixed(b.rate, context.decimals)}%`,
  ].filter((x) => x !== null)
  return [`项目${figures.join("，")}。`]
}

/** 绩效目标: the year's goal as the table states it, and how many indicators of each group it sets. */
export const goalSentences = (project: ProjectJson): ReadonlyArray<string> => {
  const counts = GROUPS.map((g) => ({
    ...g,
    n: project.indicators.filter((i) => i.group === g.group).length,
  })).filter((g) => g.n > 0)
  return [
    project.goal
      ? `项目年度总体目标：${project.goal.replace(/[。；;，,\s]+$/u, "")}。`
      : "目标表未列明项目年度总体目标。",
    `项目共设置三级绩效指标${project.indicators.length}项${
      counts.length > 0 ? `，其中${counts.map((g) => `${g.name}指标${g.n}项`).join("、")}` : ""
    }。`,
  ]
}

/** 自评得分: the total and the grade. */
export const totalSentence = (project: ProjectJson, context: ReportContext): string =>
  project.total === null
    ? "项目未得出自评总分。"
    : `项目自评得分${fixed(project.total, context.decimals)}分，自评等级为“${project.grade}”。`

/** 预算执行 under 二、: the rate's weight and score. */
export const budgetScoreSentence = (project: ProjectJson, context: ReportContext): string => {
  const b = project.budget
  if (b === null || b.weight === null) return "未对预算执行率评分。"
  const rate = b.rate === null ? "未能计算预算执行率" : `预算执行率${fixed(b.rate, context.decimals)}%`
  return `${rate}，该项分值${fixed(b.weight, context.decimals)}分，得分${fixed(b.score, context.decimals)}分。`
}

/** A group's weight and score, added exactly. */
export const groupSentence = (
  name: string,
  indicators: ReadonlyArray<IndicatorJson>,
  decimals: number,
): string => {
  const weight = exactSum(
    indicators.map((i) => i.weight ?? 0),
    decimals,
  )
  const score = exactSum(
    indicators.map((i) => i.score ?? 0),
    decimals,
  )
  return `${name}指标共${indicators.length}项，分值${fixed(weight, decimals)}分，得分${fixed(score, decimals)}分。`
}

/** One indicator: target, actual, weight, score and status, as graded. */
export const indicatorSentence = (indicator: IndicatorJson, index: number, context: ReportContext): string =>
  `${index + 1}. ${indicator.name}：${context.targetLabel}${indicator.target ?? "未填写"}，实际完成值${
    indicator.actual ?? "未填写"
  }，分值${fixed(indicator.weight, context.decimals)}分，得分${fixed(indicator.score, context.decimals)}分，${
    indicator.statusName
  }。`

/** Text as a sentence: ending in 。 unless it already ends in a sentence's mark. */
export const asSentence = (text: string): string => {
  const trimmed = text.trim().replace(/[；;，,、]+$/u, "")
  return /[。！？!?）)”]$/u.test(trimmed) ? trimmed : `${trimmed}。`
}

/** 偏差 of the budget under 三、: the rate, its weight and score, and what it lost. */
export const budgetLossSentence = (project: ProjectJson, context: ReportContext): string => {
  const b = project.budget!
  const rate = b.rate === null ? "未能计算预算执行率" : `预算执行率${fixed(b.rate, context.decimals)}%`
  const lost = exactSum([b.weight ?? 0, -(b.score ?? 0)], context.decimals)
  return `预算执行：${rate}，该项分值${fixed(b.weight, context.decimals)}分，得分${fixed(b.score, context.decimals)}分，扣${fixed(lost, context.decimals)}分。`
}

/** Whether an indicator lost points, or is not settled (a score that still awaits a person). */
export const deviates = (indicator: IndicatorJson): boolean =>
  indicator.status !== "met" ||
  (indicator.weight !== null && indicator.score !== null && indicator.score < indicator.weight)

/** 偏差: what an indicator lost, as a figure. */
export const lossSentence = (indicator: IndicatorJson, context: ReportContext): string => {
  const lost =
    indicator.weight !== null && indicator.score !== null
      ? `扣${fixed(exactSum([indicator.weight, -indicator.score], context.decimals), context.decimals)}分`
      : "未得分"
  return `${indicator.name}（${indicator.level2.replace(/^\d+-/, "")}）：${context.targetLabel}${
    indicator.target ?? "未填写"
  }，实际完成值${indicator.actual ?? "未填写"}，${lost}，评价结果为“${indicator.statusName}”。`
}
