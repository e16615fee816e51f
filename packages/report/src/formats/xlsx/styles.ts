import type ExcelJS from "exceljs"

/** 宋体 is what Chinese-language Excel and WPS store; charset 134 (GB2312) lets other systems substitute. */
const FONT_NAME = "宋体"

/** Body text, 10 pt. */
export const bodyFont: Partial<ExcelJS.Font> = { name: FONT_NAME, size: 10, charset: 134 }
/** Captions and column headings. */
export const boldFont: Partial<ExcelJS.Font> = { ...bodyFont, bold: true }
/** Sheet titles. */
export const titleFont: Partial<ExcelJS.Font> = { ...bodyFont, size: 16, bold: true }
/** The height (points) of a row holding a title, with room above and below the 16 pt line. */
export const TITLE_HEIGHT = 28
/** In-workbook links, drawn as links are. */
export const linkFont: Partial<ExcelJS.Font> = { ...bodyFont, color: { argb: "FF0563C1" }, underline: true }

const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } }
/** The thin black grid of a printed form. */
export const thinBorders: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin }

/** Free text: wrapped, left, vertically centred. */
export const wrapLeft: Partial<ExcelJS.Alignment> = { vertical: "middle", horizontal: "left", wrapText: true }
/** Captions and numbers: wrapped, centred. */
export const wrapCenter: Partial<ExcelJS.Alignment> = {
  vertical: "middle",
  horizontal: "center",
  wrapText: true,
}

/** Light grey behind column headings. */
export const headerFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } }
/** Pale orange behind a score that awaits a person (待人工判断, 未评价): it must catch the eye in print. */
export const unsettledFill: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFCE4D6" },
}

/** Scores and weights: as many places as the policy rounds to (`0.00` by default). */
export const scoreFormat = (decimals: number): string => (decimals > 0 ? `0.${"0".repeat(decimals)}` : "0")

/** A percentage of a fraction whose percent points carry `decimals` places (`0.00%`). */
export const percentFormat = (decimals: number): string => `${scoreFormat(decimals)}%`

/** Amounts as given (万元 to 4 places is a yuan): grouped, 2 to 4 places. */
export const amountFormat = "#,##0.00##"

/** Whole counts. */
export const countFormat = "0"

/** A4 (paperSize 9), one page wide and as many long as needed, 1.8 cm side margins. */
export const printSetup = (orientation: "portrait" | "landscape"): Partial<ExcelJS.PageSetup> => ({
  paperSize: 9,
  orientation,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
})

/** Borders, font and wrapping on every cell of a rectangle (merged cells included, so borders close). */
export const box = (
  sheet: ExcelJS.Worksheet,
  [top, left, bottom, right]: readonly [number, number, number, number],
  alignment: Partial<ExcelJS.Alignment> = wrapCenter,
): void => {
  for (let row = top; row <= bottom; row++)
    for (let col = left; col <= right; col++) {
      const cell = sheet.getCell(row, col)
      cell.border = thinBorders
      cell.alignment ??= alignment
      cell.font ??= bodyFont
    }
}

/** Marks a row of column headings: bold on grey. */
export const headerRow = (sheet: ExcelJS.Worksheet, row: number, from: number, to: number): void => {
  for (let col = from; col <= to; col++) {
    const cell = sheet.getCell(row, col)
    cell.font = boldFont
    cell.fill = headerFill
    cell.alignment = wrapCenter
    cell.border = thinBorders
  }
}
