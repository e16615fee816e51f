import { describe, expect, it } from "vitest"
import { seedMonitorResults } from "../../testing/index.ts"
import { monitorCsvHeader, renderMonitorCsv } from "./csv.ts"
import { renderMonitorMarkdown } from "./markdown.ts"
import { redList } from "./red-list.ts"
import { MONITOR_CSV_FILE, MONITOR_MD_FILE, type MonitorJson, PROJECTION_LABEL } from "./words.ts"

const results = await seedMonitorResults()

describe("监控明细.csv", () => {
  it("has a row per indicator after the header, UTF-8 with a BOM and CRLF", async () => {
    const [file] = await renderMonitorCsv(results)
    expect(file!.name).toBe(MONITOR_CSV_FILE)
    const text = file!.contents as string
    expect(text.startsWith("\uFEFF")).toBe(true)
    const lines = text.slice(1).split("\r\n").slice(0, -1)
    expect(lines[0]).toBe(monitorCsvHeader(results.asOf).join(","))
    expect(lines[0]).toContain("1-7月完成值")
    expect(lines).toHaveLength(1 + results.projects.reduce((n, p) => n + p.indicators.length, 0))
  })

  it("writes a cumulative row's completion, 序时进度, light and forecast; a rate says what it was judged against", async () => {
    const text = (await renderMonitorCsv(results))[0]!.contents as string
    const row = text.split("\r\n").find((l) => l.startsWith("广州市工业和信息化局,信息化工作经费,6,"))!
    expect(row).toContain(",提交研究报告成果,")
    expect(row).toContain(",1份,16.67,58.2,红灯,累计（对照序时进度）,")
    expect(row).toContain(",确定能,")
    const rate = results.projects
      .flatMap((p) => p.indicators)
      .find((i) => i.treatment?.kind === "rate" && i.light === "red")!
    const rateRow = text.split("\r\n").find((l) => l.includes(`,${rate.name},`))!
    expect(rateRow).toContain(`,${rate.completion},对照目标值,红灯,`)
  })

  it("guards text a spreadsheet would run as a formula", async () => {
    const hostile = structuredClone(results) as MonitorJson
    ;(hostile.projects[0] as { name: string }).name = "=1+2"
    const text = (await renderMonitorCsv(hostile))[0]!.contents as string
    expect(text.split("\r\n")[1]).toContain(",'=1+2,")
  })
})

describe("监控报告.md", () => {
  it("opens with the red list, labels the projection, and has a table per project", async () => {
    const [file] = await renderMonitorMarkdown(results)
    expect(file!.name).toBe(MONITOR_MD_FILE)
    const md = file!.contents as string
    const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1])
    expect(sections[0]).toBe(`一、红灯清单（${redList(results).length} 项）`)
    expect(md).toContain(`## 三、全年预测（${PROJECTION_LABEL}）`)
    expect(md).toContain(`全年预测综合得分 ${results.department.projected.score.toFixed(2)}`)
    expect(md.match(/^### \d+\. /gm)).toHaveLength(results.projects.length)
    expect(md).toContain("截至 2024-07-31")
    expect(md).toContain("序时进度 **58.20%**")
  })

  it("escapes Markdown in input text", async () => {
    const hostile = structuredClone(results) as MonitorJson
    ;(hostile.projects[0] as { name: string }).name = "# 项目 | *强调*"
    const md = (await renderMonitorMarkdown(hostile))[0]!.contents as string
    expect(md).toContain("\\# 项目 \\| \\*强调\\*")
  })
})
