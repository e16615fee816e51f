import type ExcelJS from "exceljs"

/**
 * Text from the input (names, targets, actuals, reasons) as a plain string value. exceljs writes a
 * string as a shared string whatever it begins with, so `=HYPERLINK(…)` stays text: never build a
 * `{ formula }` from input.
 */
export const putText = (cell: ExcelJS.Cell, text: string | null | undefined): void => {
  cell.value = text === null || text === undefined || text === "" ? null : String(text)
}

/** What a budget figure reads when no budget data was given for the project (never a blank or a 0). */
export const NOT_GIVEN = "未提供"

/** Our own captions across a row from column `from`. */
export const putCaptions = (row: ExcelJS.Row, from: number, captions: ReadonlyArray<string>): void => {
  captions.forEach((caption, i) => {
    row.getCell(from + i).value = caption
  })
}

/** A number with its format; `null` leaves the cell empty (a score not given is not a zero). */
export const putNumber = (cell: ExcelJS.Cell, value: number | null | undefined, numFmt: string): void => {
  cell.value = value ?? null
  cell.numFmt = numFmt
}

/**
 * Percent points as a fraction (95.1 → 0.951) by moving the decimal point in the number's shortest
 * decimal form, so the result is the double nearest the exact quotient (`94.7 / 100` is 0.9470000000000001).
 */
export const pointsToFraction = (points: number): number => {
  const [mantissa, exponent = "0"] = String(points).split("e")
  return Number(`${mantissa}e${Number(exponent) - 2}`)
}

/** An in-workbook link, shown as `text`. */
export const putLink = (cell: ExcelJS.Cell, text: string, target: string): void => {
  cell.value = text === "" ? null : { text, hyperlink: target }
}

/** Display width in Excel column units: CJK and full-width characters take two. */
export const textWidth = (text: string): number => {
  let width = 0
  for (const ch of text) width += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1
  return width
}

// Points per line of 10 pt text. 宋体 needs 13.5, but where it is missing (LibreOffice, WPS on Linux, a
// Mac) the stand-in CJK fonts set lines further apart, and a row sized for 宋体 cuts off its last line.
const LINE_HEIGHT = 15

/**
 * A row height (points) that shows every wrapped text in full. Excel does not grow rows for merged
 * cells, so the height is set from the text and the width of the columns each text spans.
 */
export const fitHeight = (texts: ReadonlyArray<readonly [string | null | undefined, number]>): number => {
  let lines = 1
  for (const [text, width] of texts) {
    if (!text) continue
    const usable = Math.max(width - 1, 1)
    const needed = text
      .split("\n")
      .reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / usable)), 0)
    lines = Math.max(lines, needed)
  }
  return lines * LINE_HEIGHT + 4
}

/** Width of columns `from`..`to` (1-based) out of a width table. */
export const spanWidth = (widths: ReadonlyArray<number>, from: number, to: number): number =>
  widths.slice(from - 1, to).reduce((a, b) => a + b, 0)
