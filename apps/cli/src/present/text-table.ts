import { displayWidth } from "effect/cli/CliOutput"
import { terminalLines } from "./terminal-text.ts"
import { wrapText } from "./wrap-text.ts"

/** A column of a plain-text table: its header and the widest it may grow before its cells wrap. */
export interface Column {
  readonly header: string
  readonly maxWidth?: number
}

const padEnd = (text: string, width: number): string =>
  text + " ".repeat(Math.max(0, width - displayWidth(text)))

/**
 * Renders rows as an aligned table with a header rule; wide cells wrap inside their column.
 * `decorate` styles a cell after layout, so escape codes never upset the widths. Control characters in
 * the cells are shown escaped (see terminal-text.ts).
 */
export const renderTextTable = (
  columns: ReadonlyArray<Column>,
  cells: ReadonlyArray<ReadonlyArray<string>>,
  decorate: (column: number, line: string) => string = (_, line) => line,
): string => {
  // Cells hold input (names, target texts): control characters are shown escaped, line breaks kept.
  const rows = cells.map((row) => row.map(terminalLines))
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
    const wrapped = columns.map((_, i) => wrapText(row[i] ?? "", widths[i] ?? 1))
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
