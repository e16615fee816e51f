/**
 * 监控明细.csv: one row per indicator, for sorting and filtering in Excel. Percentages are the points of
 * results.json as they are (58.2 is 58.20 %); text is guarded against formula injection (csvCell).
 */
import { csvDocument } from "../../csv-cell.ts"
import type { MonitorRenderer } from "./model.ts"
import {
  comparedWith,
  likelihoodOf,
  MONITOR_CSV_FILE,
  type MonitorIndicator,
  type MonitorJson,
  type MonitorProject,
  PROJECTION_LABEL,
  reasonOf,
  toDateHeading,
} from "./words.ts"

/** The header row of a run as of `asOf`. */
export const monitorCsvHeader = (asOf: string): ReadonlyArray<string> => [
  "单位",
  "项目",
  "序号",
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "期望",
  toDateHeading(asOf),
  "完成率（%）",
  "序时进度（%）",
  "预警",
  "监控口径",
  "全年预计完成值",
  "全年预计来源",
  `预测状态（${PROJECTION_LABEL}）`,
  "完成目标可能性",
  "偏差原因",
  "纠偏措施",
  "审核意见",
]

const row = (results: MonitorJson, p: MonitorProject, i: MonitorIndicator) => [
  p.unit,
  p.name,
  i.no,
  i.level1,
  i.level2,
  i.name,
  i.target,
  i.expects,
  i.toDate,
  i.completion,
  // Only a cumulative indicator is judged against 序时进度; the others say what they were judged against.
  comparedWith(i) ?? results.timeProgress,
  i.lightName,
  i.treatment?.name ?? null,
  i.forecast?.text ?? null,
  i.forecast?.sourceName ?? null,
  i.forecast?.statusName ?? null,
  likelihoodOf(i),
  reasonOf(i),
  i.correction,
  [...new Set(i.findings.map((f) => f.message))].join("；") || null,
]

/** Renders 监控明细.csv. */
export const renderMonitorCsv: MonitorRenderer = async (results) => [
  {
    name: MONITOR_CSV_FILE,
    contents: csvDocument([
      monitorCsvHeader(results.asOf),
      ...results.projects.flatMap((p) => p.indicators.map((i) => row(results, p, i))),
    ]),
  },
]
