/**
 * Horizontal bars on a 0–100 score axis, one per unit, with the grade lines (60/80/90 by default) drawn
 * across so a bar's grade is visible from its end; score and grade are printed after each bar.
 */
import { html, type SafeHtml } from "../escape.ts"
import { type Frame, fitText, px, svgFrame, textWidth } from "./svg.ts"

export interface ScoreBar {
  readonly label: string
  readonly score: number
  /** The score as printed after the bar (`95.90`). */
  readonly shown: string
  readonly grade: string
  readonly className: string
  readonly title: string
}

export interface ScoreBarChart extends Omit<Frame, "width" | "height"> {
  readonly bars: ReadonlyArray<ScoreBar>
  /** Lower bounds of the grades (`{ grade: "优", min: 90 }`), drawn as dashed lines. */
  readonly thresholds: ReadonlyArray<{ readonly grade: string; readonly min: number }>
  readonly width?: number
}

const size = 13
const row = 34

export const scoreBarChart = (chart: ScoreBarChart): SafeHtml => {
  const width = chart.width ?? 640
  const labelWidth = Math.min(240, Math.max(60, ...chart.bars.map((b) => textWidth(b.label, size)))) + 12
  const valueWidth = 78
  const left = labelWidth
  const plot = width - left - valueWidth
  const top = 22
  const height = top + chart.bars.length * row + 26
  const x = (score: number) => px(left + (Math.max(0, Math.min(100, score)) / 100) * plot)
  const lines = chart.thresholds
    .filter((t) => t.min > 0)
    .map(
      (t) =>
        html`<line class="threshold" x1="${x(t.min)}" x2="${x(t.min)}" y1="${top - 4}" y2="${height - 22}"/><text class="tick" x="${x(t.min)}" y="${top - 8}" text-anchor="middle">${t.grade} ${t.min}</text>`,
    )
  const ticks = [0, 20, 40, 60, 80, 100].map(
    (t) => html`<text class="tick" x="${x(t)}" y="${height - 8}" text-anchor="middle">${t}</text>`,
  )
  const bars = chart.bars.map((bar, i) => {
    const y = top + i * row
    const end = x(bar.score)
    return html`<g><title>${bar.title}</title><text class="label" x="${left - 10}" y="${y + row / 2 + 4}" text-anchor="end">${fitText(bar.label, size, labelWidth - 12)}</text><rect class="${bar.className}" x="${left}" y="${y + 7}" width="${px(end - left)}" height="${row - 14}" rx="2"/><text class="value" x="${end + 6}" y="${y + row / 2 + 4}">${bar.shown} ${bar.grade}</text></g>`
  })
  const axis = html`<line class="axis" x1="${left}" x2="${left}" y1="${top}" y2="${height - 22}"/>`
  return svgFrame({ ...chart, width, height }, [lines, axis, bars, ticks])
}
