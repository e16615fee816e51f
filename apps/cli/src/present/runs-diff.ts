import type { RunDiff, RunRecord, Standing } from "../ledger/types.ts"
import { decimalsOf, recorded, shortId, statusName, yearLabel } from "./runs-format.ts"
import type { Style } from "./style.ts"
import { terminalText as t } from "./terminal-text.ts"

const absent = "（无）"

const side = (run: RunRecord) =>
  `${shortId(run.id)}（${yearLabel(run.year)}，${t(run.department) || "部门未填"}）`

/** Each side's scores at its own policy's decimals. */
interface Decimals {
  readonly before: number
  readonly after: number
}

const scores = (before: number | null | undefined, after: number | null | undefined, d: Decimals) =>
  `${before === undefined ? absent : recorded(before, d.before)} → ${after === undefined ? absent : recorded(after, d.after)}`

const indicatorLine = (change: RunDiff["indicators"][number], d: Decimals): string => {
  const { before, after } = change
  const status = `${before === null ? absent : statusName(before.status)} → ${after === null ? absent : statusName(after.status)}`
  const score = scores(before?.score, after?.score, d)
  return `  ${t(change.unit)} / ${t(change.project)} / ${t(String(change.no))} ${t(change.name)}：状态 ${status}，得分 ${score}`
}

const projectLine = (change: RunDiff["projects"][number], d: Decimals): string => {
  const { before, after } = change
  const grade = `${before?.grade ?? absent} → ${after?.grade ?? absent}`
  return `  ${t(change.unit)} / ${t(change.name)}：总分 ${scores(before?.total, after?.total, d)}，等级 ${grade}`
}

const standing = (s: Standing, decimals: number) => `${recorded(s.score, decimals)}（${s.grade}）`

const departmentLine = (department: RunDiff["department"], d: Decimals): string =>
  department.changed
    ? `部门综合得分 ${standing(department.before, d.before)} → ${standing(department.after, d.after)}`
    : `部门综合得分未变：${standing(department.after, d.after)}`

/**
 * `jixiao runs diff`: the department's score and grade; the indicators whose status or score changed,
 * appeared or disappeared; the projects whose total or grade changed, appeared or disappeared. `（无）`
 * marks a side where it did not exist. Scores show at each run's policy decimals, never rounded again.
 */
export const renderRunsDiff = (diff: RunDiff, from: RunRecord, to: RunRecord, style: Style): string => {
  const d = { before: decimalsOf(from), after: decimalsOf(to) }
  const matching = diff.acrossYears
    ? "跨年度，按 单位 + 项目 + 指标名称 匹配"
    : "同一年度，按 单位 + 项目 + 序号 匹配"
  const lines = [style.bold(`从 ${side(from)} 到 ${side(to)}`), style.dim(matching), ""]
  if (!diff.department.changed && diff.indicators.length === 0 && diff.projects.length === 0) {
    lines.push(departmentLine(diff.department, d))
    lines.push("两次运行之间没有部门得分、项目总分或等级、指标状态或得分的变化")
    return lines.join("\n")
  }
  lines.push(departmentLine(diff.department, d), "")
  lines.push(`指标变化 ${diff.indicators.length} 项（单位 / 项目 / 序号 名称：状态 前 → 后，得分 前 → 后）：`)
  lines.push(...(diff.indicators.length === 0 ? ["  无"] : diff.indicators.map((c) => indicatorLine(c, d))))
  lines.push("", `项目总分或等级变化 ${diff.projects.length} 个（单位 / 项目：总分 前 → 后，等级 前 → 后）：`)
  lines.push(...(diff.projects.length === 0 ? ["  无"] : diff.projects.map((c) => projectLine(c, d))))
  return lines.join("\n")
}
