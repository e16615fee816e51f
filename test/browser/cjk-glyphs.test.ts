// The functions these tests run inside the page (page.evaluate) are typed against the DOM.
/// <reference lib="dom" />
/**
 * The glyph check of html-report.test.ts, proved on both kinds of machine: with this machine's fonts
 * the report's Chinese draws as itself; with every Chinese font hidden from Chromium (a fontconfig
 * file that rejects them, as on a Debian without fonts-noto-cjk) the same check names each character
 * as a box. Without this second half the check could pass for the wrong reason.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { renderers } from "@jixiao/report"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { seedResults } from "../support/seed-results.ts"
import { fontconfigWithoutChinese, unshownGlyphs } from "./cjk-glyphs.ts"
import { launchChromium } from "./launch.ts"

const title = "绩效自评报告"
const dir = mkdtempSync(join(tmpdir(), "jixiao-glyphs-"))
let reportUrl: string
const browsers: Browser[] = []

/** What the check says of `title` in the report, in a Chromium started with `env`. */
const unshownInReport = async (env: Readonly<Record<string, string>>) => {
  const browser = await launchChromium(env)
  browsers.push(browser)
  const page = await browser.newPage()
  await page.goto(reportUrl, { waitUntil: "load" })
  const font = await page.evaluate(() => getComputedStyle(document.documentElement).fontFamily)
  return unshownGlyphs(page, `${title}A1`, font)
}

describe("the CJK glyph check", () => {
  beforeAll(async () => {
    const [file] = await (await renderers.html())(await seedResults())
    const path = join(dir, file!.name)
    writeFileSync(path, file!.contents)
    reportUrl = pathToFileURL(path).href
    writeFileSync(join(dir, "fonts.conf"), fontconfigWithoutChinese(join(dir, "fontconfig-cache")))
  })

  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()))
    rmSync(dir, { recursive: true, force: true })
  })

  it("passes with this machine's fonts", async () => {
    expect(await unshownInReport({})).toEqual([])
  })

  it("names every Chinese character as a box when no Chinese font is installed", async () => {
    const unshown = await unshownInReport({ FONTCONFIG_FILE: join(dir, "fonts.conf") })
    expect(unshown).toEqual([...title].map((char) => ({ char, problem: "box" })))
  })
})
