/** The zh-CN wording of monitoring: lights, treatments, forecast sources and findings (one catalogue). */
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
  unsupported: "无法对照",
}

/** Where a forecast came from. */
export const forecastSourceNames: Readonly<Record<ForecastSource, string>> = {
  unit: "单位填报的全年预计完成值",
  linear: "按序时进度线性推算",
  to_date: "按当前完成值",
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
  target_unsupported: () => "该类目标（引用、复合或无法识别的目标）无法自动对照序时进度，待人工判断",
  zero_target: () => "年度指标值为 0，完成率没有意义，待人工判断",
  actual_missing: () => "未填写当前完成值",
  actual_unreadable: (d) => `当前完成值“${s(d.text)}”无法识别`,
  unit_mismatch: (d) => `当前完成值的单位“${s(d.received)}”与年度指标值的单位“${s(d.expected)}”不一致`,
  budget_missing: () => "预算执行表中没有该项目",
  budget_unreadable: (d) => `预算执行表中该项目的${s(d.column)}“${s(d.text)}”无法识别`,
}

/** The zh-CN sentence of a monitoring finding. */
export const formatMonitorFinding = (code: MonitorFindingCode, data: Data = {}): string =>
  findingsZh[code]?.(data) ?? code

/** Why no 序时进度 could be worked out, in zh-CN. */
export const formatTimeProgressError = (error: {
  readonly code: "as_of_invalid" | "as_of_outside_year"
  readonly data: Data
}): string =>
  error.code === "as_of_invalid"
    ? `监控截止日期“${s(error.data.asOf)}”不是有效的日期（应为 YYYY-MM-DD，如 2024-07-31）`
    : `监控截止日期 ${s(error.data.asOf)} 不在 ${s(error.data.year)} 财政年度内（应在 ${s(error.data.year)}-01-01 到 ${s(error.data.year)}-12-31 之间）`
