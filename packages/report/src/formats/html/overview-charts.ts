/** The four overview charts, built from results.json: grades, units, score histogram, completion. */
import type { ResultsJson } from "@jixiao/scoring"
import { columnChart } from "./charts/columns.ts"
import { scoreBarChart } from "./charts/score-bars.ts"
import { type StackRow, stackedBarChart } from "./charts/stacked-bars.ts"
import type { SafeHtml } from "./escape.ts"
import { countStatuses, levelName, statusOrder } from "./model.ts"
import { gradeClass, grades, score, statusName } from "./present.ts"

/** The policy's grade bands, best first, with numeric lower bounds. */
export const gradeBands = (results: ResultsJson) =>
  results.policy.grades.map((g) => ({ grade: g.grade, min: Number(g.min) }))

const gradeAt = (results: ResultsJson, score: number) =>
  gradeBands(results).find((band) => score >= band.min)?.grade ?? "差"

/** 优/良/中/差: how many projects got each grade. */
export const gradeChart = (results: ResultsJson): SafeHtml => {
  const counts = results.department.grades as Readonly<Record<string, number>>
  return columnChart({
    id: "chart-grades",
    title: "项目等级分布",
    desc: grades.map((g) => `${g} ${counts[g] ?? 0} 个`).join("，"),
    columns: grades.map((g) => ({
      label: g,
      value: counts[g] ?? 0,
      className: `fill ${gradeClass(g)}`,
      title: `等级 ${g}：${counts[g] ?? 0} 个项目`,
    })),
    width: 360,
    axisLabel: "等级（项目个数）",
  })
}

/** Units side by side on the 0–100 axis. */
export const unitChart = (results: ResultsJson): SafeHtml => {
  const { decimals } = results.policy.rounding
  return scoreBarChart({
    id: "chart-units",
    title: "各单位得分",
    desc: results.units.map((u) => `${u.name} ${score(u.score, decimals)} 分 ${u.grade}`).join("；"),
    bars: results.units.map((u) => ({
      label: u.name,
      score: u.score ?? 0,
      grade: u.grade,
      className: `fill ${gradeClass(u.grade)}`,
      title: `${u.name}：${score(u.score, decimals)} 分，${u.grade}，${u.projects} 个项目`,
      shown: score(u.score, decimals),
    })),
    thresholds: gradeBands(results),
    width: 860,
  })
}

/** Project totals in 10-point bins, [0,10) … [80,90), and [90,100] with 100 in the last bin. */
export const histogramChart = (results: ResultsJson): SafeHtml => {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, count: 0 }))
  for (const p of results.projects)
    bins[Math.min(9, Math.max(0, Math.floor((p.total ?? 0) / 10)))]!.count += 1
  return columnChart({
    id: "chart-histogram",
    title: "项目总分分布（每 10 分一档）",
    desc: bins.map((b) => `${b.from}–${b.from + 10} 分 ${b.count} 个`).join("，"),
    columns: bins.map((b) => ({
      label: `${b.from}–${b.from + 10}`,
      value: b.count,
      className: `fill ${gradeClass(gradeAt(results, b.from))}`,
      title: `${b.from} ≤ 总分 ${b.from === 90 ? "≤ 100" : `< ${b.from + 10}`}：${b.count} 个项目`,
    })),
    width: 520,
    axisLabel: "总分区间（含下限；90–100 含 100）",
  })
}

/** 一级 and, beneath each, its 二级 categories, in the order of their codes. */
const categoryRows = (results: ResultsJson): StackRow[] => {
  const indicators = results.projects.flatMap((p) => p.indicators)
  const byCode = (a: string, b: string) => a.localeCompare(b, "zh-CN", { numeric: true })
  const level1s = [...new Set(indicators.map((i) => i.level1))].sort(byCode)
  return level1s.flatMap((level1) => {
    const within = indicators.filter((i) => i.level1 === level1)
    const level2s = [...new Set(within.map((i) => i.level2))].sort(byCode)
    return [
      { label: levelName(level1), indent: false, counts: countStatuses(within) },
      ...level2s.map((level2) => ({
        label: levelName(level2),
        indent: true,
        counts: countStatuses(within.filter((i) => i.level2 === level2)),
      })),
    ]
  })
}

/** Status counts per 一级/二级 category. */
export const completionChart = (results: ResultsJson): SafeHtml => {
  const rows = categoryRows(results)
  return stackedBarChart({
    id: "chart-completion",
    title: "各类指标完成情况（按一级、二级指标）",
    desc: rows
      .map((r) => `${r.label}：${statusOrder.map((s) => `${statusName(s)} ${r.counts[s]}`).join("，")}`)
      .join("；"),
    keys: statusOrder.map((s) => ({ key: s, name: statusName(s), className: `fill s-${s}` })),
    rows,
    width: 860,
  })
}
