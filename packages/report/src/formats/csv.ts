/**
 * `指标明细.csv`: one row per indicator, for people who sort and filter in Excel. Numbers are the values of
 * results.json as they are (already rounded by the policy); text is guarded against formula injection.
 */
import type { ResultsJson } from "@jixiao/scoring"
import { csvCell, csvDocument } from "../csv-cell.ts"
import type { Renderer } from "../report-file.ts"
import { targetHeading } from "../target-heading.ts"

type Project = ResultsJson["projects"][number]
type Indicator = Project["indicators"][number]

/** The header row; the target column says which target was graded (年度 or 实施周期指标值). */
export const indicatorCsvHeader = (basis: ResultsJson["basis"]) => header(targetHeading(basis))

const header = (targetLabel: string) => [
  "单位",
  "项目",
  "序号",
  "一级指标",
  "二级指标",
  "三级指标",
  targetLabel,
  "期望",
  "实际完成值",
  "分值",
  "得分",
  "状态",
  "比率",
  "发现",
  "偏差原因",
]

/** An indicator's cells after its project's two (单位, 项目). */
const indicatorCells = (indicator: Indicator) => [
  indicator.no,
  indicator.level1,
  indicator.level2,
  indicator.name,
  indicator.target,
  indicator.expects,
  indicator.actual,
  indicator.weight,
  indicator.score,
  indicator.statusName,
  indicator.ratio,
  indicator.findings.map((f) => f.message).join("；"),
  indicator.deviationReason,
]

const row = (project: Project, indicator: Indicator) => [
  project.unit,
  project.name,
  ...indicatorCells(indicator),
]

/** One project's lines of `指标明细.csv` (CRLF-ended), for a writer that streams the file project by project. */
export const indicatorCsvLines = (project: Project): string => {
  // The project's two cells are the same on each of its lines: quoted and guarded once.
  const head = `${csvCell(project.unit)},${csvCell(project.name)},`
  return project.indicators.map((i) => `${head}${indicatorCells(i).map(csvCell).join(",")}\r\n`).join("")
}

/** Renders `指标明细.csv`; the target column says which target was graded (年度 or 实施周期指标值). */
export const renderCsv: Renderer = async (results) => {
  const rows = results.projects.flatMap((p) => p.indicators.map((i) => row(p, i)))
  return [{ name: "指标明细.csv", contents: csvDocument([indicatorCsvHeader(results.basis), ...rows]) }]
}
