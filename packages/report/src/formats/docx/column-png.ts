/**
 * A column chart as a PNG, for the department report: the same columns as the HTML report's charts
 * (html/overview-charts.ts), drawn as filled rectangles over light grid lines. The image carries no text
 * (a PNG cannot borrow the document's fonts): the report prints the labels and values in a table right
 * under it, in the same order. Encoded here with node's zlib — a PNG of rectangles is a few dozen lines,
 * and no image library is needed.
 */
import { deflateSync } from "node:zlib"

/** One column: its value and its colour (`#2f7d4f`). */
export interface PngColumn {
  readonly value: number
  readonly color: string
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

const chunk = (type: string, data: Uint8Array): Buffer => {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, "latin1")
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

const rgb = (hex: string): [number, number, number] => {
  const n = Number.parseInt(hex.replace("#", ""), 16)
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]
}

/** An RGB picture, white to start with. */
class Picture {
  readonly pixels: Uint8Array
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255)
  }
  fill(x0: number, y0: number, x1: number, y1: number, color: string): void {
    const [r, g, b] = rgb(color)
    for (let y = Math.max(0, Math.round(y0)); y < Math.min(this.height, Math.round(y1)); y++)
      for (let x = Math.max(0, Math.round(x0)); x < Math.min(this.width, Math.round(x1)); x++) {
        const at = (y * this.width + x) * 3
        this.pixels[at] = r
        this.pixels[at + 1] = g
        this.pixels[at + 2] = b
      }
  }
  png(): Uint8Array {
    const rows = Buffer.alloc((this.width * 3 + 1) * this.height)
    for (let y = 0; y < this.height; y++) {
      rows[y * (this.width * 3 + 1)] = 0
      rows.set(
        this.pixels.subarray(y * this.width * 3, (y + 1) * this.width * 3),
        y * (this.width * 3 + 1) + 1,
      )
    }
    const header = Buffer.alloc(13)
    header.writeUInt32BE(this.width, 0)
    header.writeUInt32BE(this.height, 4)
    header.set([8, 2, 0, 0, 0], 8)
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(rows, { level: 9 })),
      chunk("IEND", new Uint8Array(0)),
    ])
  }
}

/** The chart's size in pixels. */
export const CHART_SIZE = { width: 1200, height: 480 } as const

/**
 * Columns side by side, equal widths, heights in proportion to the largest value, over grid lines at
 * whole steps of the axis (at most 10).
 */
export const columnPng = (columns: ReadonlyArray<PngColumn>): Uint8Array => {
  const { width, height } = CHART_SIZE
  const picture = new Picture(width, height)
  const pad = { left: 40, right: 40, top: 30, bottom: 30 }
  const plotHeight = height - pad.top - pad.bottom
  const max = Math.max(1, ...columns.map((c) => c.value))
  const step = Math.max(1, Math.ceil(max / 10))
  const top = Math.ceil(max / step) * step
  for (let v = step; v <= top; v += step) {
    const y = pad.top + plotHeight - (v / top) * plotHeight
    picture.fill(pad.left, y, width - pad.right, y + 2, "#cfd6de")
  }
  const slot = (width - pad.left - pad.right) / Math.max(1, columns.length)
  columns.forEach((c, i) => {
    const h = (c.value / top) * plotHeight
    const x = pad.left + i * slot + slot * 0.15
    picture.fill(x, pad.top + plotHeight - h, x + slot * 0.7, pad.top + plotHeight, c.color)
  })
  picture.fill(pad.left, pad.top + plotHeight, width - pad.right, pad.top + plotHeight + 3, "#7b8794")
  return picture.png()
}
