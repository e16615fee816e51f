/**
 * The CLI's own wording (zh-CN), for what its use-cases (app/) and adapters (io/) say: one entry per
 * message, by a stable key, so that a sentence is changed in one place and app/ and io/ hold no Chinese
 * (test/cli-wording.test.ts checks). The ledger's wording is ledger/messages-zh-CN.ts; system errors are
 * worded in file-error.ts; help text stays with each command's flags.
 */
import { terminalText } from "./terminal-text.ts"

const list = (items: ReadonlyArray<string>) => items.join("、")

export const cliText = {
  // assess
  assessFailed: (reason: string) => `评分失败：${reason}`,
  internalError: (detail: string) => `程序内部错误（请把这一行报告给维护者）：${detail}`,
  renderFailed: (reason: string) => `无法生成报告：${reason}`,
  yearUnknown: "未指定年度，目标表也没有写明年度：只写月份的日期无法确定年份，将如实说明",
  yearFromTitle: "目标表标题",
  yearFromTargets: (count: number) => `目标表中出现最多的年份（${count} 处）`,
  yearInferred: (from: string, year: number) =>
    `未指定年度：按${from}推断为 ${year} 年度（可用 --year 指定）`,
  /** The same sentence on stdout, where the flag is what the reader can give. */
  yearSaidForFlag: (said: string) => said.replace("未指定年度", "未指定 --year"),
  written: (path: string) => `已写入 ${terminalText(path)}`,
  recorded: (id: string, ledger: string) => `已记录运行 ${id}（账本 ${terminalText(ledger)}）`,
  unchanged: (id: string) => `输入未变：与已记录的运行 ${id} 相同，未新增记录`,
  splitReports: (indicators: number, limit: number, formats: ReadonlyArray<string>) =>
    `共 ${indicators} 个指标，超过单个报告的上限 ${limit}：${list(formats)} 报告按单位分别写出`,
  unitNotWritten: (unit: string, formats: ReadonlyArray<string>, indicators: number, limit: number) =>
    `未写出单位“${terminalText(unit)}”的 ${list(formats)} 报告：该单位有 ${indicators} 个指标，超过上限 ${limit}；其结果见 results.json 和 指标明细.csv`,
  // compile's stdin
  stdinUnreadable: (reason: string) => `无法读取标准输入：${reason}`,
  compileField: { string: "字符串", integer: "整数", other: "其他类型" },
  compileNotObject: "应为 JSON 对象",
  compileMissingField: (name: string) => `缺少字段 ${name}`,
  compileUnknownField: (name: string, fields: ReadonlyArray<string>) =>
    `未知字段 ${name}（可用字段：${list(fields)}）`,
  compileFieldType: (name: string, type: string) => `字段 ${name} 应为${type}`,
  compileNotJson: (line: number) => `第 ${line} 行以 { 开头，但不是有效的 JSON`,
  compileLine: (line: number, issue: string) => `第 ${line} 行：${issue}`,
  // .xls conversion
  xlsKilled: (signal: string) => `进程被信号 ${signal} 终止`,
  xlsExitCode: (code: number | null) => `退出码 ${code}`,
  xlsNoOutput: "没有生成 .xlsx 文件",
  // run
  ledgerFolderUnwritable: (folder: string) => `无法创建账本目录 ${folder}`,
  // the config's ledger key
  configMissing: "文件不存在",
  configNotJson: (reason: string) => `不是合法的 JSON：${reason}`,
  configNotObject: "应为 JSON 对象",
  configLedgerKey: "键 ledger 应为账本文件的路径（字符串）",
  // run and run --monitor: their steps and events
  runReadConfig: (file: string) => `读取配置 ${file}`,
  runReadInputs: "读取目标表、实际完成值、预算执行和评分规则",
  monitorReadInputs: "读取目标表、监控表、预算执行和评分规则",
  runAssess: (formats: ReadonlyArray<string>, id: string) =>
    `评分并生成报告：results.json、${list(formats)}（运行 ${id}）`,
  runMonitor: (asOf: string, formats: ReadonlyArray<string>, id: string) =>
    `运行监控（截至 ${asOf}）并生成报告：results.json${formats.length > 0 ? `、${list(formats)}` : ""}（运行 ${id}）`,
  runWrite: (folder: string) => `写出 ${folder}`,
  runRecord: (ledger: string) => `记录到账本 ${ledger}`,
  asOfToday: (asOf: string) => `截至日期 ${asOf}（"asOf": "today"，按北京时间的当天）`,
  leftoversRemoved: (count: number) => `已清除上次中断留下的 ${count} 个临时文件`,
  previousYearRun: (year: number, id: string) => `账本中 ${year} 年的运行 ${id}`,
  previousYearFrom: (source: string) => `上年基数取自${source}`,
  configUnreadable: (file: string) => `无法读取配置文件 ${file}：文件不存在或不可读`,
  configNoun: "配置文件",
  monitorRenderFailed: (reason: string) => `无法生成监控报告：${reason}`,
  // exit status 2: why a finished run deserves attention
  rowsRejected: (rows: number) => `有 ${rows} 行输入未采用`,
  findingsAtLevel: (count: number, level: "error" | "warning", of: "assess" | "monitor") =>
    `有 ${count} 条${level === "error" ? "错误" : "警告及以上"}级别的${of === "assess" ? "评分" : "监控"}提示`,
} as const
