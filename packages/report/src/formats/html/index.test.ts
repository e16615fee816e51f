import { describe, expect, it } from "vitest"
import {
  SEED_ACTUALS as actuals,
  SEED_BUDGET as budget,
  SEED_TARGETS as seed,
  seedResults,
} from "../../testing/index.ts"
import { escapeHtml } from "./escape.ts"
import { htmlReportName, renderHtml, reportHtml } from "./index.ts"
import { contentSecurityPolicy } from "./layout.ts"

const results = await seedResults()
const page = reportHtml(results)
const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)

describe("renderHtml on the seed", () => {
  it("writes one file, 报告.html", async () => {
    const files = await renderHtml(results)
    expect(files.map((f) => f.name)).toEqual([htmlReportName])
    expect(files[0]!.contents).toBe(page)
  })

  it("is self-contained: a strict CSP, and nothing that could load", () => {
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy)}">`,
    )
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/)
    expect(page).not.toMatch(
      /<link\b|<img\b|<iframe\b|@import|url\(|\ssrc=|https?:\/\/(?!www\.w3\.org\/2000\/svg")/,
    )
    expect([...page.matchAll(/href="([^"]*)"/g)].every((m) => m[1]!.startsWith("#"))).toBe(true)
  })

  it("gives every element a unique id, and every link a target", () => {
    expect(new Set(ids).size).toBe(ids.length)
    const targets = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!)
    expect(targets.filter((t) => !ids.includes(t))).toEqual([])
  })

  it("has a row with an id for every indicator, and a 自评表 for every project", () => {
    const indicators = results.projects.reduce((n, p) => n + p.indicators.length, 0)
    expect(page.match(/<tr id="[^"]+" class="ind /g)).toHaveLength(indicators)
    expect(page.match(/<section class="project"/g)).toHaveLength(results.projects.length)
  })

  it("prints scores with the policy's two decimals, as the CLI and 报告.md do (95.9 → 95.90)", () => {
    const unit = results.units.find((u) => u.score !== null && !u.score.toFixed(2).endsWith(String(u.score)))
    // results.json drops trailing zeros (a JSON number); the report pads them back.
    expect(unit).toBeDefined()
    expect(page).toContain(`<span class="score">${unit!.score!.toFixed(2)} 分</span>`)
    expect(page).not.toContain(`<span class="score">${unit!.score} 分</span>`)
    const cells = [...page.matchAll(/<td class="num (?:weight|score|total)">([^<]+)<\/td>/g)].map(
      (m) => m[1]!,
    )
    expect(cells.length).toBeGreaterThan(results.projects.length)
    for (const cell of cells) expect(cell).toMatch(/^(?:—|-?\d+\.\d{2})$/)
  })

  it("links each finding to its indicator row", () => {
    const [notMet] = results.notMet
    const project = results.projects.find((p) => p.unit === notMet!.unit && p.name === notMet!.project)!
    const row = page.match(new RegExp(`<tr id="([^"]+)" class="ind r-not_met">[\\s\\S]*?${notMet!.name}`))
    expect(row).not.toBeNull()
    expect(page).toContain(`<a href="#${row![1]}">${notMet!.name}</a>`)
    expect(project.indicators.some((i) => i.name === notMet!.name && i.status === "not_met")).toBe(true)
  })

  it("heads the report with its department, year and policy, a blank date, and no input paths", () => {
    const head = page.slice(page.indexOf('<header class="doc-head">'), page.indexOf("</header>"))
    expect(head).toContain(`<dd>${results.department.name}</dd>`)
    expect(head).toContain(`<dd>${results.year} 年度</dd>`)
    expect(head).toContain(`<dd>${results.policy.name}（${results.policy.description}）</dd>`)
    // results.json has no date, so the unit writes it in: the page stays the same for the same inputs.
    expect(head).toMatch(/<dt>填报日期<\/dt><dd><span class="blank"><\/span>年/)
    for (const file of [seed, actuals, budget]) expect(head).not.toContain(file)
    expect(head).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  })

  it("is byte-identical when rendered twice", async () => {
    expect(reportHtml(await seedResults())).toBe(page)
  })
})

describe("input text", () => {
  const hostile = `</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'&`
  const attacked = structuredClone(results)
  const project = attacked.projects[0]!
  project.name = hostile
  project.goal = hostile
  project.indicators[0]!.name = hostile
  project.indicators[0]!.target = hostile
  project.indicators[0]!.actual = hostile
  project.indicators[0]!.deviationReason = hostile
  attacked.units[0]!.name = hostile
  attacked.department.name = hostile
  const out = reportHtml(attacked)

  it("is escaped wherever it appears", () => {
    expect(out).not.toContain("<script>window")
    expect(out).not.toContain("<img")
    expect(out.match(/<script>/g)).toHaveLength(1)
    expect(out).toContain(
      "&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;",
    )
  })

  it("never reaches innerHTML in the script", () => {
    expect(out).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/)
  })
})
