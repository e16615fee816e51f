/**
 * The Chinese summary `jixiao monitor` prints: 序时进度, the lights per unit, the budget lights, the red
 * list, the projected grades (said to be a projection), and the rows not used. Every name from the input
 * goes through terminalText.
 */
import { LIGHTS, lightNames, type MonitorResultsJson } from "@jixiao/scoring"
import type { Style } from "./style.ts"
import { terminalText as t } from "./terminal-text.ts"

/** How many red indicators and rejected rows the terminal lists before it gives a count. */
const shown = 20

type Counts = MonitorResultsJson["lights"]

const paint = (style: Style, light: keyof Counts, text: string) =>
  light === "red"
    ? style.red(text)
    : light === "yellow"
      ? style.yellow(text)
      : light === "green"
        ? style.green(text)
        : text

const countLine = (counts: Counts, style: Style) =>
  LIGHTS.map((light) => paint(style, light, `${lightNames[light]} ${counts[light]}`)).join("，")

const total = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0)

const pct = (x: number | null) => (x === null ? "—" : `${x.toFixed(2)}%`)

/** The summary of a monitoring run; `written` are the files written (results.json and the reports). */
export const renderMonitorSummary = (
  results: MonitorResultsJson,
  written: ReadonlyArray<string>,
  style: Style,
): string => {
  const lines = [
    style.bold(
      `${results.year} 年度绩效运行监控　截至 ${results.asOf}　序时进度 ${pct(results.timeProgress)}`,
    ) + style.dim(`（${results.days.elapsed} ÷ ${results.days.year} 天）`),
    "",
    `指标 ${total(results.lights)} 项：${countLine(results.lights, style)}`,
    ...results.units.map((u) => `  ${t(u.name) || "（未命名单位）"}　${countLine(u.lights, style)}`),
  ]
  if (total(results.budgetLights) > 0)
    lines.push(
      `预算执行进度 ${total(results.budgetLights)} 个项目：${countLine(results.budgetLights, style)}`,
    )
  lines.push("")
  if (results.red.length === 0) lines.push(style.green("没有亮红灯的指标"))
  else {
    lines.push(style.red(`红灯指标 ${results.red.length} 项：`))
    for (const r of results.red.slice(0, shown)) {
      const progress = r.completion === null ? "" : `，完成率 ${pct(r.completion)}`
      lines.push(
        `  ${r.unit ? `${t(r.unit)}　` : ""}${t(r.project)}　${r.no}. ${t(r.name)}：目标 ${t(r.expects)}，当前 ${t(r.toDate ?? "未填写")}${progress}`,
      )
    }
    if (results.red.length > shown)
      lines.push(`  ……另有 ${results.red.length - shown} 项，见 results.json 的 red`)
  }
  const d = results.department.projected
  lines.push(
    "",
    style.bold(`全年预测：综合得分 ${d.score.toFixed(2)}（${d.grade}）`) +
      style.yellow("　这是预测，并非年终评价结果"),
    style.dim(`  ${t(results.projection)}`),
  )
  if (results.withoutForecast > 0)
    lines.push(
      style.yellow(
        `  ${results.withoutForecast} 项指标尚无可推算的全年预计（未到期或未填报），预测中按 0 分计`,
      ),
    )
  if (results.inputs.budget === null)
    lines.push(style.yellow("  未提供预算执行表（--budget）：预测中各项目的预算执行得分记 0 分"))
  for (const u of results.units)
    if (u.projected !== null)
      lines.push(
        `  ${t(u.name) || "（未命名单位）"}　预测 ${u.projected.score.toFixed(2)}（${u.projected.grade}）`,
      )
  if (results.rejected.length > 0) {
    lines.push("", "未采用的输入行：")
    for (const x of results.rejected.slice(0, shown))
      lines.push(
        `  ${t(x.file)} 第 ${x.row} 行${x.column === undefined ? "" : ` 第 ${x.column} 列`}：${t(x.message)}`,
      )
    if (results.rejected.length > shown)
      lines.push(`  ……另有 ${results.rejected.length - shown} 行，见 results.json 的 rejected`)
  }
  lines.push(`评分规则：${t(results.policy)}`, ...written.map((path) => style.dim(`已写入 ${t(path)}`)))
  return lines.join("\n")
}
