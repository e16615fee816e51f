import { describe, expect, it } from "vitest"
import { readWordDocument, seedResults } from "../../testing/index.ts"
import { gradeChart, histogramChart } from "../html/overview-charts.ts"
import { columnPng } from "./column-png.ts"
import { gradeFigure, histogramFigure } from "./department-charts.ts"
import { renderDocx } from "./index.ts"

/** The columns of an HTML chart: each label and value as the SVG prints them. */
const htmlColumns = (svg: string) => {
  const labels = [...svg.matchAll(/<text class="label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!)
  const values = [...svg.matchAll(/<text class="value"[^>]*>([^<]*)<\/text>/g)].map((m) => Number(m[1]))
  return { labels, values }
}

describe("the department report's charts", () => {
  it("draw the same columns as the HTML report's charts", async () => {
    const results = await seedResults()
    for (const [figure, chart] of [
      [gradeFigure(results), gradeChart(results)],
      [histogramFigure(results), histogramChart(results)],
    ] as const) {
      const { labels, values } = htmlColumns(String(chart))
      expect(figure.columns.map((c) => c.value)).toEqual(values)
      expect(figure.labels).toEqual(labels)
    }
  })

  it("embed those columns as the PNG images of the document", async () => {
    const results = await seedResults()
    const [department] = await renderDocx(results)
    const { zip } = await readWordDocument(department!.contents)
    const images = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => n.startsWith("word/media/"))
        .sort()
        .map((n) => zip.file(n)!.async("uint8array")),
    )
    const expected = [gradeFigure(results), histogramFigure(results)].map((f) =>
      Buffer.from(columnPng(f.columns)),
    )
    expect(images.map((i) => Buffer.from(i)).sort(Buffer.compare)).toEqual(expected.sort(Buffer.compare))
    // A PNG of the chart's size.
    expect(Buffer.from(images[0]!).subarray(1, 4).toString("latin1")).toBe("PNG")
  })
})
