import type ExcelJS from "exceljs"
import { fitHeight, putText } from "./cells.ts"
import { wrapCenter } from "./styles.ts"

/** A rectangle of cells: top row, left column, bottom row, right column (1-based, inclusive). */
export type Area = readonly [number, number, number, number]

/** Merges an area (a single cell is left alone) and returns its top-left cell. */
export const merge = (sheet: ExcelJS.Worksheet, [top, left, bottom, right]: Area): ExcelJS.Cell => {
  if (bottom > top || right > left) sheet.mergeCells(top, left, bottom, right)
  return sheet.getCell(top, left)
}

/** A fixed caption of ours (never input) over an area. */
export const label = (sheet: ExcelJS.Worksheet, area: Area, text: string): ExcelJS.Cell => {
  const cell = merge(sheet, area)
  putText(cell, text)
  cell.alignment = wrapCenter
  return cell
}

/**
 * Merges a column over rows `top`..`bottom` and makes the rows together tall enough for `text` at
 * `width` (Excel never grows rows for a merged cell); the last row takes any extra height.
 */
export const mergeDown = (
  sheet: ExcelJS.Worksheet,
  [top, bottom]: readonly [number, number],
  column: number,
  text: string | null,
  width: number,
): void => {
  merge(sheet, [top, column, bottom, column])
  let height = 0
  for (let row = top; row <= bottom; row++) height += sheet.getRow(row).height ?? fitHeight([])
  const needed = fitHeight([[text, width]])
  if (needed > height)
    sheet.getRow(bottom).height = (sheet.getRow(bottom).height ?? fitHeight([])) + needed - height
}

/** Index runs `[from, to]` of consecutive items with the same key, within `[start, end]`. */
export const runs = <T>(
  items: ReadonlyArray<T>,
  key: (item: T) => string,
  start = 0,
  end = items.length - 1,
): Array<readonly [number, number]> => {
  const out: Array<readonly [number, number]> = []
  let from = start
  for (let i = start + 1; i <= end + 1; i++) {
    if (i > end || key(items[i]!) !== key(items[from]!)) {
      out.push([from, i - 1])
      from = i
    }
  }
  return out
}
