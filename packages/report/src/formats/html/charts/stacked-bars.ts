/**
 * 100 % stacked bars of counts, one row per category (一级 rows bold, 二级 rows indented beneath).
 * A segment prints its count inside when there is room; counts of segments too narrow for a number
 * are printed after the bar, so every number is on the chart.
 */
import { html, type SafeHtml } from "../escape.ts"
import { type Frame, fitText, px, svgFrame, textWidth } from "./svg.ts"

export interface StackKey {
  readonly key: string
  readonly name: string
  readonly className: string
}

export interface StackRow {
  readonly label: string
  readonly indent: boolean
  readonly counts: Readonly<Record<string, number>>
}

export interface StackedBarChart extends Omit<Frame, "width" | "height"> {
  readonly keys: ReadonlyArray<StackKey>
  readonly rows: ReadonlyArray<StackRow>
  readonly width?: number
}

const row = 28
const labelWidth = 132

const legend = (keys: ReadonlyArray<StackKey>) => {
  let x = labelWidth
  return keys.map((k) => {
    const item = html`<rect class="${k.className}" x="${px(x)}" y="4" width="12" height="12" rx="2"/><text class="legend" x="${px(x + 17)}" y="14">${k.name}</text>`
    x += 17 + textWidth(k.name, 13) + 22
    return item
  })
}

interface Segment {
  readonly key: StackKey
  readonly count: number
  readonly x: number
  readonly w: number
  readonly fits: boolean
}

/** Segments of one row at a given plot width, and the note after the bar. */
const layoutRow = (r: StackRow, keys: ReadonlyArray<StackKey>, plot: number) => {
  const total = keys.reduce((sum, k) => sum + (r.counts[k.key] ?? 0), 0)
  let x = labelWidth
  const segments: Segment[] = []
  for (const key of keys) {
    const count = r.counts[key.key] ?? 0
    if (count === 0) continue
    const w = (count / total) * plot
    segments.push({ key, count, x, w, fits: w >= String(count).length * 8 + 6 })
    x += w
  }
  const hidden = segments.filter((s) => !s.fits).map((s) => `${s.key.name} ${s.count}`)
  return { segments, note: hidden.length > 0 ? `${total} 项（${hidden.join("，")}）` : `${total} 项` }
}

export const stackedBarChart = (chart: StackedBarChart): SafeHtml => {
  const width = chart.width ?? 720
  // The notes decide how much room the bars have, and the bars decide the notes: narrow the plot
  // until every note fits (notes only grow as the plot narrows, so this settles in a few rounds).
  let noteWidth = 60
  for (let round = 0; round < 5; round++) {
    const notes = chart.rows.map((r) => layoutRow(r, chart.keys, width - labelWidth - noteWidth).note)
    const needed = Math.max(60, ...notes.map((note) => textWidth(note, 12))) + 16
    if (needed <= noteWidth) break
    noteWidth = needed
  }
  const plot = width - labelWidth - noteWidth
  const top = 28
  const height = top + chart.rows.length * row + 6
  const rows = chart.rows.map((r, i) => {
    const y = top + i * row
    const mid = y + row / 2 + 4
    const { segments, note } = layoutRow(r, chart.keys, plot)
    const bars = segments.map(
      (s) =>
        html`<g><title>${r.label}：${s.key.name} ${s.count} 项</title><rect class="${s.key.className}" x="${px(s.x)}" y="${y + 5}" width="${px(s.w)}" height="${row - 10}"/>${s.fits ? html`<text class="inside" x="${px(s.x + s.w / 2)}" y="${mid}" text-anchor="middle">${s.count}</text>` : null}</g>`,
    )
    const label = fitText(r.label, 13, labelWidth - (r.indent ? 22 : 10))
    return html`<text class="${r.indent ? "label" : "label strong"}" x="${r.indent ? 18 : 0}" y="${mid}">${label}</text>${bars}<text class="value" x="${labelWidth + plot + 6}" y="${mid}">${note}</text>`
  })
  return svgFrame({ ...chart, width, height }, [legend(chart.keys), rows])
}
