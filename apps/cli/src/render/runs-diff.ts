import type { RunDiff, RunRecord } from "../ledger/types.ts"
import { recorded, shortId, statusName, yearLabel } from "./runs-format.ts"
import type { Style } from "./style.ts"

const absent = "（无）"

const side = (run: RunRecord) =>
  `${shortId(run.id)}（${yearLabel(run.year)}，${run.department || "部门未填"}）`

const indicatorLine = (change: RunDiff["indicators"][number]): string => {
  const { before, after } = change
  const status = `${before === null ? absent : statusName(before.status)} → ${after === null ? absent : statusName(after.status)}`
  const score = `${before === null ? absent : recorded(before.score)} → ${after === null ? absent : recorded(after.score)}`
  return `  ${change.unit} / ${change.project} / ${change.no} ${change.name}：状态 ${status}，得分 ${score}`
}

const projectLine = (change: RunDiff["projects"][number]): string => {
  const { before, after } = change
  const grade = `${before?.grade ?? absent} → ${after?.grade ?? absent}`
  const total = `${before === null ? absent : recorded(before.total)} → ${after === null ? absent : recorded(after.total)}`
  return `  ${change.unit} / ${change.name}：等级 ${grade}，总分 ${total}`
}

/**
 * `jixiao runs diff`: the indicators whose status or score changed, appeared or disappeared, and the
 * projects whose grade changed, appeared or disappeared. `（无）` marks a side where it did not exist.
 */
export const renderRunsDiff = (diff: RunDiff, from: RunRecord, to: RunRecord, style: Style): string => {
  const matching = diff.acrossYears
    ? "跨年度，按 单位 + 项目 + 指标名称 匹配"
    : "同一年度，按 单位 + 项目 + 序号 匹配"
  const lines = [style.bold(`从 ${side(from)} 到 ${side(to)}`), style.dim(matching), ""]
  if (diff.indicators.length === 0 && diff.projects.length === 0) {
    lines.push("两次运行之间没有指标状态、得分或项目等级的变化")
    return lines.join("\n")
  }
  lines.push(`指标变化 ${diff.indicators.length} 项（单位 / 项目 / 序号 名称：状态 前 → 后，得分 前 → 后）：`)
  lines.push(...(diff.indicators.length === 0 ? ["  无"] : diff.indicators.map(indicatorLine)))
  lines.push("", `项目等级变化 ${diff.projects.length} 个：`)
  lines.push(...(diff.projects.length === 0 ? ["  无"] : diff.projects.map(projectLine)))
  return lines.join("\n")
}
