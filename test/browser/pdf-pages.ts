/**
 * A printed PDF as pages to look at: poppler's pdftoppm turns it into images, pdftotext into text, and
 * the checks read the pixels the paper would show rather than the layout the browser believes in.
 */
import { execFileSync } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"

/** One page as RGB pixels, row by row. */
export interface PageImage {
  readonly width: number
  readonly height: number
  readonly rgb: Uint8Array
}

/** The PPM (P6) that pdftoppm writes without `-png`: a text header, then width × height RGB triples. */
const readPpm = (bytes: Buffer): PageImage => {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 64).toString("latin1"))
  if (!header) throw new Error("not a binary PPM with 8-bit channels")
  const width = Number(header[1])
  const height = Number(header[2])
  return { width, height, rgb: bytes.subarray(header[0].length, header[0].length + width * height * 3) }
}

/** Every page of `pdf` as an image at `dpi`, written under `dir` as `page-NN.ppm`. */
export const pageImages = (pdf: string, dpi: number, dir: string): PageImage[] => {
  execFileSync("pdftoppm", ["-r", String(dpi), pdf, join(dir, "page")])
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ppm"))
    .sort()
    .map((f) => readPpm(readFileSync(join(dir, f))))
}

/** Every page of `pdf` as a PNG at `dpi` for a person to look at, written as `prefix-NN.png`. */
export const savePagePngs = (pdf: string, dpi: number, prefix: string): void => {
  execFileSync("pdftoppm", ["-r", String(dpi), "-png", pdf, prefix])
}

/** The text of each page, in reading layout. */
export const pageTexts = (pdf: string): string[] =>
  execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").slice(0, -1)

/**
 * A pixel of a table rule: neutral grey of middle darkness. Text is darker or broken into short runs,
 * backgrounds are lighter, and the report's coloured lines (headings, chart axes) are not neutral.
 */
const isRule = (image: PageImage, x: number, y: number): boolean => {
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) return false
  const i = (y * image.width + x) * 3
  const r = image.rgb[i]!
  const g = image.rgb[i + 1]!
  const b = image.rgb[i + 2]!
  return Math.max(r, g, b) - Math.min(r, g, b) <= 6 && Math.max(r, g, b) <= 170
}

/** How far a vertical rule runs from (x, y) in direction `step` (±1). */
const verticalRun = (image: PageImage, x: number, y: number, step: number): number => {
  let n = 0
  while (isRule(image, x, y + step * n)) n += 1
  return n
}

/** A table's horizontal rule that stops with no vertical rule at its end: the table's edge was cut off. */
export interface OpenEnd {
  readonly y: number
  readonly x: number
  readonly side: "left" | "right"
}

/**
 * The ends of long horizontal rules (at least `minRun` pixels: table borders) that meet no vertical rule.
 * A table drawn whole closes every rule with its outer border; a table cut at the page's edge leaves
 * its rules open there. A rule's own thickness is at most a few pixels, so a vertical rule is one that
 * runs on for `minVertical` pixels above or below.
 */
export const openRuleEnds = (image: PageImage, minRun: number, minVertical = 8): OpenEnd[] => {
  const open: OpenEnd[] = []
  // Antialiasing can leave a corner pixel out, so a vertical rule is looked for a few pixels around the end.
  const closed = (x: number, y: number) => {
    for (let dy = -2; dy <= 2; dy += 1)
      for (let dx = -3; dx <= 3; dx += 1)
        for (const step of [-1, 1]) if (verticalRun(image, x + dx, y + dy, step) >= minVertical) return true
    return false
  }
  for (let y = 0; y < image.height; y += 1) {
    let x = 0
    while (x < image.width) {
      if (!isRule(image, x, y)) {
        x += 1
        continue
      }
      const start = x
      while (x < image.width && isRule(image, x, y)) x += 1
      if (x - start < minRun) continue
      if (!closed(start, y)) open.push({ y, x: start, side: "left" })
      if (!closed(x - 1, y)) open.push({ y, x: x - 1, side: "right" })
    }
  }
  return open
}
