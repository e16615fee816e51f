import * as CliError from "effect/cli/CliError"
import * as Data from "effect/Data"
import * as Runtime from "effect/Runtime"
import { ExitCode } from "./exit-codes.ts"
import { terminalLines } from "./present/terminal-text.ts"

/**
 * A failure already worded for the user (in Chinese, naming the file and place when known).
 * `Command.run` prints `message` on stderr (one line, or one per problem), with any control or bidi
 * character from the input shown escaped; the run exits with 1.
 */
export class CliFailure extends Data.TaggedError("CliFailure")<{ readonly message: string }> {
  override get [CliError.userMessage](): string {
    return terminalLines(this.message)
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
