// The functions these tests run inside the page (page.evaluate) are typed against the DOM.
/// <reference lib="dom" />
/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core, the report opened from
 * disk. It must load nothing, run without errors, draw its Chinese as Chinese (not boxes), show the
 * charts, agree with results.json, filter, and keep hostile input as text.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { renderers } from "@jixiao/report"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { seedResults } from "../support/seed-results.ts"
import { unshownGlyphs } from "./cjk-glyphs.ts"
import { executablePath, launchChromium, missingTool } from "./launch.ts"

const hostile = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`
const artifacts = "test/artifacts"

const results = await seedResults()
// A copy with hostile text where input text goes: an indicator name, a deviation reason, a project name
// (headings, the search attribute, the charts' labels) and the department's name (the title).
const attacked = structuredClone(results)
attacked.projects[0]!.indicators[0]!.name = hostile
attacked.projects[0]!.indicators[1]!.deviationReason = `</script>${hostile}`
const hostileProject = `${hostile}</script><!--"'`
attacked.projects[0]!.name = hostileProject
attacked.department.name = `</title>${hostile}`

let browser: Browser
let page: Page
let fileUrl: string
const requests: string[] = []
const errors: string[] = []

// A machine without Chromium fails here, by name, rather than skipping the browser tests quietly.
it("finds Debian's Chromium at /usr/bin/chromium", () => {
  expect(existsSync(executablePath), missingTool(executablePath)).toBe(true)
})

const visibleProjects = () => page.locator("section.project:visible").count()

describe("报告.html in Chromium", () => {
  beforeAll(async () => {
    const [file] = await (await renderers.html())(attacked)
    const dir = mkdtempSync(join(tmpdir(), "jixiao-html-"))
    const path = join(dir, file!.name)
    writeFileSync(path, file!.contents)
    fileUrl = pathToFileURL(path).href
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on("request", (request) => requests.push(request.url()))
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`)
    })
    page.on("pageerror", (error) => errors.push(`page: ${error.message}`))
    await page.goto(fileUrl, { waitUntil: "load" })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("loads with no error and no request but the file itself", async () => {
    await page.waitForTimeout(300)
    expect(errors).toEqual([])
    expect(requests).toEqual([fileUrl])
    const csp = page.locator('meta[http-equiv="Content-Security-Policy"]')
    expect(await csp.getAttribute("content")).toMatch(/^default-src 'none'; /)
  })

  // Without a CJK font the page loads and every DOM test passes while each Chinese character prints as a
  // box. cjk-glyphs.test.ts shows this check failing on such a machine.
  it("draws every Chinese character of the report as itself, not as a box", async () => {
    const text = (await page.evaluate(() => document.body.textContent)) ?? ""
    const chinese = [...new Set(text.match(/\p{Script=Han}/gu))].join("")
    expect(chinese.length).toBeGreaterThan(200)
    const font = await page.evaluate(() => getComputedStyle(document.documentElement).fontFamily)
    const unshown = await unshownGlyphs(page, `绩效自评报告${chinese}`, font)
    const boxed = unshown.map((u) => u.char).join("")
    expect(boxed, "中文显示为方框：请安装 fonts-noto-cjk（bash scripts/ensure-chromium.sh）").toBe("")
  })

  it("shows the overview charts", async () => {
    for (const id of ["chart-grades", "chart-histogram", "chart-units", "chart-completion"]) {
      await expect.poll(() => page.locator(`svg#${id}`).isVisible()).toBe(true)
    }
    expect(await page.locator("svg#chart-grades title").first().textContent()).toBe("项目等级分布")
  })

  it("prints the 自评表 of 综合工作经费 as results.json scores it, with the policy's decimals", async () => {
    const project = results.projects.find(
      (p) => p.name === "综合工作经费" && p.unit === "广州市工业和信息化局",
    )!
    const shown = (n: number | null) => (n === null ? "—" : n.toFixed(results.policy.rounding.decimals))
    const section = page.locator(`section.project[data-search="${project.unit} ${project.name}"]`)
    await expect.poll(() => section.count()).toBe(1)
    expect(await section.locator("td.total").textContent()).toBe(shown(project.total))
    expect(await section.locator("tr.budget td.score").textContent()).toBe(shown(project.budget!.score))
    const scores = await section.locator("tr.ind td.score").allTextContents()
    expect(scores).toEqual(project.indicators.map((i) => shown(i.score)))
    const names = await section.locator("tr.ind td.ind-name").allTextContents()
    expect(names).toEqual(project.indicators.map((i) => i.name))
  })

  it("filters projects by text, grade and problems", async () => {
    const total = results.projects.length
    expect(await visibleProjects()).toBe(total)
    await page.fill("#filter-text", "无线电")
    const radio = results.projects.filter((p) => `${p.unit}${p.name}`.includes("无线电")).length
    expect(radio).toBeGreaterThan(0)
    expect(radio).toBeLessThan(total)
    expect(await visibleProjects()).toBe(radio)
    expect(await page.locator("#filter-status").textContent()).toBe(`显示 ${radio} / ${total} 个项目`)
    await page.click("#filter-reset")
    await page.selectOption("#filter-grade", "差")
    expect(await visibleProjects()).toBe(results.department.grades.差)
    await page.selectOption("#filter-grade", "")
    await page.check("#filter-problems")
    const shown = await page.locator("section.project:visible").evaluateAll((els) => els.map((el) => el.id))
    const notMet = results.projects.filter((p) => p.indicators.some((i) => i.status === "not_met"))
    expect(shown.length).toBeGreaterThanOrEqual(notMet.length)
    expect(shown.length).toBeLessThan(total)
    await page.click("#filter-reset")
    expect(await visibleProjects()).toBe(total)
  })

  it("keeps hostile input as text", async () => {
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator("img").count()).toBe(0)
    const cell = page.locator("tr.ind td.ind-name", { hasText: "window.__pwned=1" })
    expect(await cell.textContent()).toBe(hostile)
    expect(await page.locator("td.reason", { hasText: "</script>" }).count()).toBe(1)
    const project = page.locator("section.project").first()
    expect(await project.getAttribute("data-search")).toBe(`${attacked.projects[0]!.unit} ${hostileProject}`)
    expect(await project.textContent()).toContain(hostileProject)
    expect(await page.title()).toContain(`</title>${hostile}`)
  })

  it("saves a screenshot and a print of the whole report", async () => {
    mkdirSync(artifacts, { recursive: true })
    await page.screenshot({ path: join(artifacts, "html-report.png"), fullPage: true })
    await page.emulateMedia({ media: "print" })
    await page.pdf({ path: join(artifacts, "html-report.pdf"), format: "A4", printBackground: true })
    await page.emulateMedia({ media: "screen" })
    expect(requests).toEqual([fileUrl])
    expect(errors).toEqual([])
  })
})
