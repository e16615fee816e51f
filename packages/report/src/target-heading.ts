/**
 * Which target a report's target column shows, and the 自评表's indicator headings: the one home of the
 * rule that `--basis period` grades 实施周期指标值 and every report says so (the Excel, HTML, Word and
 * Markdown 自评表, 指标明细 in Excel and CSV, the summaries).
 */
export type Basis = "annual" | "period"

/** 年度指标值, or 实施周期指标值 when the period target was graded. */
export const targetHeading = (basis: Basis): string => (basis === "period" ? "实施周期指标值" : "年度指标值")

/** The headings of the 自评表's indicator table, as filed forms print them, under a target heading. */
export const indicatorHeadings = (target: string): ReadonlyArray<string> => [
  "一级指标",
  "二级指标",
  "三级指标",
  target,
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
]
