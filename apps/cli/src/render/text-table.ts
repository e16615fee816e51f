import { displayWidth } from "effect/cli/CliOutput"

/** A column of a plain-text table: its header and the widest it may grow before its cells wrap. */
export interface Column {
  readonly header: string
  readonly maxWidth?: number
}

const words = new Intl.Segmenter("zh-CN", { granularity: "word" })
const graphemes = new Intl.Segmenter("zh-CN", { granularity: "grapheme" })

// Words (Chinese words too) stay whole when they fit on a line; longer ones break between characters.
const pieces = function* (paragraph: string, width: number): Generator<string> {
  for (const { segment } of words.segment(paragraph)) {
    if (displayWidth(segment) <= width) yield segment
    else for (const { segment: grapheme } of graphemes.segment(segment)) yield grapheme
  }
}

// Chinese typesetting keeps these off the start of a line (禁则): they pull the word before them along.
const noLineStart = /^[，。；：、！？）》」』”’%,.;:!?)\]]/

/** Splits a cell into lines no wider than `width` terminal cells (CJK characters count 2). */
export const wrapCell = (text: string, width: number): ReadonlyArray<string> => {
  const lines: Array<string> = []
  for (const paragraph of text.split("\n")) {
    let line: Array<string> = []
    let lineWidth = 0
    for (const piece of pieces(paragraph, width)) {
      const w = displayWidth(piece)
      if (lineWidth + w > width && line.length > 0) {
        const carried = noLineStart.test(piece) && line.length > 1 ? line.splice(-1) : []
        lines.push(line.join("").trimEnd())
        line = carried
        lineWidth = displayWidth(carried.join(""))
        if (piece.trim() === "") continue
      }
      line.push(piece)
      lineWidth += w
    }
    lines.push(line.join(""))
  }
  return lines
}

const padEnd = (text: string, width: number): string =>
  text + " ".repeat(Math.max(0, width - displayWidth(text)))

/**
 * Renders rows as an aligned table with a header rule; wide cells wrap inside their column.
 * `decorate` styles a cell after layout, so escape codes never upset the widths.
 */
export const renderTextTable = (
  columns: ReadonlyArray<Column>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  decorate: (column: number, line: string) => string = (_, line) => line,
): string => {
  const widths = columns.map((column, i) => {
    const natural = Math.max(
      displayWidth(column.header),
      ...rows.flatMap((row) => (row[i] ?? "").split("\n").map(displayWidth)),
    )
    return column.maxWidth === undefined ? natural : Math.min(natural, column.maxWidth)
  })
  const last = columns.length - 1
  const renderLine = (cells: ReadonlyArray<string>, style: boolean): string =>
    cells
      .map((cell, i) => {
        const padded = i === last ? cell : padEnd(cell, widths[i] ?? 0)
        return style ? decorate(i, padded) : padded
      })
      .join("  ")
      .trimEnd()
  const out = [
    renderLine(
      columns.map((column) => column.header),
      false,
    ),
    renderLine(
      widths.map((w) => "─".repeat(w)),
      false,
    ),
  ]
  for (const row of rows) {
    const wrapped = columns.map((_, i) => wrapCell(row[i] ?? "", widths[i] ?? 1))
    const height = Math.max(...wrapped.map((lines) => lines.length))
    for (let line = 0; line < height; line++) {
      out.push(
        renderLine(
          wrapped.map((lines) => lines[line] ?? ""),
          true,
        ),
      )
    }
  }
  return out.join("\n")
}
