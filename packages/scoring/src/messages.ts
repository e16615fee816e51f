import { formatRowRejectionReason, type Locale, type RowRejectionCode } from "@jixiao/core"
import type { MatchRejectionCode, RejectionCode, ScoreFindingCode, Status } from "./model.ts"
import { formulaFailureText, formulaPath } from "./policy/formulas/messages.ts"

type Data = Readonly<Record<string, string | number>>

/** Status names people read. */
export const statusNames: Readonly<Record<Locale, Readonly<Record<Status, string>>>> = {
  "zh-CN": {
    met: "达成",
    partially_met: "部分达成",
    not_met: "未达成",
    needs_review: "待人工判断",
    not_evaluated: "未评价",
  },
  en: {
    met: "met",
    partially_met: "partially met",
    not_met: "not met",
    needs_review: "needs review",
    not_evaluated: "not evaluated",
  },
}

const groupZh: Readonly<Record<string, string>> = {
  output: "产出",
  benefit: "效益",
  satisfaction: "满意度",
  cost: "成本",
}

const count = (n: string | number | undefined) => Number(n ?? 0).toLocaleString("en-US")

/** Why an actual was refused (core's Refusal), after its text; nothing when it was only not understood. */
const refusalZh = (d: Data): string =>
  d.reason === "actual_too_long"
    ? `：单元格有 ${count(d.length)} 个字符，超过 ${count(d.max)} 个字符的上限`
    : d.reason === "excel_error"
      ? "：这是 Excel 错误值（公式出错），不是数值"
      : d.reason === "year_implausible"
        ? `：年份 ${d.year} 不在 ${d.min}–${d.max} 年之内，可能是笔误`
        : ""

const refusalEn = (d: Data): string =>
  d.reason === "actual_too_long"
    ? `: ${d.length} characters, over the limit of ${d.max}`
    : d.reason === "excel_error"
      ? ": an Excel error value (a failed formula), not a value"
      : d.reason === "year_implausible"
        ? `: the year ${d.year} is outside ${d.min}–${d.max}`
        : ""

const zhCN: Readonly<Record<ScoreFindingCode, (d: Data) => string>> = {
  over_achievement: (d) => `实际完成值是目标的 ${d.ratio} 倍，超额较多，请说明目标设定是否偏低`,
  strict_bound_equal: (d) =>
    `目标要求 ${d.op} ${d.target}，实际恰好等于 ${d.target}：未达成，但按公式会得满分，需人工判断`,
  group_without_points: (d) => `一级指标“${d.level1}”在评分规则中没有分值，该指标得 0 分`,
  weight_zero: (d) => `第 ${d.no} 项未写分值，且该组分值已被其他指标用完，分值为 0`,
  budget_rate_over: (d) => `预算执行率 ${d.rate}% 超过 100%，请核对全年预算数与全年执行数`,
  budget_not_positive: () => "全年预算数为 0 或负数，无法计算预算执行率",
  unit_mismatch: (d) => `单位不一致：目标为“${d.expected}”，实际为“${d.received}”，无法直接比较`,
  unit_assumed: (d) => `实际完成值未写单位，按目标单位“${d.unit}”理解`,
  deviation_reason_missing: (d) => `失分 ${d.lost} 分，但未填写偏差原因分析及改进措施`,
  approximate_actual: () => "实际完成值为约数（约、余、左右），按所写数值计算",
  actual_with_comparator: (d) => `实际完成值带有比较符（${d.op}），按所写数值计算`,
  actual_missing: () => "未填写实际完成值",
  actual_unreadable: (d) => `无法识别实际完成值“${d.text}”${refusalZh(d)}，需人工判断`,
  actual_negated: (d) =>
    `实际完成值的备注${d.remark}写明“${d.word}”，与数值所示的达成相矛盾，需人工判断（未达成时照数值计分）`,
  tier_unreadable: (d) =>
    `无法识别评价等级“${d.text}”（应为 达成 / 部分达成 / 未达成，可带比例），需人工判断`,
  negative_actual: (d) => `实际完成值为负数（${d.value}），按 0 计算`,
  negative_target: (d) =>
    `目标值为负数（${d.op} ${d.target}），实际为 ${d.actual}，未达成：按比例计分没有意义，需人工判断`,
  target_missing: () => "缺少用于评分的指标值",
  target_unparsed: (d) => `指标值“${d.target}”无法识别，需人工判断`,
  deadline_missed: (d) => `完成日期 ${d.date} 晚于期限 ${d.deadline}`,
  deadline_unknown: (d) => `期限“${d.target}”缺少年份，无法判断`,
  tier_from_words: (d) => `根据实际完成值的文字判定为“${d.tier}”`,
  actual_restates_target: () => "实际完成值照录了指标值，按达成计",
  tier_share_outside_band: (d) =>
    `评价等级“${d.tier}”的得分比例 ${d.share}% 不在 ${d.low}%–${d.high}% 区间内`,
  tier_conflict: (d) => `评价等级“${d.tier}”与实际完成值的文字“${d.words}”不一致，按评价等级计分`,
  compound_unmatched: (d) => `复合目标的部分“${d.part}”没有对应的实际完成值`,
  reference_needs_value: (d) => `目标引用“${d.reference}”，实际完成值需给出该数值或是否达到的判断`,
  deduction_without_reason: () => "有扣分但未写扣分原因",
  deduction_unreadable: (d) => `无法识别扣分“${d.text}”`,
  weights_group_mismatch: (d) =>
    `${groupZh[String(d.group)] ?? d.group}指标分值合计 ${d.written}，应为 ${d.expected}`,
  weights_total_mismatch: (d) => `分值合计 ${d.total}，不等于 100`,
  weight_unreadable: (d) => `无法识别分值“${d.text}”`,
  budget_missing: (d) =>
    d.rescaled
      ? "预算执行表中没有该项目，已按指标得分折算为百分制"
      : "预算执行表中没有该项目，预算执行率得 0 分",
  budget_unreadable: (d) =>
    d.text
      ? `无法识别${d.column ?? "预算金额"}“${d.text}”，预算执行率得 0 分`
      : `${d.column ?? "预算金额"}为空，预算执行率得 0 分`,
  budget_not_given: (d) =>
    d.rescaled
      ? "未提供预算执行数据（--budget），已按指标得分折算为百分制"
      : `未提供预算执行数据（--budget），预算执行 ${d.weight} 分记 0 分`,
  budget_rescaled: (d) =>
    `指标得分 ${d.indicators} 按 ${d.factor} 倍折算为百分制（评分规则 missingBudget: rescale）`,
  budget_rate_implausible: (d) =>
    `预算执行率 ${d.rate}% 高得不合常理（上限 ${d.limit}%），可能是金额单位填错（如按元填在了万元列），暂不计分，需人工核对`,
  budget_rate_low: (d) => `预算执行率 ${d.rate}% 低于要求，需说明原因`,
  group_unknown: (d) => `无法判断一级指标“${d.level1}”属于产出、效益还是满意度，按产出指标计`,
  range_outside: (d) =>
    d.side === "below"
      ? `实际完成值低于区间下限 ${d.bound}，按“≥ ${d.bound}”计分`
      : `实际完成值高于区间上限 ${d.bound}，按“≤ ${d.bound}”计分`,
  baseline_missing: (d) =>
    `目标以${d.baseline}为基数，但没有${d.baseline}的实际值：请在实际完成值表中填写“上年实际值”，或在账本中保留上年的评价`,
  baseline_unreadable: (d) => `无法识别上年实际值“${d.text}”，需人工判断`,
  baseline_used: (d) => `以${d.baseline}实际值 ${d.value}（${d.source}）为基数，目标折算为 ${d.threshold}`,
  growth_from_actual: (d) => `实际完成值直接写明了变化幅度（${d.change}），与目标的幅度比较`,
  magnitude_suspect: (d) =>
    `实际完成值 ${d.actual} 与目标 ${d.target} 相差 ${d.factor} 倍以上，可能是数量级（万/亿）或单位填错，需人工核对`,
  deadline_same_year: (d) => `完成时间只写了月份，按与期限同一年度比较（期限 ${d.deadline}，完成 ${d.date}）`,
  target_from_name: (d) => `指标值单元格为空，按指标名称中写明的目标“${d.name}”评分，请核对`,
  direction_from_name: (d) =>
    `指标值未写比较符，${d.word ? `指标名称含“${d.word}”，` : "按指标名称"}按 ${d.op === "<=" ? "≤" : d.op === ">=" ? "≥" : d.op} 计分`,
  baseline_not_positive: (d) =>
    `${d.baseline}实际值为 ${d.value}（不大于 0），按比例增长的目标无法计分，需人工判断`,
  zero_target_other_thing: (d) =>
    `目标是“${d.target}”为 0，实际完成值说的是“${d.actual}”，是否同一事项需人工判断`,
  formula_failed: (d) =>
    `评分规则的自定义公式 ${formulaPath(d)}「${d.text}」在 ${d.values} 时${formulaFailureText(d)}，${d.formula === "budget" ? "预算执行率" : "该指标"}改按内置公式计分`,
}

const en: Readonly<Record<ScoreFindingCode, (d: Data) => string>> = {
  over_achievement: (d) => `Actual is ${d.ratio}× the target: was the target set too low?`,
  strict_bound_equal: (d) =>
    `Target ${d.op} ${d.target} reached exactly ${d.target}: not met, yet the formula gives full marks`,
  group_without_points: (d) => `Level 1 "${d.level1}" has no points in the policy; the indicator scores 0`,
  weight_zero: (d) => `Item ${d.no} has no written weight and its group's points are used up: weight 0`,
  budget_rate_over: (d) => `Execution rate ${d.rate}% is above 100%: check the budget and execution figures`,
  budget_not_positive: () => "The full-year budget is 0 or negative: no execution rate",
  unit_mismatch: (d) => `Units differ: target in ${d.expected}, actual in ${d.received}`,
  unit_assumed: (d) => `Actual has no unit; read in the target's unit ${d.unit}`,
  deviation_reason_missing: (d) => `${d.lost} points lost without a deviation reason`,
  approximate_actual: () => "The actual is approximate; the written value is used",
  actual_with_comparator: (d) => `The actual carries a comparator (${d.op}); the written value is used`,
  actual_missing: () => "No actual reported",
  actual_unreadable: (d) => `Actual "${d.text}" cannot be read${refusalEn(d)}; a person must decide`,
  actual_negated: (d) =>
    `The actual's remark ${d.remark} says "${d.word}", against the value; a person decides`,
  tier_unreadable: (d) =>
    `The 评价等级 "${d.text}" cannot be read (达成 / 部分达成 / 未达成, with an optional share); a person must decide`,
  negative_actual: (d) => `Negative actual (${d.value}) counts as 0`,
  negative_target: (d) =>
    `Negative target (${d.op} ${d.target}) not met by ${d.actual}: a proportional score means nothing, a person decides`,
  target_missing: () => "No target to grade against",
  target_unparsed: (d) => `Target "${d.target}" cannot be read; a person must decide`,
  deadline_missed: (d) => `Completed ${d.date}, after the deadline ${d.deadline}`,
  deadline_unknown: (d) => `Deadline "${d.target}" has no year`,
  tier_from_words: (d) => `Tier "${d.tier}" read from the actual's words`,
  actual_restates_target: () => "The actual restates the target; counted as achieved",
  tier_share_outside_band: (d) => `Share ${d.share}% is outside ${d.low}%–${d.high}% for tier ${d.tier}`,
  tier_conflict: (d) => `Tier "${d.tier}" disagrees with the words "${d.words}"; the tier counts`,
  compound_unmatched: (d) => `No actual for part "${d.part}"`,
  reference_needs_value: (d) =>
    `Target refers to "${d.reference}": the actual must give that figure or a judgment`,
  deduction_without_reason: () => "Deduction without a reason",
  deduction_unreadable: (d) => `Deduction "${d.text}" cannot be read`,
  weights_group_mismatch: (d) => `${d.group} weights add to ${d.written}, expected ${d.expected}`,
  weights_total_mismatch: (d) => `Weights add to ${d.total}, not 100`,
  weight_unreadable: (d) => `Weight "${d.text}" cannot be read`,
  budget_missing: (d) =>
    d.rescaled
      ? "No budget row for this project; indicator scores rescaled to 100"
      : "No budget row for this project; the block scores 0",
  budget_unreadable: (d) =>
    d.text
      ? `${d.column ?? "Amount"} "${d.text}" cannot be read; the block scores 0`
      : `${d.column ?? "Amount"} is empty; the block scores 0`,
  budget_not_given: (d) =>
    d.rescaled
      ? "No budget data given (--budget); indicator scores rescaled to 100"
      : `No budget data given (--budget); the budget block's ${d.weight} points score 0`,
  budget_rescaled: (d) =>
    `Indicator scores ${d.indicators} rescaled by ${d.factor} to 100 (policy missingBudget: rescale)`,
  budget_rate_implausible: (d) =>
    `Execution rate ${d.rate}% is implausible (limit ${d.limit}%): likely amounts in the wrong unit (元 in a 万元 column); not scored until checked`,
  budget_rate_low: (d) => `Execution rate ${d.rate}% is below the threshold; explain why`,
  group_unknown: (d) => `Level 1 "${d.level1}" is not 产出/效益/满意度; counted as output`,
  range_outside: (d) =>
    d.side === "below"
      ? `Below the range's lower bound ${d.bound}; scored as ≥ ${d.bound}`
      : `Above the range's upper bound ${d.bound}; scored as ≤ ${d.bound}`,
  baseline_missing: (d) =>
    `The target is measured against ${d.baseline}, but no value of ${d.baseline} was given (column 上年实际值, or last year's run in the ledger)`,
  baseline_unreadable: (d) => `Cannot read last year's value "${d.text}"; needs a person`,
  baseline_used: (d) =>
    `Baseline ${d.baseline} = ${d.value} (${d.source}); the target comes to ${d.threshold}`,
  growth_from_actual: (d) =>
    `The actual states the change itself (${d.change}); compared with the target's change`,
  magnitude_suspect: (d) =>
    `The actual ${d.actual} is ${d.factor} times or more off the target ${d.target}: likely a wrong magnitude (万/亿) or unit`,
  deadline_same_year: (d) =>
    `The date gives no year; compared within the deadline's year (deadline ${d.deadline}, done ${d.date})`,
  target_from_name: (d) =>
    `Both target cells are empty; scored against the target the name states ("${d.name}")`,
  direction_from_name: (d) =>
    `No comparator written; scored as ${d.op} from the name${d.word ? ` ("${d.word}")` : ""}`,
  baseline_not_positive: (d) =>
    `Last year's value ${d.value} is not above 0: a growth by a share of it cannot be scored`,
  zero_target_other_thing: (d) =>
    `The target forbids "${d.target}"; the actual counts "${d.actual}": a person decides whether they are one thing`,
  formula_failed: (d) =>
    `The policy's formula ${formulaPath(d)} "${d.text}" ${formulaFailureText(d, "en")} at ${d.values}; the built-in formula scored ${d.formula === "budget" ? "the budget block" : "this indicator"}`,
}

const catalogues = { "zh-CN": zhCN, en } as const

/** The wording of a scoring finding. */
export const formatScoreFinding = (
  code: ScoreFindingCode,
  data: Data = {},
  locale: Locale = "zh-CN",
): string => catalogues[locale][code](data)

/** `「单位」的项目「名称」`, or `项目「名称」` without a unit. */
const projectZh = (d: Data) =>
  `${d.unit === undefined || d.unit === "" ? "" : `单位「${d.unit}」的`}项目「${d.project ?? ""}」`
/** `第 3 项「名称」`, `第 3 项`, `「名称」`. */
const indicatorZh = (d: Data) =>
  [d.no === undefined || d.no === "" ? "" : `第 ${d.no} 项`, d.indicator ? `「${d.indicator}」` : ""].join("")

/** Scoring's own reasons, and its shorter words for two of the readers'. */
const reasonsZh: Readonly<
  Record<MatchRejectionCode, (d: Data) => string> & Partial<Record<RowRejectionCode, (d: Data) => string>>
> = {
  unknown_project: (d) => (d.project === undefined ? "找不到该单位和项目" : `找不到${projectZh(d)}`),
  ambiguous_project: (d) => `项目名称「${d.project ?? ""}」对应多个单位的项目，请填写单位`,
  unknown_indicator: (d) =>
    d.project === undefined
      ? "在该项目中找不到该指标（序号或三级指标名称）"
      : `在项目「${d.project}」中找不到指标${indicatorZh(d) || "（没有序号和三级指标名称）"}`,
  ambiguous_indicator: (d) =>
    `三级指标名称${d.indicator ? `「${d.indicator}」` : ""}在该项目中不唯一，请填写序号`,
  duplicate_row: (d) =>
    `与前面的行重复，已按第一行${d.firstRow === undefined ? "" : `（第 ${d.firstRow} 行）`}计`,
  // The reports print the text after the reason already.
  actual_unreadable: () => "实际完成值无法识别，该指标待人工判断",
  tier_unreadable: () => "评价等级无法识别，该指标待人工判断",
  missing_project: () => "缺少项目名称",
  missing_indicator_key: () => "缺少序号和三级指标名称",
  budget_unreadable: (d) =>
    `${projectZh(d)}的${d.column ?? "预算金额"}${d.text ? `“${d.text}”无法识别` : "为空"}，该行未采用，预算执行率得 0 分`,
}

/**
 * The wording of a rejected row's reason, naming what the row wrote when `data` says
 * (`找不到单位「U」的项目「企业服务」`).
 */
export const formatRejection = (reason: RejectionCode, data: Data = {}): string =>
  (reasonsZh as Partial<Record<RejectionCode, (d: Data) => string>>)[reason]?.(data) ??
  formatRowRejectionReason(reason, data) ??
  reason
