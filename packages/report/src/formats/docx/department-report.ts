/**
 * The department's 绩效自评报告: what the assessment found across its projects — the overall score, the
 * score distribution with a chart, each unit, the indicators not met and those awaiting review, and every
 * project's score — then the paragraphs the department writes itself.
 */
import { countStatuses, type ResultsJson, STATUSES, statusNames } from "@jixiao/scoring"
import type { FileChild } from "docx"
import { rollupMethodText } from "../../rollup-method.ts"
import { CHART_SIZE, columnPng } from "./column-png.ts"
import { type Figure, gradeFigure, histogramFigure } from "./department-charts.ts"
import { fixed } from "./figures.ts"
import { docx, mmToTwip } from "./library.ts"
import type { ReportContext } from "./model.ts"
import { yearText } from "./model.ts"
import {
  attachmentLabel,
  body,
  caption,
  heading1,
  heading2,
  pageBreak,
  signature,
  subtitle,
  title,
  toWrite,
} from "./paragraphs.ts"
import { listTable } from "./table-cells.ts"

const GRADES = ["优", "良", "中", "差"] as const

/** A figure: the image, its caption, and the table of its values (the image has no text). */
const figure = (name: string, fig: Figure, what: string): FileChild[] => {
  const { AlignmentType, ImageRun, Paragraph } = docx()
  // 150 mm wide at the chart's aspect, in pixels at 96 dpi as docx measures images.
  const widthPx = Math.round((mmToTwip(150) / 1440) * 96)
  const heightPx = Math.round((widthPx * CHART_SIZE.height) / CHART_SIZE.width)
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // Single spacing: on the body's exact 28.95 pt line the picture would be cut to one line's height.
      spacing: { line: 240, lineRule: "auto" },
      children: [
        new ImageRun({
          type: "png",
          data: columnPng(fig.columns),
          transformation: { width: widthPx, height: heightPx },
          altText: {
            name,
            title: name,
            description: fig.labels.map((l, i) => `${l} ${fig.columns[i]!.value} ${what}`).join("，"),
          },
        }),
      ],
    }),
    caption(name),
    listTable(
      fig.labels.map(() => 1),
      fig.labels,
      [fig.columns.map((c) => String(c.value))],
      fig.labels.map(() => "center"),
    ),
  ]
}

const overall = (results: ResultsJson, context: ReportContext): FileChild[] => {
  const d = results.department
  const indicators = results.projects.flatMap((p) => p.indicators)
  const byStatus = countStatuses(indicators)
  const statusText = STATUSES.filter((s) => byStatus[s] > 0)
    .map((s) => `${statusNames["zh-CN"][s]}${byStatus[s]}项`)
    .join("、")
  return [
    heading1("一、总体情况"),
    body(
      `本次对${results.units.length}个单位的${d.projects}个项目开展绩效自评，涉及三级绩效指标${indicators.length}项${statusText ? `，其中${statusText}` : ""}。`,
    ),
    body(
      d.score === null
        ? "部门未得出综合得分。"
        : `部门综合得分${fixed(d.score, context.decimals)}分（${rollupMethodText(d, results.policy.rollup)}），等级为“${d.grade}”；项目得分最低${fixed(d.min, context.decimals)}分，最高${fixed(d.max, context.decimals)}分。`,
    ),
    body(
      `评分规则：${results.policy.name}（${results.policy.description}）。输入目标表${results.rows.in}行，已评分${results.rows.graded}行，未采用${results.rows.rejected}行。`,
    ),
  ]
}

const distribution = (results: ResultsJson): FileChild[] => {
  const g = results.department.grades as Readonly<Record<string, number>>
  return [
    heading1("二、得分分布"),
    body(`${results.department.projects}个项目中，${GRADES.map((x) => `“${x}”${g[x] ?? 0}个`).join("，")}。`),
    ...figure("图1 项目等级分布（项目个数）", gradeFigure(results), "个项目"),
    ...figure("图2 项目总分分布（每10分一档，项目个数）", histogramFigure(results), "个项目"),
  ]
}

const units = (results: ResultsJson, context: ReportContext): FileChild[] => [
  heading1("三、各单位情况"),
  body(
    `各单位得分的计算方法：${rollupMethodText(results.units[0] ?? results.department, results.policy.rollup)}。`,
  ),
  caption("表1 各单位自评得分"),
  listTable(
    [24, 7, 9, 7, 6, 6, 6, 6, 9, 9],
    ["单位", "项目数", "得分", "等级", ...GRADES, "最低", "最高"],
    results.units.map((u) => {
      const g = u.grades as Readonly<Record<string, number>>
      return [
        u.name || "—",
        String(u.projects),
        fixed(u.score, context.decimals),
        u.grade,
        ...GRADES.map((x) => String(g[x] ?? 0)),
        fixed(u.min, context.decimals),
        fixed(u.max, context.decimals),
      ]
    }),
    ["left", "right", "right", "center", "right", "right", "right", "right", "right", "right"],
  ),
]

const indicatorList = (
  heading: string,
  tableName: string,
  empty: string,
  list: ResultsJson["notMet"],
): FileChild[] => [
  heading2(heading),
  ...(list.length === 0
    ? [body(empty)]
    : [
        body(`共${list.length}项：`),
        caption(tableName),
        listTable(
          [22, 34, 6, 38],
          ["单位", "项目", "序号", "三级指标"],
          list.map((x) => [x.unit || "—", x.project, String(x.no), x.name]),
          ["left", "left", "right", "left"],
        ),
      ]),
]

/** The department report. */
export const departmentReport = (results: ResultsJson, context: ReportContext): FileChild[] => [
  title(`${context.department}${yearText(context.year)}项目支出绩效自评报告`),
  ...overall(results, context),
  ...distribution(results),
  ...units(results, context),
  heading1("四、需要关注的指标"),
  ...indicatorList("（一）未达成的指标", "表2 未达成的指标", "没有未达成的指标。", results.notMet),
  ...indicatorList(
    "（二）需复核的指标",
    "表3 需人工复核的指标",
    "没有需人工复核的指标。",
    results.needsReview,
  ),
  heading1("五、存在的问题及改进措施"),
  toWrite("结合未达成和需复核的指标，说明部门在预算和绩效管理中存在的问题及改进措施"),
  heading1("六、绩效自评结果应用"),
  toWrite("自评结果在预算安排、政策调整和信息公开中的应用"),
  heading1("七、其他需要说明的问题"),
  toWrite("其他需要说明的问题；没有的写“无”"),
  body("附件：项目自评得分一览表"),
  ...signature(context.department),
  pageBreak(),
  attachmentLabel("附件"),
  title("项目自评得分一览表"),
  subtitle(`（${yearText(context.year)}）`),
  listTable(
    [6, 24, 46, 12, 12],
    ["序号", "单位", "项目", "总分", "等级"],
    results.projects.map((p, i) => [
      String(i + 1),
      p.unit || "—",
      p.name,
      fixed(p.total, context.decimals),
      p.grade,
    ]),
    ["right", "left", "left", "right", "center"],
  ),
]
