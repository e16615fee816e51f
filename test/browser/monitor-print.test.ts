// The functions these tests run inside the page (page.evaluate) are typed against the DOM.
/// <reference lib="dom" />
/**
 * 监控报告.html printed to A4 by Chromium, as 报告.html is in print.test.ts, kept cheap: one page load and
 * one PDF. At the printable width its own `@page` rule leaves, no table is wider than the page and no
 * cell's content spills out of its cell (a light badge, a long projection); the Chinese and the light
 * symbols are drawn as glyphs; the PDF ends no page with a heading, prints no empty page, and reads the
 * red list before the overview. The pages are saved as PNG in test/artifacts/monitor-print/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { monitorRenderers } from "@jixiao/report"
import { seedMonitorResults } from "@jixiao/report/testing"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { unshownGlyphs } from "./cjk-glyphs.ts"
import { hasCommand, launchChromium, missingTool } from "./launch.ts"
import { pageTexts, savePagePngs } from "./pdf-pages.ts"

const artifacts = "test/artifacts/monitor-print"
const dir = mkdtempSync(join(tmpdir(), "jixiao-monitor-print-"))
let browser: Browser
let page: Page
let printable: number
let texts: string[]

describe("监控报告.html printed to A4", () => {
  beforeAll(async () => {
    for (const tool of ["pdftoppm", "pdftotext"]) if (!hasCommand(tool)) throw new Error(missingTool(tool))
    const [file] = await monitorRenderers.html(await seedMonitorResults())
    const html = join(dir, file!.name)
    writeFileSync(html, file!.contents)
    browser = await launchChromium()
    page = await browser.newPage()
    await page.goto(pathToFileURL(html).href, { waitUntil: "load" })
    await page.emulateMedia({ media: "print" })
    printable = await page.evaluate(() => {
      const rule = [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .find((r): r is CSSPageRule => r instanceof CSSPageRule)!
      const px = (length: string) => {
        const probe = document.createElement("div")
        probe.style.width = length
        document.body.append(probe)
        const width = probe.getBoundingClientRect().width
        probe.remove()
        return width
      }
      return px("210mm") - px(rule.style.marginLeft) - px(rule.style.marginRight)
    })
    await page.setViewportSize({ width: Math.floor(printable), height: 1000 })
    const pdf = join(dir, "监控报告.pdf")
    await page.pdf({ path: pdf, format: "A4", printBackground: true })
    texts = pageTexts(pdf)
    rmSync(artifacts, { recursive: true, force: true })
    mkdirSync(artifacts, { recursive: true })
    savePagePngs(pdf, 60, join(artifacts, "page"))
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it("lays out no table wider than the printable width, and no cell's content outside its cell", async () => {
    const width = Math.floor(printable)
    const wide = await page.evaluate(
      (width) =>
        [...document.querySelectorAll("table")]
          .filter((t) => t.getBoundingClientRect().right > width || t.scrollWidth > t.clientWidth)
          .map((t) => `table.${t.className}`),
      width,
    )
    expect(wide).toEqual([])
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll("td, th")]
        .filter((cell) => cell.scrollWidth > cell.clientWidth)
        .map((cell) => `${cell.tagName.toLowerCase()}.${cell.className}: ${cell.textContent?.trim()}`),
    )
    expect([...new Set(overflowing)]).toEqual([])
  })

  it("draws its Chinese and the light symbols as glyphs, not boxes", async () => {
    const text = await page.evaluate(() => document.body.textContent ?? "")
    const chinese = [...new Set(text.match(/\p{Script=Han}/gu))].join("")
    expect(chinese.length).toBeGreaterThan(200)
    const font = await page.evaluate(() => getComputedStyle(document.documentElement).fontFamily)
    const unshown = await unshownGlyphs(page, `✓✗${chinese}`, font)
    expect(unshown.map((u) => u.char).join("")).toBe("")
  })

  it("prints the red list first, ends no page with a heading, and prints no empty page", async () => {
    const normal = (s: string) => s.replace(/\s+/g, " ").trim()
    const whole = normal(texts.join("\n"))
    expect(whole.indexOf("红灯清单")).toBeGreaterThan(0)
    expect(whole.indexOf("红灯清单")).toBeLessThan(whole.indexOf("亮灯总览"))
    expect(texts[0]).toContain("序时进度")
    const headings = new Set((await page.locator("h2, h3").allTextContents()).map(normal))
    const stranded = texts.flatMap((text, i) => {
      const last = normal(text.trim().split("\n").at(-1) ?? "")
      return headings.has(last) ? [{ page: i + 1, heading: last }] : []
    })
    expect(stranded).toEqual([])
    expect(texts.flatMap((text, i) => (text.trim() === "" ? [i + 1] : []))).toEqual([])
  })
})
