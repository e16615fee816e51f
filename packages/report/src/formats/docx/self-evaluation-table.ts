/**
 * The 附件 项目支出绩效自评表 as a Word table laid out as the sheet of 自评表.xlsx: 项目名称, 主管部门 and 实施单位;
 * 项目资金 over five rows; 年度总体目标 over two; the indicators with repeated 一级/二级 cells merged down;
 * 总分 and 自评等级.
 */
import { STATUSES, statusNames } from "@jixiao/scoring"
import type { Table, TableRow } from "docx"
import { indicatorHeadings } from "../../target-heading.ts"
import { deviationText } from "../xlsx/indicator-notes.ts"
import { amount, fixed } from "./figures.ts"
import type { IndicatorJson, ProjectJson, ReportContext } from "./model.ts"
import { type CellSpec, captionCell, row, table } from "./table-cells.ts"

/** Column weights: the sheet's columns A–H, with 分值 and 得分 wide enough for `18.75` on one line. */
const WEIGHTS = [9, 11, 18, 13, 13, 9, 9, 18]

const BUDGET_ROWS = ["年度资金总额", "其中：本年财政拨款", "上年结转资金", "其他资金"] as const

/** `共 7 个指标：达成 5，部分达成 1，…`: the 实际完成情况 when the table gives none. */
export const goalSummary = (indicators: ReadonlyArray<IndicatorJson>): string => {
  const counts = STATUSES.map(
    (s) => `${statusNames["zh-CN"][s]} ${indicators.filter((i) => i.status === s).length}`,
  )
  return `共 ${indicators.length} 个指标：${counts.join("，")}`
}

const budgetRows = (project: ProjectJson, decimals: number): TableRow[] => {
  const b = project.budget
  const head = row([
    captionCell(`项目资金（${b?.amountUnit ?? "万元"}）`, { rowSpan: 5 }),
    captionCell(""),
    ...["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].map((t) => captionCell(t)),
  ])
  const first: CellSpec[] =
    b === null
      ? [
          { text: BUDGET_ROWS[0] },
          ...["未提供", "未提供", "未提供"].map((text) => ({ text, align: "center" as const })),
          {
            text:
              [
                ...new Set(
                  project.findings.filter((f) => f.code.startsWith("budget_")).map((f) => f.message),
                ),
              ].join("；") || "未提供",
            columnSpan: 3,
          },
        ]
      : [
          { text: BUDGET_ROWS[0] },
          { text: amount(b.initial), align: "right" },
          { text: amount(b.planned), align: "right" },
          { text: amount(b.executed), align: "right" },
          { text: fixed(b.weight, decimals), align: "right" },
          { text: b.rate === null ? "—" : `${fixed(b.rate, decimals)}%`, align: "right" },
          { text: fixed(b.score, decimals), align: "right" },
        ]
  // The results carry only the total; the three breakdown rows stay blank for the unit, as on the sheet.
  const rest = BUDGET_ROWS.slice(1).map((label) => row([{ text: label }, ...Array(6).fill({ text: "" })]))
  return [head, row(first), ...rest]
}

/** How many rows from `i` on share `key`'s value (the span of a merged level cell). */
const runLength = (
  indicators: ReadonlyArray<IndicatorJson>,
  i: number,
  same: (a: IndicatorJson, b: IndicatorJson) => boolean,
): number => {
  let n = 1
  while (i + n < indicators.length && same(indicators[i]!, indicators[i + n]!)) n++
  return n
}

const sameLevel1 = (a: IndicatorJson, b: IndicatorJson) => a.level1 === b.level1
const sameLevel2 = (a: IndicatorJson, b: IndicatorJson) => a.level1 === b.level1 && a.level2 === b.level2

/** The score cell: the score, and the status when it is not simply met. */
const scoreText = (indicator: IndicatorJson, decimals: number): string =>
  indicator.status === "met"
    ? fixed(indicator.score, decimals)
    : `${fixed(indicator.score, decimals)}\n${indicator.statusName}`

const indicatorRows = (project: ProjectJson, context: ReportContext): TableRow[] =>
  project.indicators.map((indicator, i, all) => {
    const previous = all[i - 1]
    const cells: CellSpec[] = []
    if (previous === undefined || !sameLevel1(previous, indicator))
      cells.push({ text: indicator.level1, rowSpan: runLength(all, i, sameLevel1) })
    if (previous === undefined || !sameLevel2(previous, indicator))
      cells.push({ text: indicator.level2, rowSpan: runLength(all, i, sameLevel2) })
    cells.push(
      { text: indicator.name },
      { text: indicator.target ?? "—" },
      { text: indicator.actual ?? "—" },
      { text: fixed(indicator.weight, context.decimals), align: "right" },
      { text: scoreText(indicator, context.decimals), align: "right" },
      { text: deviationText(indicator, context.decimals) ?? "" },
    )
    return row(cells)
  })

/** The 自评表 of one project. */
export const selfEvaluationTable = (project: ProjectJson, context: ReportContext): Table =>
  table(WEIGHTS, [
    row([captionCell("项目名称"), { text: project.name, columnSpan: 7 }]),
    row([
      captionCell("主管部门"),
      { text: context.department, columnSpan: 3 },
      captionCell("实施单位"),
      { text: project.unit, columnSpan: 3 },
    ]),
    ...budgetRows(project, context.decimals),
    row([
      captionCell("年度总体目标", { rowSpan: 2 }),
      captionCell("预期目标", { columnSpan: 4 }),
      captionCell("实际完成情况", { columnSpan: 3 }),
    ]),
    row([
      { text: project.goal || "—", columnSpan: 4 },
      { text: project.goalActual || goalSummary(project.indicators), columnSpan: 3 },
    ]),
    row(indicatorHeadings(context.targetLabel).map((t) => captionCell(t))),
    ...indicatorRows(project, context),
    row([
      captionCell("总分", { columnSpan: 6 }),
      { text: fixed(project.total, context.decimals), align: "right" },
      { text: "" },
    ]),
    row([
      captionCell("自评等级", { columnSpan: 6 }),
      { text: project.grade, columnSpan: 2, align: "center" },
    ]),
  ])
