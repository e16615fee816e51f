import { type Finding, formatPlace, type LintReport, type Severity } from "@jixiao/core"
import { type Style, severityLabel, severityName } from "./style.ts"
import { terminalText as t } from "./terminal-text.ts"

const severities: ReadonlyArray<Severity> = ["error", "warning", "info"]

/** `部门：… 3 个单位，34 个项目，168 个指标`. */
const header = (report: LintReport, style: Style): string => {
  const { units, projects, indicators } = report.counts
  const department = report.department === null ? "（未注明）" : t(report.department)
  return `${style.bold(`部门：${department}`)}　${units} 个单位，${projects} 个项目，${indicators} 个指标`
}

/** Findings grouped by unit and project, in the order the table lists them. */
const groupFindings = (
  findings: ReadonlyArray<Finding>,
): ReadonlyArray<readonly [string, ReadonlyArray<Finding>]> => {
  const groups = new Map<string, Array<Finding>>()
  for (const finding of findings) {
    const title =
      finding.unit === null
        ? "整表"
        : finding.project === null
          ? finding.unit
          : `${finding.unit} › ${finding.project}`
    const group = groups.get(title)
    if (group === undefined) groups.set(title, [finding])
    else group.push(finding)
  }
  return [...groups]
}

// The two targets of an indicator share one cell in the text form, so the place alone cannot tell them apart.
const fieldName: Readonly<Partial<Record<Finding["field"], string>>> = {
  annual: "年度指标值",
  period: "实施周期指标值",
}

const subject = (finding: Finding): string => {
  if (finding.indicator === null) return ""
  const no = finding.no === null ? "" : `第 ${finding.no} 项 `
  const field = fieldName[finding.field]
  return `${no}${t(finding.indicator)}${field === undefined ? "" : `（${field}）`}：`
}

const renderFinding = (finding: Finding, style: Style): string =>
  [
    `  ${severityLabel(finding.severity, style)}  ${subject(finding)}${t(finding.message)}`,
    `        ${style.dim(t(formatPlace(finding.at)))}`,
  ].join("\n")

/** `共 2 个错误，5 个警告，3 个提示`, or a plain all-clear. */
const totals = (findings: ReadonlyArray<Finding>): string => {
  if (findings.length === 0) return "没有发现问题。"
  const counts = severities.map(
    (severity) => `${findings.filter((f) => f.severity === severity).length} 个${severityName[severity]}`,
  )
  return `共 ${counts.join("，")}。`
}

/** The human form of `lint`: header, findings grouped by unit and project, a closing count per severity. */
export const renderLintHuman = (report: LintReport, style: Style): string => {
  const out = [header(report, style)]
  for (const [title, findings] of groupFindings(report.findings)) {
    out.push("", style.bold(t(title)), ...findings.map((finding) => renderFinding(finding, style)))
  }
  out.push("", totals(report.findings))
  return out.join("\n")
}
