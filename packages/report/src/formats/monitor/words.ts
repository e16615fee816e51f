/**
 * What every monitoring report prints the same way: the file names, the column headings that name the
 * months (`1-7月完成值`), the fixed lists in their Chinese words, a 偏差原因 in one line, percentages, and
 * the colours of the lights (one table for the workbook and the web page).
 */
import { LIKELIHOOD_WORDS, type Likelihood, REASON_CATEGORY_WORDS, type ReasonCategory } from "@jixiao/core"
import { type Light, lightNames, type MonitorResultsJson } from "@jixiao/scoring"

/** A monitoring results.json, its projects and their indicators. */
export type MonitorJson = MonitorResultsJson
export type MonitorProject = MonitorJson["projects"][number]
export type MonitorIndicator = MonitorProject["indicators"][number]

/** The files of a monitoring run's reports. */
export const MONITOR_XLSX_FILE = "绩效监控表.xlsx"
export const MONITOR_HTML_FILE = "监控报告.html"
export const MONITOR_MD_FILE = "监控报告.md"
export const MONITOR_CSV_FILE = "监控明细.csv"

/** The words that label every projected score and grade. */
export const PROJECTION_LABEL = "预测，并非评价结果"

const invert = <K extends string>(words: Readonly<Record<string, K>>): Readonly<Record<K, string>> =>
  Object.fromEntries(Object.entries(words).map(([word, code]) => [code, word])) as Record<K, string>

/** 完成目标可能性 as the form prints it (the reader's own list, inverted). */
export const likelihoodNames: Readonly<Record<Likelihood, string>> = invert(LIKELIHOOD_WORDS)

/** 偏差原因类别 as the form prints it. */
export const reasonCategoryNames: Readonly<Record<ReasonCategory, string>> = invert(REASON_CATEGORY_WORDS)

/** The months the run covers: `1-7月` as of any day of July, `1月` in January. */
export const monthSpan = (asOf: string): string => {
  const month = Number(asOf.slice(5, 7))
  return month <= 1 ? "1月" : `1-${month}月`
}

/** `1-7月完成值`: the heading of the value to date. */
export const toDateHeading = (asOf: string): string => `${monthSpan(asOf)}完成值`

/** `1-7月执行数`: the heading of the budget executed to date. */
export const executedHeading = (asOf: string): string => `${monthSpan(asOf)}执行数`

/** The 偏差原因 of a row in one line: `经费保障：资金下达晚`, or either part alone; null when neither. */
export const reasonOf = (indicator: MonitorIndicator): string | null => {
  const category =
    indicator.reasonCategory === null ? null : reasonCategoryNames[indicator.reasonCategory as ReasonCategory]
  const parts = [category, indicator.reasonText].filter((p): p is string => p !== null && p !== "")
  return parts.length === 0 ? null : parts.join("：")
}

/** 完成目标可能性 in words, or null. */
export const likelihoodOf = (indicator: MonitorIndicator): string | null =>
  indicator.likelihood === null ? null : likelihoodNames[indicator.likelihood as Likelihood]

/** Percent points as printed (`58.2` → `58.20%`); `—` when absent. */
export const percentText = (points: number | null | undefined): string =>
  points === null || points === undefined ? "—" : `${points.toFixed(2)}%`

/** A projected score as printed (`80.62`). */
export const scoreText = (score: number | null | undefined): string =>
  score === null || score === undefined ? "—" : score.toFixed(2)

/**
 * What a row's light was compared with when it was not 序时进度: only a cumulative indicator is judged
 * against time progress, and printing 58.20% beside a rate (judged against its target) would mislead.
 * Null for a cumulative one.
 */
const COMPARED_WITH: Readonly<Record<string, string>> = {
  rate: "对照目标值",
  annual_event: "年度一次",
  deadline: "对照期限",
  qualitative: "定性判断",
  compound: "逐项判断",
  unsupported: "无法对照",
}

/** The 序时进度 cell of a row: null when it is the run's 序时进度, else what the light compared with. */
export const comparedWith = (indicator: MonitorIndicator): string | null =>
  indicator.treatment === null
    ? "无法对照"
    : indicator.treatment.kind === "cumulative"
      ? null
      : (COMPARED_WITH[indicator.treatment.kind] ?? indicator.treatment.name)

/** Thousands separators in the whole part of a number (`37459154929.58` → `37,459,154,929.58`). */
const grouped = (text: string): string =>
  text.replace(/(?<![\d.])\d{4,}/g, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ","))

/**
 * The year-end estimate as the form shows it: the text, and how it was made when not the unit's own. A
 * linear projection is jixiao's own number and is printed grouped; the unit's forecast stays as written.
 */
export const forecastOf = (indicator: MonitorIndicator): string | null => {
  const f = indicator.forecast
  if (f === null) return null
  if (f.source === "unit") return f.text
  return `${f.source === "linear" ? grouped(f.text) : f.text}（${f.sourceName}）`
}

/** A light's colours (RRGGBB): a fill behind a dark word, readable in print and in grey; a bar's colour. */
export interface LightColours {
  readonly fill: string
  readonly ink: string
  /** Chart bars, with white numbers inside. */
  readonly bar: string
}

/** The colours of each light: the one table the workbook and the web page both draw from. */
export const LIGHT_COLOURS: Readonly<Record<Light, LightColours>> = {
  green: { fill: "A9D8A9", ink: "0B5A1E", bar: "2F8F4E" },
  yellow: { fill: "FFE26E", ink: "6B4A00", bar: "B98900" },
  red: { fill: "F4A09A", ink: "8B0A0A", bar: "C93333" },
  not_due: { fill: "E3E6EA", ink: "404A55", bar: "8A96A3" },
  needs_review: { fill: "DCD3F2", ink: "4A2F91", bar: "7255BD" },
}

/** A light's symbol beside its word, so it reads without colour: ✓ ! ✗ – ?. */
export const LIGHT_SYMBOLS: Readonly<Record<Light, string>> = {
  green: "✓",
  yellow: "!",
  red: "✗",
  not_due: "–",
  needs_review: "?",
}

/** A light's word (`红灯`). */
export const lightWord = (light: string): string => lightNames[light as Light] ?? light
