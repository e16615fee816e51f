/** Where a piece of input came from: a file, a line or row, a column, and a character span inside the cell. */
export interface SourceRef {
  readonly file: string
  /** 1-based line of a text table, or 1-based row of a CSV file or worksheet. */
  readonly row: number
  /** 1-based column (field) of the cell; a letter name in a worksheet is derived from it when printed. */
  readonly column?: number
  /** Worksheet name, for Excel input. */
  readonly sheet?: string
  /** Character span [start, end) of the text inside the cell (UTF-16 offsets). */
  readonly span?: readonly [number, number]
}

/** Spreadsheet-style column letters: 1 → A, 27 → AA. */
export const columnLetter = (column: number): string => {
  let n = column
  let out = ""
  while (n > 0) {
    const rem = (n - 1) % 26
    out = String.fromCharCode(65 + rem) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}
