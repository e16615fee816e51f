import { countStatuses, STATUSES, statusNames } from "@jixiao/scoring"
import type ExcelJS from "exceljs"
import { type Basis, indicatorHeadings, targetHeading } from "../../target-heading.ts"
import { fitHeight, putCaptions, putNumber, putText } from "./cells.ts"
import { deviationText, isUnsettled } from "./indicator-notes.ts"
import { mergeDown, runs } from "./layout.ts"
import type { IndicatorJson } from "./model.ts"
import { box, headerRow, scoreFormat, unsettledFill, wrapLeft } from "./styles.ts"

/** The row of indicator column headings, repeated at the top of every printed page. */
export const INDICATOR_HEADER_ROW = 12

/** 实际完成情况 in one line: `共 N 个指标：达成 a，部分达成 b，未达成 c，待人工判断 d，未评价 e`. */
export const goalSummary = (indicators: ReadonlyArray<IndicatorJson>): string => {
  const byStatus = countStatuses(indicators)
  const counts = STATUSES.map((s) => `${statusNames["zh-CN"][s]} ${byStatus[s]}`)
  return `共 ${indicators.length} 个指标：${counts.join("，")}`
}

const writeRow = (row: ExcelJS.Row, indicator: IndicatorJson, decimals: number): string | null => {
  const deviation = deviationText(indicator, decimals)
  putText(row.getCell(1), indicator.level1)
  putText(row.getCell(2), indicator.level2)
  putText(row.getCell(3), indicator.name)
  putText(row.getCell(4), indicator.target)
  putText(row.getCell(5), indicator.actual)
  putNumber(row.getCell(6), indicator.weight, scoreFormat(decimals))
  // A score that awaits a person prints as what it is, not as a plain 0.00; 偏差原因 says why.
  if (isUnsettled(indicator)) {
    putText(row.getCell(7), indicator.statusName)
    row.getCell(7).fill = unsettledFill
  } else putNumber(row.getCell(7), indicator.score, scoreFormat(decimals))
  putText(row.getCell(8), deviation)
  for (const col of [3, 4, 5, 8]) row.getCell(col).alignment = wrapLeft
  return deviation
}

/**
 * The indicator block from row 12: headings, one row per indicator, 一级 and 二级 cells merged over
 * their runs of consecutive indicators (a 二级 run never crosses a 一级 boundary). Returns the next
 * free row.
 */
export const writeIndicators = (
  sheet: ExcelJS.Worksheet,
  indicators: ReadonlyArray<IndicatorJson>,
  widths: ReadonlyArray<number>,
  decimals: number,
  basis: Basis,
): number => {
  const HEADER = indicatorHeadings(targetHeading(basis))
  const top = INDICATOR_HEADER_ROW + 1
  putCaptions(sheet.getRow(INDICATOR_HEADER_ROW), 1, HEADER)
  headerRow(sheet, INDICATOR_HEADER_ROW, 1, HEADER.length)
  sheet.getRow(INDICATOR_HEADER_ROW).height = fitHeight(HEADER.map((text, i) => [text, widths[i]!]))
  indicators.forEach((indicator, i) => {
    const row = sheet.getRow(top + i)
    const deviation = writeRow(row, indicator, decimals)
    row.height = fitHeight([
      [indicator.name, widths[2]!],
      [indicator.target, widths[3]!],
      [indicator.actual, widths[4]!],
      [deviation, widths[7]!],
      [isUnsettled(indicator) ? indicator.statusName : null, widths[6]!],
    ])
  })
  for (const [from, to] of runs(indicators, (i) => i.level1)) {
    mergeDown(sheet, [top + from, top + to], 1, indicators[from]!.level1, widths[0]!)
    for (const [a, b] of runs(indicators, (i) => i.level2, from, to))
      mergeDown(sheet, [top + a, top + b], 2, indicators[a]!.level2, widths[1]!)
  }
  if (indicators.length > 0) box(sheet, [top, 1, top + indicators.length - 1, HEADER.length])
  return top + indicators.length
}
