import { LIGHTS } from "@jixiao/scoring"
import { describe, expect, it } from "vitest"
import { seedMonitorResults } from "../../testing/index.ts"
import { escapeHtml } from "../html/escape.ts"
import { contentSecurityPolicy } from "../html/layout.ts"
import { monitorHtml, renderMonitorHtml } from "./html.ts"
import { redList } from "./red-list.ts"
import { MONITOR_HTML_FILE, type MonitorJson, PROJECTION_LABEL } from "./words.ts"

const results = await seedMonitorResults()
const page = monitorHtml(results)
const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)
/** The markup of the section with this id. */
const section = (id: string) => {
  const start = page.indexOf(`<section id="${id}"`)
  return page.slice(start, page.indexOf("</section>", start))
}

describe("监控报告.html of the seed (as of 2024-07-31)", () => {
  it("writes one file, 监控报告.html", async () => {
    const files = await renderMonitorHtml(results)
    expect(files.map((f) => f.name)).toEqual([MONITOR_HTML_FILE])
    expect(files[0]!.contents).toBe(page)
  })

  it("heads the page with the year, the as-of date and 序时进度", () => {
    const head = page.slice(page.indexOf("<header"), page.indexOf("</header>"))
    expect(head).toContain("2024 年度项目支出绩效运行监控报告（1-7月）")
    expect(head).toContain("<dd>2024-07-31</dd>")
    expect(head).toContain("<strong>58.20%</strong>（已过 213 天 ÷ 全年 366 天）")
  })

  it("opens with the red list, before the overview and the tables", () => {
    const order = ["red", "yellow", "overview", "units", "projects", "findings"].map((id) =>
      page.indexOf(`<section id="${id}"`),
    )
    expect(order.every((at) => at > 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it("lists every red indicator and red budget, in order, each linking to its row", () => {
    const items = redList(results)
    const red = section("red")
    expect(red).toContain(`${items.length} 项`)
    let at = 1
    for (const item of items) {
      const name = escapeHtml(item.indicator === null ? item.name : `${item.indicator.no}. ${item.name}`)
      const next = red.indexOf(name, at)
      expect(next, item.name).toBeGreaterThanOrEqual(at)
      at = next + name.length
    }
    expect((red.match(/<tr><td>/g) ?? []).length).toBe(items.length)
    // No yellow item crept in.
    const yellow = results.projects.flatMap((p) => p.indicators).find((i) => i.light === "yellow")!
    expect(red).not.toContain(escapeHtml(yellow.name))
  })

  it("labels every projected score a projection", () => {
    expect(section("overview")).toContain(`<span class="label">${PROJECTION_LABEL}</span>`)
    expect(section("overview")).toContain(
      `全年预测 ${results.department.projected.score.toFixed(2)} 分（${results.department.projected.grade}）`,
    )
    const heads = page.match(
      /全年预测 <strong>[\d.]+<\/strong> 分（.）<span class="muted">，预测，并非评价结果<\/span>/g,
    )
    expect(heads).toHaveLength(results.projects.length)
    expect(page).toContain(`文中的全年预测得分和等级均为${PROJECTION_LABEL}`)
  })

  it("counts the lights of each unit, as results.json does", () => {
    const overview = section("overview")
    for (const unit of results.units) {
      const cells = LIGHTS.map((l) => `<td class="num">${unit.lights[l]}</td>`).join("")
      expect(overview).toContain(`<td>${escapeHtml(unit.name)}</td>${cells}`)
    }
  })

  it("has a monitoring table for every project and a row for every indicator, each with its light", () => {
    expect(page.match(/<section class="project"/g)).toHaveLength(results.projects.length)
    const rows = [...page.matchAll(/<tr id="[^"]+" class="mi l-([a-z_]+)">/g)].map((m) => m[1])
    expect(rows).toEqual(results.projects.flatMap((p) => p.indicators.map((i) => i.light)))
    for (const light of LIGHTS) expect(page).toContain(`<span class="light l-${light}">`)
  })

  it("is self-contained and its links all land", () => {
    expect(page).toContain(`content="${escapeHtml(contentSecurityPolicy)}"`)
    expect(page).not.toMatch(/<link\b|<img\b|<script\b|@import|url\(|\ssrc=/)
    expect(new Set(ids).size).toBe(ids.length)
    const targets = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!)
    expect(targets.filter((t) => !ids.includes(t))).toEqual([])
  })

  it("escapes text from input", () => {
    const hostile = structuredClone(results) as MonitorJson
    ;(hostile.projects[0] as { name: string }).name = `<script>alert("x")</script>`
    const html = monitorHtml(hostile)
    expect(html).not.toContain("<script>alert")
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
  })

  it("says when no budget sheet was given", async () => {
    const html = monitorHtml(await seedMonitorResults({ budget: false }))
    expect(html).toContain("未提供预算执行表，预测中各项目的预算执行得分记 0 分")
    expect(html).toContain('<td class="missing">未提供</td>')
  })
})
