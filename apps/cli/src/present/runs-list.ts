import type { RunRecord } from "../ledger/types.ts"
import { decimalsOf, kindName, recorded, recordedTime, shortId } from "./runs-format.ts"
import { terminalText as t } from "./terminal-text.ts"
import { renderTextTable } from "./text-table.ts"

const columns = [
  { header: "运行编号" },
  { header: "类型" },
  { header: "截至日期" },
  { header: "记录时间" },
  { header: "年度" },
  { header: "部门", maxWidth: 24 },
  { header: "总分" },
  { header: "等级" },
  { header: "项目数" },
  { header: "输入行 读入/评分/未采用" },
]

const row = (run: RunRecord): ReadonlyArray<string> => {
  const { rows } = run.summary
  return [
    shortId(run.id),
    kindName(run.kind),
    run.asOf ?? "—",
    recordedTime(run.recordedAt),
    run.year === null ? "—" : String(run.year),
    run.department,
    recorded(run.summary.score, decimalsOf(run)),
    // A monitoring run's score and grade are the projection of its forecasts.
    run.kind === "monitor" ? `${run.summary.grade}（预测）` : run.summary.grade,
    String(run.summary.projects),
    `${rows.in}/${rows.graded}/${rows.rejected}`,
  ]
}

/**
 * `jixiao runs list`: the recorded runs, newest first, one line each: year-end runs (年终评价) and
 * monitoring runs (运行监控, with their as-of date and projected grade).
 */
export const renderRunsList = (ledgerFile: string, runs: ReadonlyArray<RunRecord>): string =>
  runs.length === 0
    ? `运行账本 ${t(ledgerFile)} 中还没有记录任何运行`
    : `${renderTextTable(columns, runs.map(row))}\n\n共 ${runs.length} 次运行（账本 ${t(ledgerFile)}）`
