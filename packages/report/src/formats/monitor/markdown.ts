/**
 * 监控报告.md: the red list first, the lights counted by unit, the projection (said to be one), every
 * project's monitoring table, the findings and the rows not used. Text from input is escaped.
 */
import { LIGHTS } from "@jixiao/scoring"
import { markdownCell as cell, markdownTable, markdownText } from "../../markdown-text.ts"
import type { MonitorRenderer } from "./model.ts"
import { reasonCell, redList } from "./red-list.ts"
import {
  comparedWith,
  executedHeading,
  forecastOf,
  lightWord,
  likelihoodOf,
  MONITOR_MD_FILE,
  type MonitorJson,
  type MonitorProject,
  PROJECTION_LABEL,
  percentText,
  reasonOf,
  scoreText,
  toDateHeading,
} from "./words.ts"

type Counts = MonitorJson["lights"]
const countLine = (counts: Counts) => LIGHTS.map((l) => `${lightWord(l)} ${counts[l]}`).join("，")
const value = (v: string | number | null) => (v === null ? "—" : cell(v))

const redSection = (results: MonitorJson): string => {
  const items = redList(results)
  const body =
    items.length === 0
      ? "没有亮红灯的指标和项目。"
      : markdownTable(
          [
            "单位",
            "项目",
            "序号",
            "三级指标",
            "年度指标值",
            toDateHeading(results.asOf),
            "完成率",
            "偏差原因",
          ],
          items.map((r) => [
            cell(r.project.unit || "—"),
            cell(r.project.name),
            r.indicator === null ? "—" : String(r.indicator.no),
            cell(r.name),
            value(r.target),
            value(r.toDate),
            percentText(r.completion),
            cell(reasonCell(r)),
          ]),
        )
  return [`## 一、红灯清单（${items.length} 项）`, body].join("\n\n")
}

const lightsSection = (results: MonitorJson): string => {
  const lines = [
    `- **绩效指标**：${countLine(results.lights)}`,
    `- **预算执行**：${countLine(results.budgetLights)}`,
  ]
  const units = markdownTable(
    ["单位", ...LIGHTS.map(lightWord), "预测得分", "预测等级"],
    [
      ...results.units.map((u) => [
        cell(u.name || "—"),
        ...LIGHTS.map((l) => String(u.lights[l])),
        scoreText(u.projected?.score),
        u.projected?.grade ?? "—",
      ]),
      [
        "**全部门**",
        ...LIGHTS.map((l) => String(results.lights[l])),
        scoreText(results.department.projected.score),
        results.department.projected.grade,
      ],
    ],
    ["left", "right", "right", "right", "right", "right", "right", "left"],
  )
  return ["## 二、亮灯情况", lines.join("\n"), units].join("\n\n")
}

const projectionSection = (results: MonitorJson): string => {
  const d = results.department.projected
  const lines = [
    `**全年预测综合得分 ${scoreText(d.score)}（${d.grade}）——${PROJECTION_LABEL}。**`,
    markdownText(results.projection),
    ...(results.withoutForecast > 0
      ? [`${results.withoutForecast} 项指标尚无可推算的全年预计（未到期或未填报），预测中按 0 分计。`]
      : []),
    ...(results.inputs.budget === null ? ["未提供预算执行表：预测中各项目的预算执行得分记 0 分。"] : []),
  ]
  return [`## 三、全年预测（${PROJECTION_LABEL}）`, lines.join("\n\n")].join("\n\n")
}

const budgetLine = (results: MonitorJson, p: MonitorProject): string => {
  const b = p.budget
  if (b === null) return "- **预算执行**：未提供预算执行表"
  const notes = [...new Set(b.findings.map((f) => f.message))].map(markdownText).join("；")
  return (
    `- **预算执行**：全年预算数 ${b.planned ?? "—"}，${executedHeading(results.asOf)} ${b.executed ?? "—"}，` +
    `执行进度 ${percentText(b.progress)}，序时进度 ${percentText(results.timeProgress)}，${lightWord(b.light)}` +
    (notes ? `（${notes}）` : "")
  )
}

const projectSection = (results: MonitorJson, p: MonitorProject, n: number): string => {
  const table = markdownTable(
    [
      "序号",
      "三级指标",
      "年度指标值",
      toDateHeading(results.asOf),
      "完成率",
      "序时进度",
      "预警",
      "全年预计完成值",
      "完成目标可能性",
      "偏差原因",
      "纠偏措施",
    ],
    p.indicators.map((i) => [
      String(i.no),
      cell(i.name),
      value(i.target ?? i.expects),
      value(i.toDate),
      percentText(i.completion),
      comparedWith(i) ?? percentText(results.timeProgress),
      `**${lightWord(i.light)}**`,
      value(forecastOf(i)),
      value(likelihoodOf(i)),
      value(reasonOf(i)),
      value(i.correction),
    ]),
  )
  return [
    `### ${n + 1}. ${markdownText(p.name)}（${markdownText(p.unit || "—")}）`,
    [
      budgetLine(results, p),
      `- **全年预测**：${scoreText(p.projected.total)} 分（${p.projected.grade}），${PROJECTION_LABEL}`,
    ].join("\n"),
    table,
  ].join("\n\n")
}

const findingsSection = (results: MonitorJson): string => {
  const lines = results.projects.flatMap((p) => [
    ...(p.budget?.findings ?? []).map(
      (f) => `- ${markdownText(p.name)} · 预算执行：${markdownText(f.message)}`,
    ),
    ...p.indicators.flatMap((i) =>
      i.findings.map(
        (f) =>
          `- ${markdownText(p.name)} · ${i.no} ${markdownText(i.name)}：${markdownText(f.message)}` +
          (f.at.place ? `（${markdownText(f.at.place)}）` : ""),
      ),
    ),
  ])
  return ["## 五、审核意见", lines.length === 0 ? "无。" : lines.join("\n")].join("\n\n")
}

const rejectedSection = (results: MonitorJson): string => {
  const rows = results.rejected.map((r) => [
    cell(r.sheet ? `${r.file}（${r.sheet}）` : r.file),
    String(r.row),
    cell(r.message),
  ])
  return [
    "## 六、未采用的输入行",
    rows.length === 0 ? "无。" : markdownTable(["文件", "行", "原因"], rows, ["left", "right", "left"]),
  ].join("\n\n")
}

/** Renders 监控报告.md. */
export const renderMonitorMarkdown: MonitorRenderer = async (results) => {
  const { inputs, engine } = results
  const sources = [
    `目标表 ${cell(inputs.targets)}`,
    `监控表 ${cell(inputs.actuals)}`,
    ...(inputs.budget === null ? [] : [`预算执行 ${cell(inputs.budget)}`]),
  ]
  const sections = [
    `# ${results.year} 年度项目支出绩效运行监控报告（截至 ${results.asOf}）`,
    `序时进度 **${percentText(results.timeProgress)}**（${results.days.elapsed} ÷ ${results.days.year} 天）；评分规则 ${markdownText(results.policy)}。`,
    redSection(results),
    lightsSection(results),
    projectionSection(results),
    "## 四、各项目绩效监控表",
    ...results.projects.map((p, n) => projectSection(results, p, n)),
    findingsSection(results),
    rejectedSection(results),
    `---\n\n由 ${cell(engine.name)} ${cell(engine.version)} 生成；输入：${sources.join("，")}。`,
  ]
  return [{ name: MONITOR_MD_FILE, contents: `${sections.join("\n\n")}\n` }]
}
