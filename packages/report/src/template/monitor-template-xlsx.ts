import { MONITOR_TEMPLATE_FILLED, MONITOR_TEMPLATE_LISTS, type MonitorTemplateRows } from "@jixiao/core"
import type ExcelJS from "exceljs"
import { addSheet, nonNegative, printSetup, validate } from "./template-xlsx.ts"

/**
 * A drop-down of a fixed list that refuses anything else: the monitoring sheet reader rejects a row whose
 * 完成目标可能性 or 偏差原因类别 is not one of these words, so Excel stops it at the cell already.
 */
const fixedList = (header: string, words: ReadonlyArray<string>): ExcelJS.DataValidation => ({
  type: "list",
  formulae: [`"${words.join(",")}"`],
  allowBlank: true,
  showInputMessage: true,
  promptTitle: header,
  prompt: `从下拉列表选择：${words.join("、")}`,
  showErrorMessage: true,
  errorStyle: "stop",
  errorTitle: header,
  error: `${header}只能是 ${words.join("、")} 之一`,
})

/** The 说明 sheet: how to fill the monitoring sheet in, and the command that monitors it. */
const instructions = (readBack: string): ReadonlyArray<string> => [
  "填写说明",
  "本工作簿由 jixiao template --monitor 按绩效目标表生成，供年中绩效运行监控（双监控）填写。",
  "灰色列（单位、项目、序号、一级指标、二级指标、三级指标、年度指标值）来自目标表，请勿改动：监控按 单位 + 项目 + 序号（并核对三级指标）对应到目标表的指标。",
  "",
  "「监控表」工作表（黄色列由单位填写）：",
  "1. 当前完成值：截至监控日期的累计完成值，带上单位或百分号，如 80家、96.5%、2024年6月20日；定性指标写 达成目标、部分达成并具有一定效果 或 未达成且效果较差。",
  "2. 全年预计完成值：单位对全年完成情况的预计；不填时累计指标按序时进度线性推算。",
  "3. 完成目标可能性：从下拉列表选择 确定能、有可能 或 完全不可能。",
  "4. 偏差原因类别：黄灯、红灯，或完成目标可能性为 有可能、完全不可能 时，从下拉列表选择 经费保障、制度保障、人员保障、硬件条件保障 或 其他。",
  "5. 原因说明、纠偏措施：写明偏差的原因和拟采取的措施。",
  "6. 监控口径（可不填）：累计、比率 或 年度一次，覆盖 jixiao 按名称和目标的自动判断。",
  "",
  "「预算执行」工作表：每个项目一行，填写全年预算数和截至监控日期的执行数，单位万元，不小于 0。",
  "",
  "填好保存后，用下面的命令运行监控（把 YYYY-MM-DD 换成监控截止日期）：",
  readBack,
]

/**
 * The monitoring template as an .xlsx workbook: sheets 监控表 (one row per indicator, drop-downs on the
 * fixed lists), 预算执行 and 说明. Written by the same sheet code as the year-end template. `readBack` is
 * the `jixiao monitor` command line that monitors the filled workbook, quoted in 说明.
 */
export const monitorTemplateXlsx = async (
  rows: MonitorTemplateRows,
  readBack: string,
): Promise<Uint8Array> => {
  const { default: Excel } = await import("exceljs")
  const workbook = new Excel.Workbook()
  workbook.creator = "jixiao"
  const sheet = addSheet(workbook, "监控表", rows.monitor, MONITOR_TEMPLATE_FILLED, new Set())
  for (const [header, words] of Object.entries(MONITOR_TEMPLATE_LISTS))
    validate(sheet, header, rows.monitor.rows.length, fixedList(header, words))
  const amounts = new Set(rows.budget.header.slice(2))
  const budget = addSheet(workbook, "预算执行", rows.budget, 2, amounts)
  for (const header of amounts) validate(budget, header, rows.budget.rows.length, nonNegative(header))
  const help = workbook.addWorksheet("说明", { pageSetup: printSetup("portrait", false) })
  help.getColumn(1).width = 110
  help.getColumn(1).alignment = { wrapText: true, vertical: "top" }
  help.addRows(instructions(readBack).map((line) => [line]))
  help.getCell(1, 1).font = { bold: true, size: 14 }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
