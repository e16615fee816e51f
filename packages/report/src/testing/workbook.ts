/** Test support: reading a rendered workbook back, as Excel would open it. */
import ExcelJS from "exceljs"

/** Loads the bytes of an .xlsx file. */
export const loadWorkbook = async (contents: string | Uint8Array): Promise<ExcelJS.Workbook> => {
  if (typeof contents === "string") throw new Error("an .xlsx renders to bytes")
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(contents.slice().buffer)
  return workbook
}

/** The row whose column A reads `caption`, or undefined. */
export const rowOf = (sheet: ExcelJS.Worksheet, caption: string): number | undefined => {
  for (let row = 1; row <= sheet.rowCount; row++) if (sheet.getCell(row, 1).value === caption) return row
  return undefined
}
