import { formatTableReadError, type TableReadError } from "@jixiao/core"
import * as CliError from "effect/cli/CliError"
import * as Data from "effect/Data"
import * as Runtime from "effect/Runtime"
import { ExitCode } from "./exit-codes.ts"
import { terminalLines } from "./present/terminal-text.ts"

let failureFormat: "text" | "json" = "text"

/** How a CliFailure reaches stderr: one Chinese line (default), or one JSON object (`--json`). */
export const setFailureFormat = (format: "text" | "json"): void => {
  failureFormat = format
}

/** What kind of failure ended a command: a stable code, printed with `--json` (`{"error":{"code",…}}`). */
export type CliFailureCode =
  | "failed"
  | "input_unreadable"
  | "table_unreadable"
  | "output_unwritable"
  | "policy_invalid"
  | "config_invalid"
  | "paths_overlap"
  | "ledger"
  | "results_invalid"
  | "render_failed"
  | "assess_failed"
  | "usage"

/**
 * A failure already worded for the user (in Chinese, naming the file and place when known), with its code,
 * the data behind it and its cause. `Command.run` prints `message` on stderr (one line, or one per
 * problem), with any control or bidi character from the input shown escaped; with `--json`, one JSON
 * object instead. The run exits with 1.
 */
export class CliFailure extends Data.TaggedError("CliFailure")<{
  readonly message: string
  readonly code?: CliFailureCode
  readonly data?: Readonly<Record<string, unknown>>
  readonly cause?: unknown
}> {
  override get [CliError.userMessage](): string | undefined {
    // With --json the runner prints the failure as JSON itself (run.ts), so Command.run must not print it.
    return failureFormat === "json" ? undefined : terminalLines(this.message)
  }
  override readonly [Runtime.errorExitCode]: number = ExitCode.failed
}

/** The run finished, but findings reached the `--fail-on` level: exit 2, nothing more to print. */
export class FindingsAtThreshold extends Data.TaggedError("FindingsAtThreshold")<{
  readonly failOn: "error" | "warning"
  readonly count: number
}> {
  override readonly [Runtime.errorExitCode]: number = ExitCode.findings
  override readonly [Runtime.errorReported]: boolean = false
}

/** A run finished but needs attention (rejected rows, findings at the configured level): exit 2. */
export class NeedsAttention extends Data.TaggedError("NeedsAttention")<{ readonly reason: string }> {
  override readonly [Runtime.errorExitCode]: number = ExitCode.findings
  override readonly [Runtime.errorReported]: boolean = false
}

/** A table that could not be read: its Chinese wording, and the reader's code and place as data. */
export const tableFailure = (error: TableReadError): CliFailure =>
  new CliFailure({
    code: "table_unreadable",
    message: formatTableReadError(error),
    data: {
      reader: error.code,
      file: error.file,
      ...(error.row === undefined ? {} : { row: error.row }),
      ...(error.column === undefined ? {} : { column: error.column }),
    },
  })
