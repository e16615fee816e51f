/** A 预警 cell of the monitoring workbook: the light's word, bold in its dark colour on its fill. */
import type { Light } from "@jixiao/scoring"
import type ExcelJS from "exceljs"
import { putText } from "../xlsx/cells.ts"
import { boldFont, wrapCenter } from "../xlsx/styles.ts"
import { LIGHT_COLOURS, lightWord } from "./words.ts"

/** The solid fill of a light. */
export const lightFill = (light: Light): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: `FF${LIGHT_COLOURS[light].fill}` },
})

/** Writes a light into a cell: `红灯` on red, `绿灯` on green …; nothing for no light. */
export const putLight = (cell: ExcelJS.Cell, light: Light | null | undefined): void => {
  if (light === null || light === undefined) return
  putText(cell, lightWord(light))
  cell.fill = lightFill(light)
  cell.font = { ...boldFont, color: { argb: `FF${LIGHT_COLOURS[light].ink}` } }
  cell.alignment = wrapCenter
}
