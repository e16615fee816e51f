/**
 * `jixiao.config.json`: everything a scheduled year-end run needs, in one file validated with effect
 * Schema. Paths are relative to the config file's folder. Errors name the key, in Chinese.
 */

import { dirname, isAbsolute, join } from "node:path"
import { flattenIssue, formatPolicyIssue, type PolicyIssue, policyParseOptions } from "@jixiao/scoring"
import { Result, Schema } from "effect"
import * as Data from "effect/Data"
import { cliText } from "../present/messages-zh-CN.ts"
import { type ModeIssue, modeIssues } from "./config-mode.ts"
import { formatModeIssue } from "./config-mode-messages.ts"

const Path = Schema.String.check(
  Schema.makeFilter((path: string) => path.trim() !== "", { code: "empty_value" }),
)
const Format = Schema.Literals(["html", "xlsx", "md", "csv", "docx"])
const Year = Schema.Int.check(
  Schema.makeFilter((y: number) => y >= 1949 && y <= 2200, {
    code: "out_of_range",
    data: { min: 1949, max: 2200 },
  }),
)

/** The config file's schema. Unknown keys are errors, so a typo never silently changes a run. */
export const ConfigSchema = Schema.Struct({
  /**
   * `year_end` (default): the year-end assessment. `monitor`: a mid-year monitoring run as of `asOf`, its
   * `inputs.actuals` the monitoring sheet (see config-mode.ts for the rules tying the two keys).
   */
  mode: Schema.optionalKey(Schema.Literals(["year_end", "monitor"])),
  /** A monitoring run's as-of date, `YYYY-MM-DD`, or `today` (the run's day in Asia/Shanghai). */
  asOf: Schema.optionalKey(Schema.String),
  /** The department's name, when the table does not state it (部门名称). */
  department: Schema.optionalKey(Schema.String),
  year: Schema.optionalKey(Year),
  basis: Schema.optionalKey(Schema.Literals(["annual", "period"])),
  inputs: Schema.Struct({
    targets: Path,
    actuals: Schema.optionalKey(Path),
    budget: Schema.optionalKey(Path),
  }),
  /** A preset name or a policy file (JSON). */
  policy: Schema.optionalKey(Path),
  /**
   * Where reports go (default `out` next to the config), which formats (default html, xlsx, md and csv; docx when named), and whether
   * an output folder that is a symbolic link leading elsewhere, or links at report paths, are accepted
   * (default false: refused; see io/write-file.ts).
   */
  outputs: Schema.optionalKey(
    Schema.Struct({
      folder: Schema.optionalKey(Path),
      formats: Schema.optionalKey(Schema.Array(Format)),
      allowSymlinks: Schema.optionalKey(Schema.Boolean),
    }),
  ),
  /** The ledger file; default `jixiao-ledger.sqlite` next to the config. */
  ledger: Schema.optionalKey(Path),
  /** When a finished run exits 2: on rejected rows, on findings at a severity, or never. */
  failOn: Schema.optionalKey(Schema.Literals(["never", "rejected", "warning", "error"])),
})

/** The reports' folder when `outputs.folder` is not given: `out`, next to the config. */
export const defaultOutputFolder = "out"

/** A path from the config, relative to the config file's folder unless absolute. */
export const besideConfig = (configFile: string, path: string): string =>
  isAbsolute(path) ? path : join(dirname(configFile), path)

/** A config as written. */
export type Config = typeof ConfigSchema.Type

/** A problem of a config: a key or value (worded by the policy's catalogue), or the mode's rules. */
export type ConfigIssue = PolicyIssue | ModeIssue

/** The config could not be used; `issues` say where. */
export class ConfigError extends Data.TaggedError("ConfigError")<{
  readonly file: string
  readonly issues: ReadonlyArray<ConfigIssue>
}> {}

const noun = { zh: cliText.configNoun, en: "config file" }

const modeCodes: ReadonlySet<string> = new Set<ModeIssue["code"]>([
  "as_of_without_monitor",
  "monitor_without_as_of",
  "monitor_without_sheet",
  "as_of_invalid",
  "as_of_outside_year",
  "format_not_for_monitor",
])
const isModeIssue = (issue: ConfigIssue): issue is ModeIssue => modeCodes.has(issue.code)

/** One Chinese line per problem, each naming the key. */
export const formatConfigError = (error: ConfigError): string =>
  error.issues
    .map((issue) =>
      isModeIssue(issue)
        ? formatModeIssue(issue, error.file)
        : formatPolicyIssue(issue, error.file, "zh-CN", noun),
    )
    .join("\n")

/** Parses and validates a config file's text. */
export const decodeConfig = (text: string, file: string): Result.Result<Config, ConfigError> => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return Result.fail(
      new ConfigError({ file, issues: [{ path: "", code: "invalid_json", data: { reason } }] }),
    )
  }
  // The policy's options: every issue, unknown keys refused, and the value found kept for the message.
  const decoded = Schema.decodeUnknownResult(ConfigSchema)(json, policyParseOptions)
  return Result.flatMap(
    Result.mapError(decoded, (error) => new ConfigError({ file, issues: flattenIssue(error.issue) })),
    (config) => {
      const issues = modeIssues(config)
      return issues.length === 0 ? Result.succeed(config) : Result.fail(new ConfigError({ file, issues }))
    },
  )
}
