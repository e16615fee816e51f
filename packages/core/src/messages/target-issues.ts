import type { TargetIssue, TargetIssueCode } from "../model/issue.ts"

/** Languages of the message catalogues: zh-CN first. */
import type { Locale } from "./locale.ts"

export type { Locale }

type Data = Readonly<Record<string, string | number>>

/** `2000` → `2,000`: lengths and limits as people read them. */
const grouped = (n: string | number | undefined): string => Number(n ?? 0).toLocaleString("en-US")
type Catalogue = Readonly<Record<TargetIssueCode, (data: Data) => string>>

const opWord: Readonly<Record<string, string>> = { ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<" }
const reasonZh: Readonly<Record<string, string>> = {
  cost: "成本指标按上限理解",
  reverse: "该指标越低越好，按上限理解",
  default: "未写比较方向，按不低于理解",
  reference: "未写比较方向，按不低于所引数值理解",
  name: "指标名称中的占位符写明了方向",
}

const zhCN: Catalogue = {
  empty_target: () => "指标值为空",
  unparsed_target: () => "无法识别该指标值，请改写为可衡量的形式（如“≥95%”“不少于150家”）",
  multiple_values: (d) => `一个分句中有 ${d.count} 个数值，已分别作为子目标`,
  unit_missing: (d) => `数值 ${d.value} 未写计量单位`,
  unit_from_name: (d) => `计量单位“${d.unit}”取自指标名称`,
  direction_inferred: (d) =>
    `未写比较符，按 ${opWord[d.op ?? ""] ?? d.op} 理解（${reasonZh[d.reason ?? ""] ?? d.reason}）`,
  deadline_year_missing: () => "日期未写年份，且未指定年度（--year）",
  deadline_invalid: (d) => `日期不存在：${d.text}`,
  vague_target: () => "指标值没有可衡量的标准，只能定性评价",
  approximate_value: () => "指标值为约数（约、余、左右）",
  percent_over_100: (d) => `比率 ${d.value}% 超过 100%`,
  currency_assumed: (d) => `未写货币单位，成本或金额指标按“${d.unit}”理解`,
  cost_currency_missing: (d) =>
    d.unit
      ? `成本指标的单位“${d.unit}”不是金额，请写明货币单位（如“万元”）`
      : "成本指标未写货币单位（如“万元”）",
  rate_target_duration: (d) => `指标名称是比率，指标值却以“${d.unit}”计，请核对`,
  range_reversed: (d) => `区间下限 ${d.min} 大于上限 ${d.max}`,
  sentence_as_one: () => "多个分句都没有可衡量的数值，作为一个定性目标评价",
  excel_serial_date: (d) => `“${d.serial}”按 Excel 日期序号理解（时效指标的单元格可能被存成了数字），请核对`,
  target_too_long: (d) =>
    `指标值有 ${grouped(d.length)} 个字符，超过 ${grouped(d.max)} 个字符的上限，未予识别；请检查单元格是否粘贴了多余的内容`,
  excel_error: (d) =>
    `指标值是 Excel 错误值“${d.value}”（公式出错），不是数值；请在原表中修正公式或填写指标值`,
  deadline_year_implausible: (d) =>
    `年份 ${d.year} 不在 ${d.min}–${d.max} 年之内，可能是笔误（如把 2024 写成 0024）；请改正日期`,
}

const en: Catalogue = {
  empty_target: () => "The target is empty",
  unparsed_target: () => "The target cannot be read; write it measurably (e.g. ≥95%, 不少于150家)",
  multiple_values: (d) => `${d.count} values in one clause, each taken as a part`,
  unit_missing: (d) => `The value ${d.value} has no unit`,
  unit_from_name: (d) => `Unit "${d.unit}" taken from the indicator name`,
  direction_inferred: (d) => `No comparator written; read as ${opWord[d.op ?? ""] ?? d.op} (${d.reason})`,
  deadline_year_missing: () => "The date has no year and no fiscal year was given (--year)",
  deadline_invalid: (d) => `No such date: ${d.text}`,
  vague_target: () => "The target has no measurable standard; it can only be judged",
  approximate_value: () => "The value is approximate (约, 余, 左右)",
  percent_over_100: (d) => `Rate ${d.value}% is above 100%`,
  currency_assumed: (d) => `No currency written; read as ${d.unit} in a cost or money indicator`,
  cost_currency_missing: (d) =>
    d.unit
      ? `The cost target's unit "${d.unit}" is not money; write the currency (e.g. 万元)`
      : "The cost target has no currency (e.g. 万元)",
  rate_target_duration: (d) => `The name is a rate but the target is measured in ${d.unit}`,
  range_reversed: (d) => `The range's lower bound ${d.min} is above its upper bound ${d.max}`,
  sentence_as_one: () => "No clause holds a measurable value; judged as one qualitative target",
  excel_serial_date: (d) =>
    `"${d.serial}" read as an Excel date serial (a date cell stored as a number?); check it`,
  target_too_long: (d) => `The target has ${d.length} characters, over the limit of ${d.max}; not read`,
  excel_error: (d) => `The target is the Excel error value ${d.value} (a failed formula), not a value`,
  deadline_year_implausible: (d) =>
    `The year ${d.year} is outside ${d.min}–${d.max}; a slip such as 0024 for 2024?`,
}

const catalogues: Readonly<Record<Locale, Catalogue>> = { "zh-CN": zhCN, en }

/** The wording of a target issue in a locale (zh-CN by default). */
export const formatTargetIssue = (issue: TargetIssue, locale: Locale = "zh-CN"): string =>
  catalogues[locale][issue.code](issue.data ?? {})
