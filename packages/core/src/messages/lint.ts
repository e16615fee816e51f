import type { FindingCode } from "../lint/types.ts"
import type { Locale } from "./target-issues.ts"
import { formatTargetIssue } from "./target-issues.ts"

type Data = Readonly<Record<string, string | number>>
type Catalogue = Readonly<Record<FindingCode, (data: Data) => string>>

const kindZh: Readonly<Record<string, string>> = {
  quantity: "数量",
  per_item: "逐项数量",
  deadline: "期限",
  qualitative: "定性",
  compound: "复合",
  reference: "引用",
  unparsed: "无法识别",
}
const shapeZh = (shape: string | number | undefined): string => {
  const [kind = "", unit] = String(shape ?? "").split(":")
  if (unit === undefined) return kindZh[kind] ?? kind
  return unit === "-" ? `${kindZh[kind] ?? kind}（无单位）` : `${kindZh[kind] ?? kind}（${unit}）`
}
const compileIssue = (d: Data, locale: Locale) =>
  d.issue === undefined
    ? ""
    : formatTargetIssue({ code: d.issue as never, severity: "warning", data: d }, locale)

const reasonZh: Readonly<Record<string, string>> = {
  indicator_unreadable: "无法拆分出一级、二级、三级指标和指标值",
  project_without_unit: "项目出现在任何单位之前",
  project_without_indicators: "项目没有绩效指标",
  missing_project: "缺少项目名称",
  missing_indicator_name: "缺少三级指标名称",
  missing_targets: "年度指标值和实施周期指标值都为空",
  row_unrecognised: "无法识别的行",
}

const zhCN: Catalogue = {
  targets_disagree: (d) =>
    `年度指标值“${d.annual}”与实施周期指标值“${d.period}”的类型或单位不一致：${shapeZh(d.annualShape)} 对 ${shapeZh(d.periodShape)}`,
  target_repeats_indicator_name: (d) => `指标值“${d.text}”只是重复了指标名称，没有可衡量的标准`,
  target_in_indicator_name: (d) => `指标名称中写入了指标值“${d.text}”`,
  period_bare_count: (d) => `实施周期指标值“${d.period}”只有数字，而年度指标值列出了具体内容“${d.annual}”`,
  qualitative_output_target: (d) => `产出指标（${d.level2}）的年度指标值“${d.text}”是定性描述，应可量化`,
  unparsed_target: (d) => `无法识别指标值“${d.text}”`,
  unit_missing: (d) => `指标值“${d.text}”未写计量单位`,
  duplicate_indicator: (d) => `第 ${d.no} 项与第 ${d.twin} 项重复`,
  duplicate_project: (d) => `项目“${d.name}”在同一单位中重复出现（首次在第 ${d.firstRow} 行）`,
  missing_target: () => "缺少年度指标值",
  vague_target: (d) => `指标值“${d.text}”没有可衡量的标准，只能定性评价`,
  project_without_indicators: () => "项目没有绩效指标",
  table_without_indicators: () => "表中没有任何绩效指标：没有可审核或评分的内容",
  row_rejected: (d) => `该行未读入：${reasonZh[String(d.reason)] ?? d.reason}`,
  target_from_name: (d) =>
    `年度指标值和实施周期指标值都为空，目标取自指标名称“${d.name}”，请把指标值填入指标值列`,
  direction_from_name: (d) =>
    `指标值“${d.text}”未写比较符，${d.word ? `指标名称含“${d.word}”，` : "按指标名称"}按 ${d.op === "<=" ? "≤" : d.op === ">=" ? "≥" : d.op} 理解；如不是，请写明比较符`,
  name_placeholder: (d) => `指标名称“${d.name}”中留有模板占位符（如“**”“XX”），请填写或删去`,
  rate_target_duration: (d) => `指标名称是比率，指标值“${d.text}”却以“${d.unit}”计，请核对`,
  cost_currency_missing: (d) =>
    d.unit
      ? `成本指标的指标值“${d.text}”以“${d.unit}”计，不是金额，请写明货币单位（如“万元”）`
      : `成本指标的指标值“${d.text}”未写货币单位（如“万元”）`,
  range_reversed: (d) => `指标值“${d.text}”的区间下限 ${d.min} 大于上限 ${d.max}`,
  target_issue: (d) => `指标值“${d.text}”：${compileIssue(d, "zh-CN")}`,
}

const en: Catalogue = {
  targets_disagree: (d) =>
    `Annual target "${d.annual}" and period target "${d.period}" differ in kind or unit`,
  target_repeats_indicator_name: (d) => `Target "${d.text}" only repeats the indicator name`,
  target_in_indicator_name: (d) => `The indicator name carries the target "${d.text}"`,
  period_bare_count: (d) =>
    `Period target "${d.period}" is a bare number while the annual one names the items`,
  qualitative_output_target: (d) =>
    `Output indicator (${d.level2}) has a qualitative annual target "${d.text}"`,
  unparsed_target: (d) => `Target "${d.text}" cannot be read`,
  unit_missing: (d) => `Target "${d.text}" has no unit`,
  duplicate_indicator: (d) => `Item ${d.no} repeats item ${d.twin}`,
  duplicate_project: (d) => `Project "${d.name}" appears twice in one unit (first at row ${d.firstRow})`,
  missing_target: () => "The annual target is missing",
  vague_target: (d) => `Target "${d.text}" has no measurable standard`,
  project_without_indicators: () => "The project has no indicators",
  table_without_indicators: () => "The table has no indicators: nothing to review or assess",
  row_rejected: (d) => `Row not read: ${d.reason}`,
  direction_from_name: (d) =>
    `"${d.text}" has no comparator; read as ${d.op} from the name${d.word ? ` ("${d.word}")` : ""}: write one if not`,
  target_from_name: (d) => `Both target cells are empty; the target is taken from the name "${d.name}"`,
  name_placeholder: (d) => `The indicator name "${d.name}" still holds a template placeholder (** or XX)`,
  rate_target_duration: (d) => `The name is a rate but target "${d.text}" is measured in ${d.unit}`,
  cost_currency_missing: (d) =>
    d.unit
      ? `Cost target "${d.text}" is measured in ${d.unit}, not money; write the currency (e.g. 万元)`
      : `Cost target "${d.text}" has no currency (e.g. 万元)`,
  range_reversed: (d) => `In target "${d.text}" the lower bound ${d.min} is above the upper bound ${d.max}`,
  target_issue: (d) => `Target "${d.text}": ${compileIssue(d, "en")}`,
}

const catalogues: Readonly<Record<Locale, Catalogue>> = { "zh-CN": zhCN, en }

/** The wording of a review finding. */
export const formatFinding = (code: FindingCode, data: Data, locale: Locale = "zh-CN"): string =>
  catalogues[locale][code](data)
