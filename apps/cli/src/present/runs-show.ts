import type { ProjectRecord, RunRecord } from "../ledger/types.ts"
import { basisName, decimalsOf, recorded, recordedTime, statusName, yearLabel } from "./runs-format.ts"
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

/** `jixiao runs show`: one run's record: what it read and wrote (with digests), its summary and projects. */
export const renderRunShow = (
  run: RunRecord,
  projects: ReadonlyArray<ProjectRecord>,
  style: Style,
): string => {
  const { summary } = run
  const decimals = decimalsOf(run)
  const lines = [
    style.bold(`运行 ${run.id}`),
    `记录时间　${recordedTime(run.recordedAt)}`,
    `部门　　　${t(run.department) || "—"}，${yearLabel(run.year)}，按${basisName(run.basis)}评价`,
    `评分规则　${t(run.policy)}`,
    `引擎版本　${run.engineVersion}`,
    "",
    `综合得分 ${recorded(summary.score, decimals)}（${summary.grade}）；${summary.projects} 个项目：${counts(summary.grades, (g) => g)}`,
    `指标：${counts(summary.statuses, statusName)}`,
    `输入 ${summary.rows.in} 行：已评分 ${summary.rows.graded}，未采用 ${summary.rows.rejected}`,
    "",
    "输入文件（sha256）：",
    ...run.inputs.map((f) => `  ${roleNames[f.role] ?? t(f.role)}　${t(f.path)}　${f.sha256}`),
    "输出文件（sha256）：",
    ...(run.outputs.length === 0 ? ["  无"] : run.outputs.map((f) => `  ${t(f.path)}　${f.sha256}`)),
  ]
  if (projects.length > 0) {
    const table = renderTextTable(
      [
        { header: "单位", maxWidth: 20 },
        { header: "项目", maxWidth: 30 },
        { header: "总分" },
        { header: "等级" },
      ],
      projects.map((p) => [p.unit, p.name, recorded(p.total, decimals), p.grade]),
    )
    lines.push("", table)
  }
  return lines.join("\n")
}
