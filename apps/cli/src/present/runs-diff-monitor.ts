/**
 * `jixiao runs diff` when a monitoring run is one side: the lights that changed between two monitoring
 * runs, or a monitoring run's forecast against a year-end run's outcome, indicator by indicator.
 */
import type { ForecastDiff, LightsDiff, RunRecord, Standing } from "../ledger/types.ts"
import { decimalsOf, kindName, lightName, recorded, shortId, statusName, yearLabel } from "./runs-format.ts"
import type { Style } from "./style.ts"
import { terminalText as t } from "./terminal-text.ts"
import { renderTextTable } from "./text-table.ts"

const absent = "（无）"

const side = (run: RunRecord) =>
  `${shortId(run.id)}（${kindName(run.kind)}${run.asOf === null ? "" : `，截至 ${run.asOf}`}，${yearLabel(run.year)}，${t(run.department) || "部门未填"}）`

const matching = (acrossYears: boolean) =>
  acrossYears ? "跨年度，按 单位 + 项目 + 指标名称 匹配" : "同一年度，按 单位 + 项目 + 序号 匹配"

const paint = (style: Style, light: string | null | undefined, text: string) =>
  light === "red"
    ? style.red(text)
    : light === "yellow"
      ? style.yellow(text)
      : light === "green"
        ? style.green(text)
        : text

const percent = (x: number | null | undefined) =>
  x === undefined ? absent : x === null ? "—" : `${x.toFixed(2)}%`

const standing = (s: Standing, decimals: number) => `${recorded(s.score, decimals)}（${s.grade}）`

const lightChange = (style: Style, before: string | undefined, after: string | undefined) =>
  `${before === undefined ? absent : paint(style, before, lightName(before))} → ${after === undefined ? absent : paint(style, after, lightName(after))}`

/**
 * Two monitoring runs: the department's projected standing, the indicators whose light changed
 * (绿灯 → 红灯, with their completion), the budgets whose light changed, the projects whose projection moved.
 */
export const renderLightsDiff = (diff: LightsDiff, from: RunRecord, to: RunRecord, style: Style): string => {
  const d = { before: decimalsOf(from), after: decimalsOf(to) }
  const lines = [style.bold(`从 ${side(from)} 到 ${side(to)}`), style.dim(matching(diff.acrossYears)), ""]
  lines.push(
    diff.department.changed
      ? `部门预测得分 ${standing(diff.department.before, d.before)} → ${standing(diff.department.after, d.after)}`
      : `部门预测得分未变：${standing(diff.department.after, d.after)}`,
  )
  if (diff.indicators.length === 0 && diff.budgets.length === 0 && diff.projects.length === 0) {
    lines.push("两次监控之间没有指标亮灯、预算执行进度亮灯或预测总分的变化")
    return lines.join("\n")
  }
  lines.push(
    "",
    `指标亮灯变化 ${diff.indicators.length} 项（单位 / 项目 / 序号 名称：灯 前 → 后，完成率 前 → 后）：`,
  )
  if (diff.indicators.length === 0) lines.push("  无")
  for (const c of diff.indicators) {
    const lights = lightChange(style, c.before?.light, c.after?.light)
    const completion = `${percent(c.before === null ? undefined : c.before.completion)} → ${percent(c.after === null ? undefined : c.after.completion)}`
    lines.push(`  ${t(c.unit)} / ${t(c.project)} / ${c.no} ${t(c.name)}：${lights}，完成率 ${completion}`)
  }
  lines.push(
    "",
    `预算执行进度亮灯变化 ${diff.budgets.length} 个（单位 / 项目：灯 前 → 后，执行进度 前 → 后）：`,
  )
  if (diff.budgets.length === 0) lines.push("  无")
  for (const c of diff.budgets) {
    const lights = lightChange(style, c.before?.light ?? undefined, c.after?.light ?? undefined)
    const progress = `${percent(c.before === null ? undefined : c.before.progress)} → ${percent(c.after === null ? undefined : c.after.progress)}`
    lines.push(`  ${t(c.unit)} / ${t(c.project)}：${lights}，执行进度 ${progress}`)
  }
  lines.push(
    "",
    `预测总分或等级变化 ${diff.projects.length} 个（单位 / 项目：预测总分 前 → 后，等级 前 → 后）：`,
  )
  if (diff.projects.length === 0) lines.push("  无")
  for (const c of diff.projects) {
    const score = `${c.before === null ? absent : recorded(c.before.total, d.before)} → ${c.after === null ? absent : recorded(c.after.total, d.after)}`
    lines.push(
      `  ${t(c.unit)} / ${t(c.name)}：预测总分 ${score}，等级 ${c.before?.grade ?? absent} → ${c.after?.grade ?? absent}`,
    )
  }
  return lines.join("\n")
}

const cellOr = (value: string | null | undefined) =>
  value === undefined ? absent : value === null || value === "" ? "—" : value

/**
 * A monitoring run's forecast against a year-end run's outcome: the department's and every project's
 * projected against actual total and grade, then every indicator: 预测完成值 and 实际完成值, 预测得分 and
 * 实际得分, and both statuses.
 */
export const renderForecastDiff = (
  diff: ForecastDiff,
  monitor: RunRecord,
  yearEnd: RunRecord,
  style: Style,
): string => {
  const d = { projected: decimalsOf(monitor), actual: decimalsOf(yearEnd) }
  const lines = [
    style.bold(`预测对照结果：${side(monitor)} 的全年预测 → ${side(yearEnd)} 的年终评价`),
    style.dim(`${matching(diff.acrossYears)}；预测按截至日期的全年预计完成值和年终评分规则推算`),
    "",
    `部门：预测得分 ${standing(diff.department.projected, d.projected)}，实际得分 ${standing(diff.department.actual, d.actual)}`,
    "",
    `项目 ${diff.projects.length} 个：`,
    renderTextTable(
      [
        { header: "单位", maxWidth: 20 },
        { header: "项目", maxWidth: 30 },
        { header: "预测总分" },
        { header: "预测等级" },
        { header: "实际总分" },
        { header: "实际等级" },
      ],
      diff.projects.map((p) => [
        p.unit,
        p.name,
        p.projected === null ? absent : recorded(p.projected.total, d.projected),
        p.projected?.grade ?? absent,
        p.actual === null ? absent : recorded(p.actual.total, d.actual),
        p.actual?.grade ?? absent,
      ]),
    ),
    "",
    `指标 ${diff.indicators.length} 项：`,
    renderTextTable(
      [
        { header: "单位", maxWidth: 16 },
        { header: "项目", maxWidth: 20 },
        { header: "序号" },
        { header: "三级指标", maxWidth: 24 },
        { header: "截至日期亮灯" },
        { header: "预测完成值", maxWidth: 16 },
        { header: "实际完成值", maxWidth: 16 },
        { header: "预测得分" },
        { header: "实际得分" },
        { header: "预测状态 → 实际状态" },
      ],
      diff.indicators.map((i) => [
        i.unit,
        i.project,
        String(i.no),
        i.name,
        i.forecast === null ? absent : lightName(i.forecast.light),
        cellOr(i.forecast === null ? undefined : i.forecast.value),
        cellOr(i.outcome === null ? undefined : i.outcome.value),
        i.forecast === null ? absent : recorded(i.forecast.score, d.projected),
        i.outcome === null ? absent : recorded(i.outcome.score, d.actual),
        `${i.forecast === null ? absent : statusName(i.forecast.status)} → ${i.outcome === null ? absent : statusName(i.outcome.status)}`,
      ]),
    ),
  ]
  return lines.join("\n")
}
