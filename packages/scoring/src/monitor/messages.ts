/**
 * The wording of monitoring: lights, treatments and forecast sources (zh-CN, as tables print them), and
 * findings in zh-CN with English beside it.
 */
import type { Locale } from "@jixiao/core"
import type { MonitorFindingCode } from "./findings.ts"
import type { ForecastSource } from "./forecast.ts"
import type { Light } from "./lights.ts"
import type { Treatment } from "./treatment.ts"

type Data = Readonly<Record<string, string | number>>
const s = (v: string | number | undefined) => (v === undefined ? "" : String(v))

/** Light names as monitoring tables print them. */
export const lightNames: Readonly<Record<Light, string>> = {
  green: "绿灯",
  yellow: "黄灯",
  red: "红灯",
  not_due: "未到期",
  needs_review: "待人工判断",
}

/** How an indicator was monitored. */
export const treatmentNames: Readonly<Record<Treatment["kind"], string>> = {
  cumulative: "累计（对照序时进度）",
  rate: "比率（对照目标值）",
  annual_event: "年度一次（年底前未到期）",
  deadline: "期限",
  qualitative: "定性",
  compound: "复合（逐项判断，取最差的灯）",
  unsupported: "无法对照",
}

/** Where a forecast came from. */
export const forecastSourceNames: Readonly<Record<ForecastSource, string>> = {
  unit: "单位填报的全年预计完成值",
  linear: "按序时进度线性推算",
  to_date: "按当前完成值",
  target: "尚未填报，单位填“确定能”，按年度指标值",
}

const lightWord = (d: Data) => lightNames[s(d.light) as Light] ?? s(d.light)

const findingsZh: Readonly<Record<MonitorFindingCode, (d: Data) => string>> = {
  reason_missing: (d) => `${lightWord(d)}指标未填写偏差原因（偏差原因类别或原因说明）`,
  likelihood_without_reason: (d) => `完成目标可能性为“${s(d.likelihood)}”，但未填写偏差原因`,
  certain_under_red: () => "已亮红灯，完成目标可能性却填写为“确定能”",
  ahead_of_target: (d) =>
    d.op === "="
      ? `当前完成值已超过年度指标值（完成率 ${s(d.completion)}%），请分析目标设置是否合理`
      : `当前完成值已超过年度指标值较多（完成率 ${s(d.completion)}%），请分析目标设置是否偏低`,
  cap_exceeded: (d) => `当前值 ${s(d.value)} 已超过上限 ${s(d.cap)}`,
  deadline_passed: (d) =>
    s(d.done) === ""
      ? `完成期限 ${s(d.deadline)} 已过，尚无完成的记录`
      : `完成期限为 ${s(d.deadline)}，实际完成于 ${s(d.done)}，已逾期`,
  deadline_near: (d) => `距完成期限 ${s(d.deadline)} 还有 ${s(d.days)} 天，尚无完成的记录`,
  deadline_unknown: () => "期限没有年份或无法确定，无法判断是否到期",
  target_missing: () => "没有年度指标值，无法监控",
  target_unsupported: () => "该类目标（引用其他数值或无法识别的目标）无法自动对照序时进度，待人工判断",
  zero_target: () => "年度指标值为 0，完成率没有意义，待人工判断",
  actual_missing: () => "未填写当前完成值",
  actual_unreadable: (d) => `当前完成值“${s(d.text)}”无法识别`,
  unit_mismatch: (d) => `当前完成值的单位“${s(d.received)}”与年度指标值的单位“${s(d.expected)}”不一致`,
  budget_missing: () => "预算执行表中没有该项目",
  budget_unreadable: (d) => `预算执行表中该项目的${s(d.column)}“${s(d.text)}”无法识别`,
}

const findingsEn: Readonly<Record<MonitorFindingCode, (d: Data) => string>> = {
  reason_missing: (d) => `a ${s(d.light)} light without a deviation reason (偏差原因类别 or 原因说明)`,
  likelihood_without_reason: (d) => `完成目标可能性 is "${s(d.likelihood)}" but no deviation reason is given`,
  certain_under_red: () => "the light is red, yet 完成目标可能性 says 确定能 (certain)",
  ahead_of_target: (d) =>
    `the value to date is already above the annual target (completion ${s(d.completion)}%): is the target too low?`,
  cap_exceeded: (d) => `the value ${s(d.value)} is already past its cap ${s(d.cap)}`,
  deadline_passed: (d) =>
    s(d.done) === ""
      ? `the deadline ${s(d.deadline)} has passed with nothing showing completion`
      : `due by ${s(d.deadline)}, done on ${s(d.done)}: late`,
  deadline_near: (d) => `${s(d.days)} days to the deadline ${s(d.deadline)}, with nothing showing completion`,
  deadline_unknown: () => "the deadline has no year or cannot be resolved",
  target_missing: () => "no annual target to monitor against",
  target_unsupported: () =>
    "this kind of target (a reference to another figure, or an unreadable one) cannot be compared with 序时进度; a person decides",
  zero_target: () => "the annual target is 0, so a completion ratio means nothing; a person decides",
  actual_missing: () => "no value to date",
  actual_unreadable: (d) => `the value to date "${s(d.text)}" cannot be read`,
  unit_mismatch: (d) => `the value to date is in "${s(d.received)}", the annual target in "${s(d.expected)}"`,
  budget_missing: () => "the project has no row in the budget sheet",
  budget_unreadable: (d) => `the budget sheet's ${s(d.column)} "${s(d.text)}" cannot be read`,
}

const catalogues = { "zh-CN": findingsZh, en: findingsEn } as const

/** The sentence of a monitoring finding (zh-CN unless told). */
export const formatMonitorFinding = (
  code: MonitorFindingCode,
  data: Data = {},
  locale: Locale = "zh-CN",
): string => catalogues[locale][code]?.(data) ?? code

/** Why no 序时进度 could be worked out, in zh-CN. */
export const formatTimeProgressError = (error: {
  readonly code: "as_of_invalid" | "as_of_outside_year"
  readonly data: Data
}): string =>
  error.code === "as_of_invalid"
    ? `监控截止日期“${s(error.data.asOf)}”不是有效的日期（应为 YYYY-MM-DD，如 2024-07-31）`
    : `监控截止日期 ${s(error.data.asOf)} 不在 ${s(error.data.year)} 财政年度内（应在 ${s(error.data.year)}-01-01 到 ${s(error.data.year)}-12-31 之间）`
