/**
 * The config's mode: a year-end run (the default) or a monitoring run (`"mode": "monitor"`) as of a date
 * (`"asOf": "2024-07-31"`, or `"today"` for a scheduled run). The rules that tie keys together, which the
 * Schema of single keys cannot say, checked after it (wording: config-mode-messages.ts).
 */
import { fiscalDateAt, timeProgress } from "@jixiao/scoring"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"

/** The keys this file checks, as the config writes them. */
interface ModeKeys {
  readonly mode?: "year_end" | "monitor"
  readonly asOf?: string
  readonly year?: number
  readonly outputs?: { readonly formats?: ReadonlyArray<string> }
  readonly inputs: { readonly actuals?: string }
}

/** The formats a monitoring run writes (the Word report is a year-end one). */
export const MONITOR_CONFIG_FORMATS: ReadonlyArray<string> = ["html", "xlsx", "md", "csv"]

/** What is wrong with the mode keys, at a key path. */
export type ModeIssue =
  | {
      readonly path: "asOf"
      readonly code: "as_of_without_monitor"
      readonly data: { readonly actual: string }
    }
  | { readonly path: "mode"; readonly code: "monitor_without_as_of"; readonly data: Record<string, never> }
  | {
      readonly path: "inputs.actuals"
      readonly code: "monitor_without_sheet"
      readonly data: Record<string, never>
    }
  | { readonly path: "asOf"; readonly code: "as_of_invalid"; readonly data: { readonly actual: string } }
  | {
      readonly path: "asOf"
      readonly code: "as_of_outside_year"
      readonly data: { readonly actual: string; readonly year: number }
    }
  | {
      readonly path: string
      readonly code: "format_not_for_monitor"
      readonly data: { readonly actual: string; readonly choices: ReadonlyArray<string> }
    }

/** `asOf` only with `"mode": "monitor"`, and the mode never without it; a date that exists, in the fiscal year. */
export const modeIssues = (config: ModeKeys): ReadonlyArray<ModeIssue> => {
  const monitor = config.mode === "monitor"
  if (!monitor)
    return config.asOf === undefined
      ? []
      : [{ path: "asOf", code: "as_of_without_monitor", data: { actual: config.asOf } }]
  const issues: ModeIssue[] = []
  if (config.inputs.actuals === undefined)
    issues.push({ path: "inputs.actuals", code: "monitor_without_sheet", data: {} })
  if (config.asOf === undefined) issues.push({ path: "mode", code: "monitor_without_as_of", data: {} })
  else if (config.asOf !== "today") {
    const time = timeProgress(config.asOf, config.year)
    if (!time.ok)
      issues.push(
        time.code === "as_of_invalid"
          ? { path: "asOf", code: "as_of_invalid", data: { actual: config.asOf } }
          : { path: "asOf", code: "as_of_outside_year", data: { actual: config.asOf, year: time.data.year } },
      )
  }
  for (const [i, format] of (config.outputs?.formats ?? []).entries())
    if (!MONITOR_CONFIG_FORMATS.includes(format))
      issues.push({
        path: `outputs.formats[${i}]`,
        code: "format_not_for_monitor",
        data: { actual: format, choices: MONITOR_CONFIG_FORMATS },
      })
  return issues
}

/**
 * The as-of date a config means: the date it writes, or for `today` the day of the Clock's instant in
 * Asia/Shanghai (tests fix the clock; a cron job at 06:00 on the 1st, Beijing time, monitors that day).
 */
export const resolveAsOf = (asOf: string): Effect.Effect<string> =>
  asOf === "today" ? Effect.map(Clock.currentTimeMillis, fiscalDateAt) : Effect.succeed(asOf)
