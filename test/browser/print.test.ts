// The functions these tests run inside the page (page.evaluate) are typed against the DOM.
/// <reference lib="dom" />
/**
 * 报告.html printed to A4 by Chromium, as a unit prints it. The layout is measured at the printable
 * width the report's own `@page` rule leaves; then the PDF is turned into page images and text and
 * checked for what the paper shows: every table closed at both edges (a table cut by the page loses
 * its right border), every cell's content inside its cell, no section heading left at a page's foot.
 * The pages are saved as PNG in test/artifacts/print/ for a person to look at.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { renderers } from "@jixiao/report"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { seedResults } from "../support/seed-results.ts"
import { hasCommand, launchChromium, missingTool } from "./launch.ts"
import { openRuleEnds, type PageImage, pageImages, pageTexts, savePagePngs } from "./pdf-pages.ts"

const artifacts = "test/artifacts/print"
const a4WidthMm = 210
/** Enough pixels for a 1px rule to stay a line (1 CSS px ≈ 1.6 image px). */
const dpi = 150

const dir = mkdtempSync(join(tmpdir(), "jixiao-print-"))
let browser: Browser
let page: Page
/** The printable width of an A4 page in CSS px, as the report's `@page` margins leave it. */
let printable: number
let images: PageImage[]
let texts: string[]

describe("报告.html printed to A4", () => {
  beforeAll(async () => {
    for (const tool of ["pdftoppm", "pdftotext"]) if (!hasCommand(tool)) throw new Error(missingTool(tool))
    const [file] = await (await renderers.html())(await seedResults())
    const html = join(dir, file!.name)
    writeFileSync(html, file!.contents)
    browser = await launchChromium()
    page = await browser.newPage()
    await page.goto(pathToFileURL(html).href, { waitUntil: "load" })
    await page.emulateMedia({ media: "print" })
    const box = await page.evaluate((pageWidth) => {
      const rule = [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .find((r): r is CSSPageRule => r instanceof CSSPageRule)
      const px = (length: string) => {
        const probe = document.createElement("div")
        probe.style.width = length
        document.body.append(probe)
        const width = probe.getBoundingClientRect().width
        probe.remove()
        return width
      }
      return rule
        ? { page: px(pageWidth), left: px(rule.style.marginLeft), right: px(rule.style.marginRight) }
        : null
    }, `${a4WidthMm}mm`)
    if (!box) throw new Error("报告.html has no @page rule: its print margins are the browser's guess")
    printable = box.page - box.left - box.right
    // Lay the page out as print does: print media, and the viewport as wide as the printable area
    // (rounded down, so a table that only just fits at print width does not pass by a fraction).
    await page.setViewportSize({ width: Math.floor(printable), height: 1000 })
    const pdf = join(dir, "报告.pdf")
    await page.pdf({ path: pdf, format: "A4", printBackground: true })
    images = pageImages(pdf, dpi, dir)
    texts = pageTexts(pdf)
    rmSync(artifacts, { recursive: true, force: true })
    mkdirSync(artifacts, { recursive: true })
    savePagePngs(pdf, 60, join(artifacts, "page"))
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it("lays out no table wider than the printable width of the page", async () => {
    const wide = await page.evaluate((width) => {
      const name = (table: Element) => `table.${table.className} in #${table.closest("[id]")?.id}`
      return [...document.querySelectorAll("table")].flatMap((table) => {
        const box = table.getBoundingClientRect()
        // With collapsing borders half of the outer border lies outside the table's box, and print
        // clips whatever passes the page's edge: that half is the border that went missing.
        const borders = [...table.querySelectorAll("td, th")].map((cell) => {
          const style = getComputedStyle(cell)
          return Math.max(Number.parseFloat(style.borderLeftWidth), Number.parseFloat(style.borderRightWidth))
        })
        const spill = getComputedStyle(table).borderCollapse === "collapse" ? Math.max(0, ...borders) / 2 : 0
        const left = box.left - spill
        const right = box.right + spill
        const fits = left >= 0 && right <= width && table.scrollWidth <= table.clientWidth
        return fits ? [] : [{ table: name(table), left, right, width }]
      })
    }, Math.floor(printable))
    expect(wide).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(printable)
  })

  it("keeps every cell's content inside its cell (a bold 总分 ran into 等级)", async () => {
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll("td, th")]
        .filter((cell) => cell.scrollWidth > cell.clientWidth)
        .map((cell) => `${cell.tagName.toLowerCase()}.${cell.className}: ${cell.textContent?.trim()}`),
    )
    expect([...new Set(overflowing)]).toEqual([])
  })

  it("prints every table closed at both edges on every page", () => {
    expect(images.length).toBeGreaterThan(1)
    // Table rules run across most of the page; a fifth of its width keeps text and badges out.
    const open = images.flatMap((image, i) => {
      const ends = openRuleEnds(image, Math.round(image.width / 5))
      return ends.length === 0
        ? []
        : [{ page: i + 1, sides: [...new Set(ends.map((e) => e.side))], first: ends[0] }]
    })
    expect(open).toEqual([])
  })

  it("ends no page with a section heading, and prints no empty page", async () => {
    const normal = (s: string) => s.replace(/\s+/g, " ").trim()
    const headings = new Set((await page.locator("h2, h3").allTextContents()).map(normal))
    expect(texts).toHaveLength(images.length)
    const stranded = texts.flatMap((text, i) => {
      const last = normal(text.trim().split("\n").at(-1) ?? "")
      return headings.has(last) ? [{ page: i + 1, heading: last }] : []
    })
    expect(stranded).toEqual([])
    expect(texts.flatMap((text, i) => (text.trim() === "" ? [i + 1] : []))).toEqual([])
  })
})
