/** Shared pieces of the inline SVG charts: the accessible frame and text measuring. */
import { type Hole, html, type SafeHtml } from "../escape.ts"

/** An accessible chart: `role="img"`, a `<title>` and `<desc>` named by aria-labelledby. */
export interface Frame {
  readonly id: string
  readonly title: string
  readonly desc: string
  readonly width: number
  readonly height: number
}

/** The `<svg>` element, scaled to its container's width but never wider than drawn. */
export const svgFrame = (frame: Frame, body: Hole): SafeHtml =>
  html`<svg class="chart" id="${frame.id}" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}" role="img" aria-labelledby="${frame.id}-t ${frame.id}-d" xmlns="http://www.w3.org/2000/svg"><title id="${frame.id}-t">${frame.title}</title><desc id="${frame.id}-d">${frame.desc}</desc>${body}</svg>`

/** Rounds a coordinate to 0.1 px so the markup stays short and deterministic. */
export const px = (n: number): number => Math.round(n * 10) / 10

/** Approximate width of a text at `size` px: CJK and full-width characters are 1 em, others about 0.6 em. */
export const textWidth = (text: string, size: number): number => {
  let ems = 0
  for (const ch of text) ems += /[\u2e80-\uffef]/.test(ch) ? 1 : 0.6
  return ems * size
}

/** Cuts a label to fit `max` px, ending in `…`; the full text stays in the bar's `<title>`. */
export const fitText = (text: string, size: number, max: number): string => {
  if (textWidth(text, size) <= max) return text
  let out = ""
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, size) > max) break
    out += ch
  }
  return `${out}…`
}
