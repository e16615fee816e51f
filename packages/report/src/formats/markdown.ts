/**
 * The Markdown report `报告.md`: the summary a finance bureau reads first, every project's 自评表, then the
 * lists that need action (not met, needs review, findings, rows not used). Pure: results in, one file out.
 */
import { countStatuses, type ResultsJson, STATUSES, statusNames } from "@jixiao/scoring"
import { markdownCell as cell, markdownTable, markdownText } from "../markdown-text.ts"
import type { Renderer } from "../report-file.ts"
import { rollupMethodText } from "../rollup-method.ts"
import { targetHeading } from "../target-heading.ts"
import { fixed, projectMarkdown } from "./markdown-project.ts"

type Rollup = ResultsJson["department"]
type Finding = ResultsJson["projects"][number]["findings"][number]

const gradeNames = ["优", "良", "中", "差"] as const
const severityNames: Readonly<Record<string, string>> = { error: "错误", warning: "警告", info: "提示" }
const roundingNames: Readonly<Record<string, string>> = { half_up: "四舍五入", truncate: "截尾" }
const gradeLine = (r: Rollup) => gradeNames.map((g) => `${g} ${r.grades[g] ?? 0}`).join("、")

const summary = (results: ResultsJson, decimals: number): string => {
  const d = results.department
  const indicators = results.projects.flatMap((p) => p.indicators)
  const byStatus = countStatuses(indicators)
  const counts = STATUSES.map((s) => `${statusNames["zh-CN"][s]} ${byStatus[s]}`)
  const { rows, budgetRows, policy } = results
  const basis = targetHeading(results.basis)
  const lines = [
    `- **综合得分**：${fixed(d.score, decimals)}（${d.grade}）`,
    `- **项目**：${d.projects} 个；${gradeLine(d)}；最低 ${fixed(d.min, decimals)}，最高 ${fixed(d.max, decimals)}`,
    `- **指标**：${indicators.length} 项；${counts.join("，")}`,
    `- **输入**：${rows.in} 行；已评分 ${rows.graded}，未采用 ${rows.rejected}`,
    ...(budgetRows.in > 0
      ? [`- **预算执行**：${budgetRows.in} 行；已采用 ${budgetRows.used}，未采用 ${budgetRows.rejected}`]
      : []),
    `- **评分规则**：${markdownText(policy.name)}（${markdownText(policy.description)}）`,
    `- **口径**：按${basis}评分；得分保留 ${decimals} 位小数（${roundingNames[policy.rounding.mode] ?? policy.rounding.mode}）；` +
      `部门得分为${rollupMethodText(results.department, policy.rollup)}`,
  ]
  const units = markdownTable(
    ["单位", "项目数", "得分", "等级", ...gradeNames, "最低", "最高"],
    results.units.map((u) => [
      cell(u.name || "—"),
      String(u.projects),
      fixed(u.score, decimals),
      u.grade,
      ...gradeNames.map((g) => String(u.grades[g] ?? 0)),
      fixed(u.min, decimals),
      fixed(u.max, decimals),
    ]),
    ["left", "right", "right", "left", "right", "right", "right", "right", "right", "right"],
  )
  return ["## 一、总体情况", lines.join("\n"), "### 各单位", units].join("\n\n")
}

const indicatorList = (title: string, list: ResultsJson["notMet"]): string =>
  [
    title,
    list.length === 0
      ? "无。"
      : markdownTable(
          ["单位", "项目", "序号", "三级指标"],
          list.map((x) => [cell(x.unit || "—"), cell(x.project), String(x.no), cell(x.name)]),
        ),
  ].join("\n\n")

const findingLine = (subject: string, f: Finding) => {
  const place = f.at?.place ? `（${markdownText(f.at.place)}）` : ""
  return `- ${severityNames[f.severity] ?? f.severity} · ${subject}：${markdownText(f.message)}${place}`
}

const findings = (results: ResultsJson): string => {
  const blocks = results.projects.flatMap((p) => {
    const lines = [
      ...p.findings.map((f) => findingLine("项目", f)),
      ...p.indicators.flatMap((i) =>
        i.findings.map((f) => findingLine(`${i.no} ${markdownText(i.name)}`, f)),
      ),
    ]
    return lines.length === 0
      ? []
      : [`**${markdownText(p.name)}**（${markdownText(p.unit || "—")}）\n\n${lines.join("\n")}`]
  })
  return ["## 五、审核意见", blocks.length === 0 ? "无。" : blocks.join("\n\n")].join("\n\n")
}

const rejected = (results: ResultsJson): string => {
  const rows = results.rejected.map((r) => {
    const data = r.data ? Object.values(r.data).join("、") : ""
    return [
      cell(r.sheet ? `${r.file}（${r.sheet}）` : r.file),
      String(r.row),
      cell(data ? `${r.message}：${data}` : r.message),
    ]
  })
  const table =
    rows.length === 0 ? "无。" : markdownTable(["文件", "行", "原因"], rows, ["left", "right", "left"])
  return ["## 六、未采用的输入行", table].join("\n\n")
}

const footer = ({ engine, inputs }: ResultsJson): string => {
  const sources = [
    `目标表 ${cell(inputs.targets)}`,
    ...(inputs.actuals === null ? [] : [`实际完成值 ${cell(inputs.actuals)}`]),
    ...(inputs.budget === null ? [] : [`预算执行 ${cell(inputs.budget)}`]),
  ]
  return `---\n\n由 ${cell(engine.name)} ${cell(engine.version)} 生成；输入：${sources.join("，")}。`
}

/** Renders `报告.md`. */
export const renderMarkdown: Renderer = async (results) => {
  const decimals = results.policy.rounding.decimals
  const department = results.department.name
  const year = results.year === null ? "" : `${results.year} 年度`
  const targetLabel = targetHeading(results.basis)
  const context = { department, decimals, targetLabel }
  const sections = [
    `# ${markdownText(department || "部门")} ${year}项目支出绩效自评报告`,
    summary(results, decimals),
    "## 二、项目支出绩效自评表",
    ...results.projects.map((p, i) => projectMarkdown(p, i, context)),
    indicatorList("## 三、未达成的指标", results.notMet),
    indicatorList("## 四、待人工判断的指标", results.needsReview),
    findings(results),
    rejected(results),
    footer(results),
  ]
  return [{ name: "报告.md", contents: `${sections.join("\n\n")}\n` }]
}
