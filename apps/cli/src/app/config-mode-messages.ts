/** Wording of the config's mode rules (config-mode.ts): one Chinese line that names the file and the key. */
import type { ModeIssue } from "./config-mode.ts"

/** One line per issue, naming the config file and the key. */
export const formatModeIssue = (issue: ModeIssue, file: string): string => {
  const at = `配置文件 ${file} 中的 "${issue.path}"`
  switch (issue.code) {
    case "as_of_without_monitor":
      return `${at} 只用于运行监控：请同时写 "mode": "monitor"，或删去 "asOf"（年终评价没有截至日期），实际为 "${issue.data.actual}"`
    case "monitor_without_as_of":
      return `${at} 为 "monitor"，但缺少 "asOf"：请写明监控截止日期，如 "asOf": "2024-07-31"，或 "asOf": "today"（运行当天，按北京时间）`
    case "monitor_without_sheet":
      return `${at} 缺少：运行监控（"mode": "monitor"）须指定监控表（当前完成值 …），如 "inputs": { "actuals": "监控表.xlsx" }`
    case "as_of_invalid":
      return `${at} 应为 YYYY-MM-DD 格式的日期（如 "2024-07-31"）或 "today"，实际为 "${issue.data.actual}"`
    case "as_of_outside_year":
      return `${at} 为 ${issue.data.actual}，不在 "year" 所写的 ${issue.data.year} 年度内`
    case "format_not_for_monitor":
      return `${at} 为 "${issue.data.actual}"，运行监控只写 ${issue.data.choices.join("、")} 报告`
  }
}
