import type { MonitorProjectRecord, ProjectRecord, RunRecord } from "../ledger/types.ts"
import {
  basisName,
  decimalsOf,
  kindName,
  lightName,
  recorded,
  recordedTime,
  statusName,
  yearLabel,
} from "./runs-format.ts"
import type { Style } from "./style.ts"
import { terminalText as t } from "./terminal-text.ts"
import { renderTextTable } from "./text-table.ts"

const roleNames: Readonly<Record<string, string>> = {
  targets: "目标表",
  actuals: "完成值",
  budget: "预算执行",
  policy: "评分规则",
}

const counts = (record: Readonly<Record<string, number>>, name: (key: string) => string): string =>
  Object.entries(record)
    .map(([key, n]) => `${name(key)} ${n}`)
    .join("、") || "无"

/** A monitoring run's lines: its as-of date and 序时进度, and its lights counted. */
const monitorLines = (run: RunRecord): ReadonlyArray<string> => {
  if (run.kind !== "monitor") return []
  const { summary } = run
  const progress = summary.timeProgress === undefined ? "" : `，序时进度 ${summary.timeProgress.toFixed(2)}%`
  return [
    `截至日期　${run.asOf ?? "—"}${progress}`,
    `指标亮灯：${counts(summary.lights ?? {}, lightName)}`,
    `预算执行进度亮灯：${counts(Object.fromEntries(Object.entries(summary.budgetLights ?? {}).filter(([, n]) => n > 0)), lightName)}`,
  ]
}

/** `jixiao runs show`: one run's record: what it read and wrote (with digests), its summary and projects. */
export const renderRunShow = (
  run: RunRecord,
  projects: ReadonlyArray<ProjectRecord | MonitorProjectRecord>,
  style: Style,
): string => {
  const { summary } = run
  const decimals = decimalsOf(run)
  const monitor = run.kind === "monitor"
  const lines = [
    style.bold(`运行 ${run.id}`),
    `类型　　　${kindName(run.kind)}`,
    ...monitorLines(run),
    `记录时间　${recordedTime(run.recordedAt)}`,
    `部门　　　${t(run.department) || "—"}，${yearLabel(run.year)}，按${basisName(run.basis)}评价`,
    `评分规则　${t(run.policy)}`,
    `引擎版本　${run.engineVersion}`,
    "",
    `${monitor ? "预测综合得分" : "综合得分"} ${recorded(summary.score, decimals)}（${summary.grade}）；${summary.projects} 个项目：${counts(summary.grades, (g) => g)}`,
    `${monitor ? "指标（全年预测）" : "指标"}：${counts(summary.statuses, statusName)}`,
    `输入 ${summary.rows.in} 行：已评分 ${summary.rows.graded}，未采用 ${summary.rows.rejected}`,
    "",
    "输入文件（sha256）：",
    ...run.inputs.map((f) => {
      const role = monitor && f.role === "actuals" ? "监控表" : (roleNames[f.role] ?? t(f.role))
      return `  ${role}　${t(f.path)}　${f.sha256}`
    }),
    "输出文件（sha256）：",
    ...(run.outputs.length === 0 ? ["  无"] : run.outputs.map((f) => `  ${t(f.path)}　${f.sha256}`)),
  ]
  if (projects.length > 0) {
    const head = [
      { header: "单位", maxWidth: 20 },
      { header: "项目", maxWidth: 30 },
      { header: monitor ? "预测总分" : "总分" },
      { header: monitor ? "预测等级" : "等级" },
    ]
    const budget = (p: ProjectRecord) => {
      const m = p as Partial<MonitorProjectRecord>
      const progress = m.budgetProgress == null ? "" : ` ${m.budgetProgress.toFixed(2)}%`
      return `${lightName(m.budgetLight)}${progress}`
    }
    const table = renderTextTable(
      monitor ? [...head, { header: "预算执行进度" }] : head,
      projects.map((p) => [
        p.unit,
        p.name,
        recorded(p.total, decimals),
        p.grade,
        ...(monitor ? [budget(p)] : []),
      ]),
    )
    lines.push("", table)
  }
  return lines.join("\n")
}
