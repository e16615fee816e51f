import type { TargetJson, TargetKind } from "@jixiao/core"
import type { CompileResult } from "./compile-result.ts"
import { type Style, severityLabel, severityName } from "./style.ts"
import { renderTextTable } from "./text-table.ts"

/** Chinese names of target kinds, as a reviewer says them. */
export const kindName: Readonly<Record<TargetKind, string>> = {
  quantity: "数量",
  deadline: "期限",
  qualitative: "定性",
  compound: "复合",
  per_item: "逐项",
  range: "区间",
  reference: "引用",
  unparsed: "无法解析",
}

const issuesText = (target: TargetJson): string =>
  target.issues
    .map(
      (issue) =>
        `${severityName[issue.severity as keyof typeof severityName] ?? issue.severity}：${issue.message}`,
    )
    .join("\n")

// A compound target reads best as its parts, one per line: each is met (or not) on its own.
const expectsText = (target: TargetJson): string =>
  target.kind === "compound" && target.parts !== null
    ? target.parts.map((part) => `· ${part.expects}`).join("\n")
    : target.expects

const row = (result: CompileResult): ReadonlyArray<string> =>
  result._tag === "Compiled"
    ? [
        result.target.text,
        kindName[result.target.kind],
        expectsText(result.target),
        issuesText(result.target),
      ]
    : [result.input, "输入无效", "", result.message]

/** The human form of `compile`: one row per input (原文 | 类型 | 期望 | 问题). */
export const renderCompileTable = (results: ReadonlyArray<CompileResult>, style: Style): string =>
  renderTextTable(
    [
      { header: "原文", maxWidth: 40 },
      { header: "类型" },
      { header: "期望", maxWidth: 36 },
      { header: "问题", maxWidth: 48 },
    ],
    results.map(row),
    (column, line) => {
      if (column === 1 && line.startsWith("无法解析")) return style.red(line)
      if (column === 1 && line.startsWith("输入无效")) return style.red(line)
      if (column === 3) {
        for (const severity of ["error", "warning", "info"] as const) {
          const name = severityName[severity]
          if (line.startsWith(name)) return severityLabel(severity, style) + line.slice(name.length)
        }
      }
      return line
    },
  )
