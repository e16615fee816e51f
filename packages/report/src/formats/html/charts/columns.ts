/** A vertical column chart with the value printed on every column (grade counts, the score histogram). */
import { html, type SafeHtml } from "../escape.ts"
import { type Frame, px, svgFrame } from "./svg.ts"

export interface Column {
  readonly label: string
  readonly value: number
  /** CSS class giving the fill (grades and statuses have their own colours). */
  readonly className: string
  /** What a screen reader or a hover says about this column. */
  readonly title: string
}

export interface ColumnChart extends Omit<Frame, "width" | "height"> {
  readonly columns: ReadonlyArray<Column>
  readonly width?: number
  readonly height?: number
  /** Caption under the axis (`总分区间`). */
  readonly axisLabel?: string
}

/** Columns scaled to the largest value; zero columns still show their `0`. */
export const columnChart = (chart: ColumnChart): SafeHtml => {
  const width = chart.width ?? 480
  const height = chart.height ?? 220
  const top = 24
  const bottom = chart.axisLabel ? 44 : 28
  const side = 8
  const plot = height - top - bottom
  const slot = (width - 2 * side) / Math.max(chart.columns.length, 1)
  const max = Math.max(1, ...chart.columns.map((c) => c.value))
  const base = top + plot
  const bars = chart.columns.map((column, i) => {
    const h = (column.value / max) * plot
    const x = side + i * slot
    const cx = px(x + slot / 2)
    return html`<g><title>${column.title}</title><rect class="${column.className}" x="${px(x + slot * 0.18)}" y="${px(base - h)}" width="${px(slot * 0.64)}" height="${px(h)}" rx="2"/><text class="value" x="${cx}" y="${px(base - h - 6)}" text-anchor="middle">${column.value}</text><text class="label" x="${cx}" y="${base + 17}" text-anchor="middle">${column.label}</text></g>`
  })
  const axis = html`<line class="axis" x1="${side}" x2="${width - side}" y1="${base}" y2="${base}"/>`
  const caption = chart.axisLabel
    ? html`<text class="caption" x="${width / 2}" y="${height - 6}" text-anchor="middle">${chart.axisLabel}</text>`
    : null
  return svgFrame({ ...chart, width, height }, [axis, bars, caption])
}
