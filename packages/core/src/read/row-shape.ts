/**
 * What a delimited row (CSV, tab-separated text) says about its own shape once the header is known. Two
 * shapes lose data without a word unless they are refused: cells beyond the header's (they belong to no
 * column, so reading the row would drop them), and a quoted cell that swallowed the rows after it (a quote
 * left open: csv-parse reads on to the next quote, and the rows in between become one cell).
 */
import type { RowRejection } from "../model/table.ts"
import type { RowSource, SheetRow } from "./sheet-rows.ts"

const LINE_BREAK = /\r\n|\r|\n/g

const lineBreaks = (text: string): number => {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++
  }
  return n
}

const count = (text: string, char: string): number => {
  let n = 0
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++
  return n
}

/**
 * Whether a multi-line cell holds rows: a line after a break with as many commas as a row of the header
 * has (its width less one, at least two), or the mark csv-parse leaves on a quote it had to close
 * early (with `relax_quotes`, a quoted cell whose quote is followed by text keeps its opening quote).
 * A cell written properly never starts with a bare quote: a quote inside a quoted cell is doubled.
 */
const holdsRows = (cell: string, width: number): boolean => {
  if (cell.charCodeAt(0) === 34) return true
  const lines = cell.split(LINE_BREAK)
  const commas = Math.max(2, width - 1)
  for (let i = 1; i < lines.length; i++) if (count(lines[i]!, ",") >= commas) return true
  return false
}

/**
 * Why a data row cannot be read as written, or null: `unclosed_quote` at the row and the cell's column
 * (data: `opened`, the line the quote opened on, and `through`, the last line it swallowed), or `extra_cells` at the first cell beyond the
 * header (data: `cells`, the row's; `header`, the header's). Even empty cells beyond the header refuse the
 * row: `P,1,1,000家,` (an unquoted comma, then an empty last column) has one cell too many and every cell
 * after the comma in the wrong column, though nothing beyond the header is written.
 */
export const shapeRejection = (r: SheetRow, width: number, source: RowSource): RowRejection | null => {
  const { cells } = r
  if (source.format === "csv") {
    let line = r.row
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!
      const breaks = cell.length > 1 ? lineBreaks(cell) : 0
      if (breaks > 0 && holdsRows(cell, width)) {
        const at = { file: source.file, row: r.row, column: i + 1 }
        return { code: "unclosed_quote", at, data: { opened: line, through: line + breaks } }
      }
      line += breaks
    }
  }
  if (cells.length <= width) return null
  const at = { file: source.file, row: r.row, column: width + 1 }
  return { code: "extra_cells", at, data: { cells: cells.length, header: width } }
}

/** The data rows with their shape checked: a row refused keeps its cells and carries why (`refused`). */
export const checkShapes = (
  rows: ReadonlyArray<SheetRow>,
  width: number,
  source: RowSource,
): ReadonlyArray<SheetRow> => {
  if (source.format !== "csv" && source.format !== "text") return rows
  let out: SheetRow[] | null = null
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!
    const refused = shapeRejection(r, width, source)
    if (refused === null) {
      out?.push(r)
      continue
    }
    out ??= rows.slice(0, i)
    out.push({ ...r, refused })
  }
  return out ?? rows
}
